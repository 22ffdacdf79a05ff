#include "check/personal_data.h"

#include <algorithm>

#include "check/digit_or_at.h"
#include "check/name_pattern.h"
#include "model/text.h"

namespace fundpress {

const char* const individual_recipient_name = "Individual recipient";

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

bool is_local_char(char c) {
  return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

// name@host.tld: something before the "@", and a host with a dot and a
// top-level name of two letters or more after it.
bool email_at(const std::string& text, std::size_t at, std::size_t* start, std::size_t* end) {
  std::size_t left = at;
  while (left > 0 && is_local_char(text[left - 1])) --left;
  std::size_t right = at + 1;
  while (right < text.size() && is_domain_char(text[right])) ++right;
  while (right > at + 1 && (text[right - 1] == '.' || text[right - 1] == '-')) --right;
  if (left == at) return false;
  std::string host = text.substr(at + 1, right - at - 1);
  std::size_t dot = host.rfind('.');
  if (dot == std::string::npos || dot == 0 || host.size() - dot - 1 < 2) return false;
  for (std::size_t i = dot + 1; i < host.size(); ++i)
    if (!is_alpha(host[i])) return false;
  *start = left;
  *end = right;
  return true;
}

// A UK number as people type it: "0116 222 2222", "07700 900123",
// "+44 (0)116 222 2222", "(0116) 2222222": 10 or 11 digits from the 0, or 9
// or 10 after +44, in groups split by single spaces, hyphens or brackets.
bool phone_at(const std::string& text, std::size_t at, std::size_t* end) {
  if (at > 0) {
    char before = text[at - 1];
    if (is_alnum(before) || before == '-' || before == '/' || before == '.' || before == '+')
      return false;
  }
  std::size_t i = at;
  bool international = false;
  if (text.compare(i, 3, "+44") == 0) {
    international = true;
    i += 3;
  } else if (text[i] == '(') {
    ++i;
  }
  std::string digits;
  std::size_t last_digit = std::string::npos;
  int separators = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (is_digit(c)) {
      digits += c;
      last_digit = i;
      separators = 0;
    } else if ((c == ' ' || c == '-' || c == '(' || c == ')') && ++separators <= 2) {
      continue;
    } else {
      break;
    }
  }
  if (last_digit == std::string::npos) return false;
  if (last_digit + 1 < text.size() && is_alnum(text[last_digit + 1])) return false;
  if (international) {
    // "+44 (0)116 ...": the trunk 0 is written but not dialled.
    if (!digits.empty() && digits[0] == '0') digits.erase(0, 1);
    if (digits.size() < 9 || digits.size() > 10) return false;
  } else {
    if (digits.size() < 10 || digits.size() > 11 || digits[0] != '0') return false;
    digits.erase(0, 1);
  }
  if (std::string("1235789").find(digits[0]) == std::string::npos) return false;
  *end = last_digit + 1;
  return true;
}

// A full postcode in capitals: outward code (A9, A99, AA9, AA99, A9A, AA9A),
// an optional space, then the inward code (9AA, letters other than CIKMOV).
bool postcode_at(const std::string& text, std::size_t at, std::size_t* end) {
  if (at > 0 && is_alnum(text[at - 1])) return false;
  auto upper = [&](std::size_t i) { return i < text.size() && is_upper(text[i]); };
  auto digit = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
  auto inward = [&](std::size_t i) -> std::size_t {
    if (i < text.size() && text[i] == ' ') ++i;
    if (!digit(i) || !upper(i + 1) || !upper(i + 2)) return 0;
    for (std::size_t j = i + 1; j <= i + 2; ++j)
      if (std::string("CIKMOV").find(text[j]) != std::string::npos) return 0;
    std::size_t after = i + 3;
    if (after < text.size() && is_alnum(text[after])) return 0;
    return after;
  };
  if (!upper(at)) return false;
  std::size_t letters = upper(at + 1) ? 2 : 1;
  std::size_t i = at + letters;
  if (!digit(i)) return false;
  // The outward code's tail: a digit, two digits, or a digit and a letter.
  for (std::size_t tail : {i + 2, i + 1}) {
    if (tail == i + 2 && !(digit(i + 1) || upper(i + 1))) continue;
    if (std::size_t after = inward(tail)) {
      *end = after;
      return true;
    }
  }
  return false;
}

const char* replacement_for(const char* kind) {
  std::string k = kind;
  if (k == "an e-mail address") return "[e-mail address removed]";
  if (k == "a UK phone number") return "[phone number removed]";
  return "[postcode removed]";
}

// Whether the field names what the line is, so it must stay published.
bool may_be_marked(Field field) {
  FieldType type = field_info(field).type;
  if (type != FieldType::text) return false;
  switch (field) {
    case Field::id:
    case Field::service:
    case Field::organisation:
    case Field::section:
    case Field::area:
    case Field::fund: return false;
    default: return true;
  }
}

// Every occurrence of `name` in `text`, case ignored, replaced by `with`.
bool replace_name(std::string* text, const std::string& name, const std::string& with) {
  std::string lower = ascii_lower(*text), key = ascii_lower(name);
  bool replaced = false;
  for (std::size_t at = lower.find(key); at != std::string::npos;
       at = lower.find(key, at + with.size())) {
    text->replace(at, key.size(), with);
    lower.replace(at, key.size(), with);
    replaced = true;
  }
  return replaced;
}

}  // namespace

