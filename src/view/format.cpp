#include "view/format.h"

#include <cstdio>
#include <cstdlib>

namespace fundpress {
namespace {

std::string grouped(uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "4.668" from 4668 thousandths, trailing zeros dropped: "4.6", "5".
std::string thousandths(uint64_t value) {
  std::string out = grouped(value / 1000);
  uint64_t fraction = value % 1000;
  if (fraction == 0) return out;
  char digits[4];
  std::snprintf(digits, sizeof digits, "%03u", static_cast<unsigned>(fraction));
  std::string tail = digits;
  while (tail.back() == '0') tail.pop_back();
  return out + "." + tail;
}

std::string unsigned_amount(uint64_t pence, int decimals) {
  if (decimals < 0) decimals = pence % 100 == 0 ? 0 : 2;
  if (decimals == 0) return grouped(rounded_quotient(pence, 100));
  char fraction[4];
  std::snprintf(fraction, sizeof fraction, "%02u", static_cast<unsigned>(pence % 100));
  return grouped(pence / 100) + "." + fraction;
}

std::string signed_text(Money money, const std::string& body, bool brackets) {
  if (money.pence >= 0) return body;
  return brackets ? "(" + body + ")" : "-" + body;
}

}  // namespace

std::string format_amount(Money money, int decimals, bool negative_in_brackets) {
  std::string body = unsigned_amount(magnitude(money), decimals);
  // A negative that rounds to zero is shown as zero, not "-0".
  if (body == "0") return body;
  return signed_text(money, body, negative_in_brackets);
}

std::string format_pounds(Money money, int decimals, bool negative_in_brackets) {
  std::string body = "£" + unsigned_amount(magnitude(money), decimals);
  if (body == "£0") return body;
  return signed_text(money, body, negative_in_brackets);
}

std::string format_row_amount(Money money, const DisplayRules& rules) {
  return format_amount(money, rules.row_decimals, rules.negative_in_brackets);
}

std::string format_total_amount(Money money, const DisplayRules& rules) {
  return format_amount(money, rules.total_decimals, rules.negative_in_brackets);
}

std::string format_short(Money money) {
  uint64_t pence = magnitude(money);
  std::string sign = money.pence < 0 ? "-" : "";
  uint64_t thousands = rounded_quotient(pence, 100000);  // £k, to decide the unit
  std::string body;
  if (thousands >= 1000000) body = "£" + thousandths(rounded_quotient(pence, 100000000)) + "bn";
  else if (thousands >= 1000) body = "£" + thousandths(thousands) + "m";
  else if (pence >= 100000 || rounded_quotient(pence, 100) >= 1000) body = "£" + grouped(thousands) + "k";
  else body = "£" + grouped(rounded_quotient(pence, 100));
  return body == "£0" ? body : sign + body;
}

std::string format_date(const Date& date) {
  static const char* const months[] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};
  if (date.empty()) return "";
  return std::to_string(date.day) + " " + months[date.month - 1] + " " + std::to_string(date.year);
}

std::string format_iso_date(const Date& date) {
  if (date.empty()) return "";
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

std::string year_slug(FinancialYear year) {
  std::string label = year.label();
  label[4] = '-';
  return label;
}

const char* measure_name(Measure measure) {
  switch (measure) {
    case Measure::proposed: return "proposed";
    case Measure::awarded: return "awarded";
    case Measure::paid: return "paid";
  }
  return "";
}

std::string count_of(std::size_t count, const std::string& noun) {
  return grouped(count) + " " + noun + (count == 1 ? "" : "s");
}

}  // namespace fundpress
