#include "check/columns.h"

#include <cctype>


#include "model/text.h"

namespace fundpress {
namespace {

// Names finance systems and the 360Giving template commonly use, after the
// field's own name. Only consulted for fields the publisher has not aliased.
const std::map<Field, std::vector<const char*>>& synonyms() {
  static const std::map<Field, std::vector<const char*>> table = {
      {Field::id,
       {"identifier", "reference", "ref", "award id", "grant id", "award reference",
        "grant reference"}},
      {Field::year, {"financial year", "fy", "budget year"}},
      {Field::section, {"budget section", "budget heading", "category", "theme", "strand"}},
      {Field::service,
       {"service name", "title", "project", "project name", "project title", "scheme",
        "grant title"}},
      {Field::organisation,
       {"organization", "delivery organisation", "recipient", "recipient org:name",
        "recipient organisation", "provider", "supplier", "grantee", "organisation name"}},
      {Field::description, {"provision", "summary", "details", "project description"}},
      {Field::amount,
       {"amount awarded", "amount (£)", "award amount", "grant amount", "value", "value (£)",
        "cost", "costs", "proposed cost", "proposed costs", "allocation", "allocations",
        "amount allocated", "funding", "grant", "budget", "award"}},
      {Field::area,
       {"geographical reach", "location", "beneficiary location:name", "beneficiary location",
        "area of benefit", "locality"}},
      {Field::fund,
       {"funding stream", "grant programme:title", "grant programme", "programme",
        "funding source"}},
      {Field::priority, {"priorities", "plan priority", "police and crime plan priority"}},
      {Field::status, {"award status"}},
      {Field::note, {"notes", "footnote"}},
      {Field::conditions, {"grant conditions", "conditions of grant"}},
      {Field::mechanism, {"funding type", "award type", "approach"}},
      {Field::award_date, {"award date", "date awarded", "date of award", "decision date"}},
      {Field::start_date, {"start date", "planned dates:start date"}},
      {Field::end_date, {"end date", "planned dates:end date"}},
      {Field::org_id, {"recipient org:identifier", "org id", "organisation id", "org-id"}},
      {Field::charity_number,
       {"charity number", "recipient org:charity number", "registered charity number",
        "charity no"}},
      {Field::company_number, {"company number", "recipient org:company number", "company no"}},
  };
  return table;
}

// "column 3" or "C": a column by its position, as a spreadsheet numbers and
// letters them; -1 when `alias` is neither or the header is narrower.
int column_by_position(const std::string& alias, std::size_t width) {
  std::string key = normalise_header(alias);
  int column = -1;
  if (starts_with(key, "column ") && key.size() > 7 &&
      key.find_first_not_of("0123456789", 7) == std::string::npos && key.size() < 14) {
    column = std::stoi(key.substr(7)) - 1;
  } else if (!alias.empty() && alias.size() <= 3 &&
             alias.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) {
    column = 0;
    for (char c : alias) column = column * 26 + (c - 'A' + 1);
    --column;
  }
  return column >= 0 && static_cast<std::size_t>(column) < width ? column : -1;
}

// Headings of figures derived from others ("2019/20 %", "Change 2019/20"):
// never an amount column of their own.
bool derived_heading(const std::string& key) {
  if (key.find('%') != std::string::npos) return true;
  for (const char* word : {"per cent", "percent", "percentage", "variance", "change", "difference",
                           "increase", "decrease", "growth"})
    if (key.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

bool field_in_header(const std::string& header, const std::set<Field>& taken, Field* field) {
  // Words only: letters and digits, each run of anything else one space.
  auto words = [](const std::string& text) {
    std::string out = " ";
    for (char c : normalise_header(text)) {
      bool word = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
      if (word)
        out += c;
      else if (out.back() != ' ')
        out += ' ';
    }
    if (out.back() != ' ') out += ' ';
    return out;
  };
  std::string text = words(header);
  std::size_t best = 0;
  auto consider = [&](Field candidate, const std::string& name) {
    std::string key = words(name);
    if (key.size() > 2 && key.size() > best && text.find(key) != std::string::npos) {
      best = key.size();
      *field = candidate;
    }
  };
  for (int f = 0; f < field_count; ++f) {
    Field candidate = static_cast<Field>(f);
    if (taken.count(candidate)) continue;
    std::string name = field_info(candidate).name;
    for (char& c : name)
      if (c == '_') c = ' ';
    consider(candidate, name);
    auto found = synonyms().find(candidate);
    if (found != synonyms().end())
      for (const char* synonym : found->second) consider(candidate, synonym);
  }
  return best > 0;
}

std::string normalise_header(const std::string& raw) {
  std::string header = fold_case(raw);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < header.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(header[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_';
    if (c == 0xC2 && i + 1 < header.size() && static_cast<unsigned char>(header[i + 1]) == 0xA0) {
      is_space = true;  // no-break space
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);  // fold_case has lowered it
  }
  return out;
}

bool map_columns(const Row& header, const std::string& file, const ColumnRules& rules,
                 ColumnMap* map, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  std::vector<std::string> names;
  std::vector<bool> duplicate(header.cells.size(), false);
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    std::string name = normalise_header(header.cells[i].text);
    names.push_back(name);
    if (name.empty()) continue;
    auto [it, inserted] = index.emplace(name, static_cast<int>(i));
    if (!inserted) {
      duplicate[i] = true;
      diagnostics.error(Position{file, header.cells[i].line, header.cells[i].column},
                        "duplicate column " + in_quotes(header.cells[i].text) + " (also column " +
                            std::to_string(it->second + 1) + ")",
                        "columns");
    }
  }
  auto find = [&](const std::string& alias) {
    auto it = index.find(normalise_header(alias));
    return it != index.end() ? it->second : column_by_position(alias, names.size());
  };
  auto alternatives = [](const std::vector<std::string>& wanted) {
    std::string list;
    for (const std::string& alias : wanted) list += (list.empty() ? "" : " or ") + in_quotes(alias);
    return list;
  };

  std::vector<bool> claimed(names.size(), false);
  auto claim = [&](Field field, int column) {
    if (map->column[static_cast<int>(field)] < 0) map->column[static_cast<int>(field)] = column;
    claimed[column] = true;
  };
  for (const auto& [field, wanted] : rules.aliases) {
    int found = -1;
    for (const std::string& alias : wanted)
      if ((found = find(alias)) >= 0) break;
    if (found < 0) {
      diagnostics.error(Position{file, header.line, 0},
                        std::string("fundpress.json gives ") + field_info(field).name +
                            " as column " + alternatives(wanted) +
                            ", but the header has no such column",
                        "columns");
      continue;
    }
    claim(field, found);
  }
  bool amount_named = rules.aliases.count(Field::amount) || !rules.amount_by_year.empty();
  for (const auto& [year, wanted] : rules.amount_by_year) {
    int found = find(wanted);
    if (found < 0) {
      diagnostics.error(Position{file, header.line, 0},
                        "fundpress.json gives the " + year.label() + " amount as column " +
                            in_quotes(wanted) + ", but the header has no such column",
                        "columns");
      continue;
    }
    AmountColumn amount{found, header.cells[found].text,
                        read_column_heading(header.cells[found].text)};
    amount.heading.has_year = true;
    amount.heading.year = year;
    map->amounts.push_back(amount);
    claim(Field::amount, found);
  }
  for (int f = 0; f < field_count; ++f) {
    Field field = static_cast<Field>(f);
    if (rules.aliases.count(field) || map->column[f] >= 0 ||
        (field == Field::amount && amount_named))
      continue;
    std::vector<std::string> candidates = {normalise_header(field_info(field).name)};
    auto extra = synonyms().find(field);
    if (extra != synonyms().end())
      for (const char* s : extra->second) candidates.push_back(s);
    for (const std::string& candidate : candidates) {
      auto it = index.find(candidate);
      if (it != index.end() && !claimed[it->second]) {
        claim(field, it->second);
        break;
      }
    }
  }
  // A table's unnamed first column holds the names of its lines.
  if (map->of(Field::service) < 0 && !rules.aliases.count(Field::service) && !names.empty() &&
      names[0].empty())
    claim(Field::service, 0);
  if (map->amounts.empty() && map->of(Field::amount) >= 0) {
    int column = map->of(Field::amount);
    map->amounts.push_back(AmountColumn{column, header.cells[column].text,
                                        read_column_heading(header.cells[column].text)});
  }
  // A wide table: one amount column per year its headings name.
  if (map->amounts.empty() && !amount_named) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (claimed[i] || duplicate[i] || derived_heading(names[i])) continue;
      ColumnHeading heading = read_column_heading(header.cells[i].text);
      if (!heading.has_year) continue;
      map->amounts.push_back(AmountColumn{static_cast<int>(i), header.cells[i].text, heading});
      claim(Field::amount, static_cast<int>(i));
    }
  }
  // Else the one column whose heading states a unit of pounds ("Allocation £k").
  if (map->amounts.empty() && !amount_named) {
    std::vector<int> stated;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (!claimed[i] && !duplicate[i] && !derived_heading(names[i]) &&
          stated_unit(header.cells[i].text) > 0)
        stated.push_back(static_cast<int>(i));
    if (stated.size() == 1) {
      map->amounts.push_back(AmountColumn{stated[0], header.cells[stated[0]].text,
                                          read_column_heading(header.cells[stated[0]].text)});
      claim(Field::amount, stated[0]);
    }
  }
  for (std::size_t a = 0; a < map->amounts.size(); ++a) {
    for (std::size_t b = 0; b < a; ++b) {
      const AmountColumn &first = map->amounts[b], &second = map->amounts[a];
      if (!first.heading.has_year || !(first.heading.year == second.heading.year)) continue;
      const Cell& cell = header.cells[second.column];
      diagnostics.error(Position{file, cell.line, cell.column},
                        "columns " + in_quotes(first.header) + " and " + in_quotes(second.header) +
                            " both give " + second.heading.year.label() +
                            "; name the one to publish in fundpress.json, e.g. \"columns\": "
                            "{\"amount\": {\"" +
                            second.heading.year.label() + "\": " + in_quotes(first.header) + "}}",
                        "columns");
    }
  }
  if (map->wide() && map->of(Field::year) >= 0) {
    const Cell& cell = header.cells[map->of(Field::year)];
    diagnostics.error(Position{file, cell.line, cell.column},
                      "the table has a year column and an amount column for each year; keep one "
                      "or the other",
                      "columns");
  }
  for (Field field : rules.required) {
    if (map->of(field) >= 0 || rules.aliases.count(field)) continue;
    if (field == Field::amount && amount_named) continue;
    diagnostics.error(Position{file, header.line, 0},
                      std::string("no column gives the ") + field_info(field).name +
                          "; name the column in fundpress.json, e.g. \"columns\": {\"" +
                          field_info(field).name + "\": \"<header>\"}" +
                          (field == Field::amount ? ", or give each year's column a heading "
                                                    "that names the year, such as \"2019/20 £\""
                                                  : ""),
                      "columns");
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (claimed[i] || duplicate[i]) continue;
    Position at{file, header.cells[i].line, header.cells[i].column};
    if (names[i].empty())
      diagnostics.warning(at,
                          "column " + std::to_string(i + 1) +
                              " has no header; it is not read "
                              "(name it in fundpress.json as \"column " +
                              std::to_string(i + 1) + "\")",
                          "columns");
    else
      diagnostics.warning(at,
                          "column " + in_quotes(header.cells[i].text) +
                              " is not a field fundpress knows; it is not published",
                          "columns");
  }
  return diagnostics.error_count() == errors_before;
}

}  // namespace fundpress