const char* find_contact_detail(const std::string& text, std::size_t from, std::size_t* start,
                                std::size_t* end) {
  std::size_t i = from;
  while (i < text.size()) {
    // Every kind has an "@" or a digit within three bytes of its start ("+44",
    // "( 0", "AB1"): the bytes before are passed over without a test each.
    std::size_t next = find_digit_or_at(text, i);
    if (next == text.size()) return nullptr;
    for (i = std::max(i, next >= 3 ? next - 3 : 0); i <= next; ++i) {
      char c = text[i];
      if (c == '@') {
        std::size_t s = 0, e = 0;
        if (email_at(text, i, &s, &e) && s >= from) {
          *start = s;
          *end = e;
          return "an e-mail address";
        }
      }
      if ((c == '0' || c == '+' || c == '(') && phone_at(text, i, end)) {
        *start = i;
        return "a UK phone number";
      }
      if (is_upper(c) && postcode_at(text, i, end)) {
        *start = i;
        return "a UK postcode";
      }
    }
  }
  return nullptr;
}

void read_personal_data(JsonFields& r, PersonalDataRules* rules) {
  if (!r.is_object("/personal_data", false)) return;
  r.only_keys("/personal_data", {"individuals", "fields"});
  const std::string people = "/personal_data/individuals";
  if (r.is_object(people, false)) {
    r.only_keys(people, {"field", "equals", "names"});
    std::string field = r.text(people + "/field");
    if (!field.empty()) {
      if (!field_by_name(field, &rules->individual_field))
        r.error(people + "/field", "\"" + field + "\" is not a field fundpress knows");
      else rules->has_individual_field = true;
      rules->individual_values = r.texts(people + "/equals");
      if (rules->individual_values.empty())
        r.error(people, "\"field\" needs \"equals\": the values that mean the recipient is a person");
    }
    rules->individual_names = r.texts(people + "/names");
    rules->individual_rule_at = r.position(people);
  }
  const std::string fields = "/personal_data/fields";
  if (!r.is_object(fields, false)) return;
  for (const auto& item : r.at(fields)->items()) {
    std::string at = fields + "/" + item.key();
    Field field;
    std::string level = r.text(at, true);
    if (!field_by_name(item.key(), &field)) {
      r.error(at, "\"" + item.key() + "\" is not a field fundpress knows");
    } else if (field == Field::organisation) {
      r.error(at,
              "a recipient's name is not left out for every line; say which recipients are people "
              "in \"individuals\", and their names are published as \"Individual recipient\"");
    } else if (!may_be_marked(field)) {
      r.error(at, "\"" + item.key() +
                      "\" says what a line is, so every public output needs it; only descriptive "
                      "text fields can be personal or sensitive");
    } else if (level == "personal") {
      rules->fields[field] = Sensitivity::personal;
    } else if (level == "sensitive") {
      rules->fields[field] = Sensitivity::sensitive;
    } else if (!level.empty()) {
      r.error(at, "a field is \"personal\" or \"sensitive\"");
    }
  }
}

