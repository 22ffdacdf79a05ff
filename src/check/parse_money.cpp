#include "check/parse_money.h"

#include <cctype>

namespace fundpress {
namespace {

bool consume(std::string_view* text, std::string_view prefix) {
  if (text->substr(0, prefix.size()) != prefix) return false;
  text->remove_prefix(prefix.size());
  return true;
}

std::string_view trim(std::string_view text) {
  // ASCII space and tab, and the no-break space spreadsheets put around figures.
  while (true) {
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    else if (text.substr(0, 2) == "\xC2\xA0") text.remove_prefix(2);
    else break;
  }
  while (true) {
    if (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    else if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") text.remove_suffix(2);
    else break;
  }
  return text;
}

int decimals_allowed(int64_t unit) {
  int decimals = 2;
  for (int64_t u = unit; u >= 10 && u % 10 == 0; u /= 10) ++decimals;
  return decimals;
}

}  // namespace

bool parse_money(std::string_view original, int64_t unit, Money* value, std::string* error) {
  const std::string quoted = "amount \"" + std::string(original) + "\"";
  std::string_view text = trim(original);
  if (text.empty()) {
    *error = "amount is empty";
    return false;
  }
  bool negative = false;
  if (text.front() == '(' && text.back() == ')') {
    negative = true;
    text = trim(text.substr(1, text.size() - 2));
  }
  bool pound_sign = consume(&text, "£");
  if (!negative && (consume(&text, "-") || consume(&text, "\xE2\x88\x92"))) negative = true;
  else if (!negative) consume(&text, "+");
  if (!pound_sign) pound_sign = consume(&text, "£");

  std::string_view digits = text;
  std::size_t point = digits.find('.');
  std::string_view whole = digits.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : digits.substr(point + 1);

  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.') {
      *error = quoted + " is not a number";
      return false;
    }
  }
  if (whole.empty() && fraction.empty()) {
    *error = quoted + " has no digits";
    return false;
  }
  if (fraction.find_first_of(".,") != std::string_view::npos) {
    *error = quoted + " is not a number: it has more than one decimal point";
    return false;
  }
  if (point != std::string_view::npos && (fraction.empty() || whole.empty())) {
    *error = quoted + " needs digits on both sides of the decimal point";
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
      *error = quoted + " has a misplaced thousands separator";
      return false;
    }
  }
  int allowed = decimals_allowed(unit);
  if (static_cast<int>(fraction.size()) > allowed) {
    *error = quoted + (allowed == 2 ? " has more than two decimal places"
                                    : " has more decimal places than whole pence allow");
    return false;
  }

  // pence = (whole * 10^d + fraction) * unit * 100 / 10^d, exactly.
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
  int64_t pence_per_step = unit * 100;
  for (std::size_t i = 0; i < fraction.size(); ++i) pence_per_step /= 10;
  int64_t pence = 0;
  overflow |= __builtin_mul_overflow(scaled, pence_per_step, &pence);
  if (overflow) {
    *error = quoted + " is too large to hold exactly";
    return false;
  }
  value->pence = negative ? -pence : pence;
  return true;
}

}  // namespace fundpress
