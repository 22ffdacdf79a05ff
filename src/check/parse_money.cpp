#include "check/parse_money.h"

#include "model/text.h"

namespace fundpress {
namespace {

const std::string_view pound = "\xC2\xA3";
const std::string_view unicode_minus = "\xE2\x88\x92";
// Spaces spreadsheets put inside and around figures: no-break, thin, narrow no-break.
// Each begins 0xC2 or 0xE2 and ends 0xA0, 0x89 or 0xAF: most characters are
// settled by those bytes without comparing.
const std::string_view odd_spaces[] = {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"};

bool consume(std::string_view* text, std::string_view prefix) {
  if (text->substr(0, prefix.size()) != prefix) return false;
  text->remove_prefix(prefix.size());
  return true;
}

// The length of a space at the front of `text` (ASCII or one of odd_spaces), or 0.
std::size_t space_at_front(std::string_view text) {
  if (text.empty()) return 0;
  if (text.front() == ' ' || text.front() == '\t') return 1;
  if (text.front() != '\xC2' && text.front() != '\xE2') return 0;
  for (std::string_view space : odd_spaces)
    if (text.substr(0, space.size()) == space) return space.size();
  return 0;
}

std::size_t space_at_back(std::string_view text) {
  if (text.empty()) return 0;
  if (text.back() == ' ' || text.back() == '\t') return 1;
  if (text.back() != '\xA0' && text.back() != '\x89' && text.back() != '\xAF') return 0;
  for (std::string_view space : odd_spaces)
    if (text.size() >= space.size() && text.substr(text.size() - space.size()) == space)
      return space.size();
  return 0;
}

std::string_view trim_spaces(std::string_view text) {
  while (std::size_t n = space_at_front(text)) text.remove_prefix(n);
  while (std::size_t n = space_at_back(text)) text.remove_suffix(n);
  return text;
}

int decimals_allowed(int64_t unit) {
  int decimals = 2;
  for (int64_t u = unit; u >= 10 && u % 10 == 0; u /= 10) ++decimals;
  return decimals;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Words and spaces only: "TBC", "To be confirmed", "x".
bool all_letters(std::string_view text) {
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '.')) return false;
  return !text.empty();
}

// "k", "m", "bn", "thousand", ... as pounds per unit; 0 for no unit word.
int64_t unit_suffix(const std::string& word) {
  if (word == "k" || word == "thousand") return 1000;
  if (word == "m" || word == "mn" || word == "million") return 1000000;
  if (word == "bn" || word == "billion") return 1000000000;
  return 0;
}

// The digits, separators and spaces of a figure, with spaces taken out.
// Sets *spaced when a space stood between digits.
std::string figure_of(std::string_view text, bool* spaced) {
  std::string out;
  while (!text.empty()) {
    if (std::size_t n = space_at_front(text)) {
      *spaced = true;
      text.remove_prefix(n);
      continue;
    }
    out += text.front();
    text.remove_prefix(1);
  }
  return out;
}

}  // namespace

bool read_amount(std::string_view original, int64_t unit, AmountText* amount, std::string* error) {
  // Made only for an error: most texts read are figures, or labels tried as one.
  auto quoted = [original] { return "amount " + in_quotes(original); };
  AmountText out;
  std::string_view text = trim_spaces(original);
  if (text.empty()) {
    *amount = out;
    return true;
  }
  if (reads_as_nil(text)) {
    out.kind = AmountKind::nil;
    *amount = out;
    return true;
  }

  bool negative = false, brackets = false;
  if (text.front() == '(' && text.back() == ')') {
    negative = brackets = true;
    text = trim_spaces(text.substr(1, text.size() - 2));
  }
  bool pound_sign = consume(&text, pound);
  if (pound_sign && brackets) out.warnings.push_back("a pound sign inside the brackets");
  if (pound_sign && !brackets && !text.empty() && text.front() == '(' && text.back() == ')') {
    negative = brackets = true;  // "£(1,234)"
    text = trim_spaces(text.substr(1, text.size() - 2));
  }
  bool minus = consume(&text, "-");
  if (!minus && consume(&text, unicode_minus)) {
    minus = true;
    out.warnings.push_back("a Unicode minus sign");
  }
  if (minus) {
    if (brackets) {
      *error = quoted() + " is both in brackets and signed; write one or the other";
      return false;
    }
    negative = true;
  } else {
    consume(&text, "+");
  }
  if (!pound_sign && consume(&text, pound) && brackets)
    out.warnings.push_back("a pound sign inside the brackets");
  text = trim_spaces(text);

  // The figure runs while digits, separators and spaces do; a unit or "%" may follow.
  std::size_t end = 0;
  while (end < text.size()) {
    if (is_digit(text[end]) || text[end] == ',' || text[end] == '.') ++end;
    else if (std::size_t n = space_at_front(text.substr(end));
             n && end + n < text.size() && is_digit(text[end + n]))
      end += n;
    else break;
  }
  std::string_view suffix = trim_spaces(text.substr(end));
  bool spaced = false;
  std::string digits = figure_of(text.substr(0, end), &spaced);
  if (spaced) out.warnings.push_back("a space inside the number");
  bool percent = false;
  if (suffix == "%") {
    percent = true;
  } else if (!suffix.empty()) {
    std::string word = ascii_lower(suffix);
    if (int64_t cell_unit = unit_suffix(word)) {
      unit = cell_unit;
      out.cell_unit = true;
    } else if (digits.empty() && all_letters(text)) {
      *error = quoted() +
               " is not a number; if the figure is not known yet, give the row a status "
               "such as \"To be confirmed\" and list it in \"unknown_amount_statuses\"";
      return false;
    } else if (!digits.empty() && all_letters(suffix)) {
      *error = quoted() + " is not a number: " + in_quotes(suffix) +
               " is not a unit (a cell may end in k, m or bn; a column's unit goes in its "
               "heading, such as \"£000s\", or in \"amount_unit\")";
      return false;
    } else {
      *error = quoted() + " is not a number";
      return false;
    }
  }

  std::size_t point = digits.find('.');
  std::string_view all = digits;
  std::string_view whole = all.substr(0, point);
  std::string_view fraction =
      point == std::string::npos ? std::string_view() : all.substr(point + 1);
  if (whole.empty() && fraction.empty()) {
    *error =
        text.empty() || text == suffix ? quoted() + " has no digits" : quoted() + " is not a number";
    return false;
  }
  if (fraction.find_first_of(".,") != std::string_view::npos) {
    *error = quoted() + " is not a number: it has more than one decimal point";
    return false;
  }
  if (point != std::string::npos && (fraction.empty() || whole.empty())) {
    *error = quoted() + " needs digits on both sides of the decimal point";
    return false;
  }
  // Thousands separators: a first group of one to three digits, then groups of three.
  if (whole.find(',') != std::string_view::npos) {
    std::size_t first = whole.find(',');
    bool ok = first >= 1 && first <= 3;
    for (std::size_t at = first; ok && at < whole.size(); at += 4)
      ok = whole[at] == ',' && whole.size() - at > 3 &&
           whole.substr(at + 1, 3).find(',') == std::string_view::npos;
    if (!ok) {
      *error = quoted() + " has a misplaced thousands separator";
      return false;
    }
  }

  int64_t scaled = 0;
  bool overflow = false;
  for (char c : whole) {
    if (c == ',') continue;
    overflow |= __builtin_mul_overflow(scaled, 10, &scaled);
    overflow |= __builtin_add_overflow(scaled, c - '0', &scaled);
  }
  for (char c : fraction) {
    overflow |= __builtin_mul_overflow(scaled, 10, &scaled);
    overflow |= __builtin_add_overflow(scaled, c - '0', &scaled);
  }
  out.decimals = static_cast<int>(fraction.size());
  if (percent) {
    if (overflow) {
      *error = quoted() + " is too large to hold exactly";
      return false;
    }
    out.kind = AmountKind::percentage;
    out.percent = negative ? -scaled : scaled;
    *amount = out;
    return true;
  }
  int allowed = decimals_allowed(unit);
  if (out.decimals > allowed) {
    *error = quoted() + (allowed == 2 ? " has more than two decimal places"
                                    : " has more decimal places than whole pence allow");
    return false;
  }
  // pence = (whole * 10^d + fraction) * unit * 100 / 10^d, exactly.
  int64_t step = unit * 100;
  for (int i = 0; i < out.decimals; ++i) step /= 10;
  int64_t pence = 0;
  overflow |= __builtin_mul_overflow(scaled, step, &pence);
  if (overflow) {
    *error = quoted() + " is too large to hold exactly";
    return false;
  }
  out.kind = AmountKind::money;
  out.value.pence = negative ? -pence : pence;
  out.unit = unit;
  out.step = step;
  *amount = out;
  return true;
}

bool reads_as_nil(std::string_view text) {
  text = trim_spaces(text);
  return text == "-" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94" ||
         (text.size() == 3 && ascii_lower(text) == "nil");
}

bool parse_money(std::string_view text, int64_t unit, Money* value, std::string* error) {
  AmountText amount;
  if (!read_amount(text, unit, &amount, error)) return false;
  switch (amount.kind) {
    case AmountKind::money: *value = amount.value; return true;
    case AmountKind::empty: *error = "amount is empty"; return false;
    case AmountKind::nil: *error = "amount " + in_quotes(text) + " has no digits"; return false;
    case AmountKind::percentage:
      *error = "amount " + in_quotes(text) + " is a percentage, not money";
      return false;
  }
  return false;
}

int64_t rounding_of(const AmountText& amount) {
  return amount.kind == AmountKind::money && amount.unit > 1 ? amount.step / 2 : 0;
}

}  // namespace fundpress