void PersonalDataScreen::begin(const ColumnMap& columns, const std::string& file) {
  columns_ = columns;
  file_ = file;
  if (rules_.has_individual_field && columns.of(rules_.individual_field) < 0)
    diagnostics_.error(rules_.individual_rule_at,
                       "no recipient can be recognised as a person: " + file + " has no " +
                           field_info(rules_.individual_field).name +
                           " column, so people's names would be published",
                       "personal-data");
}

std::string PersonalDataScreen::cell(const Row& row, Field field) const {
  int column = columns_.of(field);
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return "";
  return trim(row.cells[column].text);
}

bool PersonalDataScreen::is_individual(const Row& row) const {
  if (rules_.has_individual_field) {
    std::string value = cell(row, rules_.individual_field);
    for (const std::string& person : rules_.individual_values)
      if (!value.empty() && normalise_header(value) == normalise_header(person)) return true;
  }
  if (rules_.individual_names.empty()) return false;  // most registers name no people
  std::string name = cell(row, Field::organisation);
  for (const std::string& pattern : rules_.individual_names)
    if (!name.empty() && matches_name_pattern(name, pattern)) return true;
  return false;
}

const Row& PersonalDataScreen::screen(const Row& row, bool* individual) {
  // The row is copied only to change it: most lines have nothing to leave out.
  bool copied = false;
  auto current = [&]() -> const Row& { return copied ? screened_ : row; };
  auto changed = [&]() -> Row& {
    if (!copied) screened_ = row;
    copied = true;
    return screened_;
  };
  auto column_of = [&](Field field) {
    int column = columns_.of(field);
    return column >= 0 && static_cast<std::size_t>(column) < row.cells.size() ? column : -1;
  };
  for (const auto& [field, sensitivity] : rules_.fields) {
    int column = column_of(field);
    if (column < 0 || trim(current().cells[column].text).empty()) continue;
    ++redacted_->fields;
    if (!internal_) changed().cells[column].text.clear();
  }

  *individual = is_individual(row);
  int name_column = column_of(Field::organisation);
  std::string name = *individual ? cell(row, Field::organisation) : std::string();
  if (*individual && !name.empty()) {
    ++redacted_->individuals;
    if (!internal_) {
      Row& out = changed();
      // The name may be repeated in the line's other fields ("Grant to J Smith").
      for (std::size_t c = 0; c < out.cells.size(); ++c)
        if (static_cast<int>(c) != name_column && name.size() >= 3)
          replace_name(&out.cells[c].text, name, individual_recipient_name);
      out.cells[name_column].text = individual_recipient_name;
      for (Field identifier : {Field::org_id, Field::charity_number, Field::company_number})
        if (int column = column_of(identifier); column >= 0) out.cells[column].text.clear();
    }
  }

  std::vector<bool>& scanned = scanned_;
  scanned.assign(row.cells.size(), false);
  for (int f = 0; f < field_count; ++f) {
    Field field = static_cast<Field>(f);
    FieldType type = field_info(field).type;
    int column = column_of(field);
    if ((type != FieldType::text && type != FieldType::list) || column < 0 ||
        rules_.fields.count(field) || (*individual && column == name_column) ||
        scanned[column])
      continue;
    scanned[column] = true;
    const Cell& cell = current().cells[column];
    std::string kept;
    std::size_t from = 0, start = 0, end = 0;
    while (const char* kind = find_contact_detail(cell.text, from, &start, &end)) {
      ++redacted_->contact_details;
      diagnostics_.warning(Position{file_, cell.line, cell.column},
                           std::string(field_info(field).name) + " holds what looks like " + kind +
                               ", which public outputs leave out; take it out of the register, "
                               "or mark the field \"personal\" in \"personal_data\"",
                           "personal-data");
      kept += cell.text.substr(from, start - from) +
              (internal_ ? cell.text.substr(start, end - start) : replacement_for(kind));
      from = end;
    }
    if (from > 0) {
      std::string text = kept + cell.text.substr(from);
      changed().cells[column].text = std::move(text);
    }
  }
  return current();
}

}  // namespace fundpress
