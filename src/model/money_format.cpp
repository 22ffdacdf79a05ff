#include "model/money_format.h"

#include <cstdio>

namespace fundpress {
namespace {

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

// `decimals` is 0 or 2 (see shown_decimals).
std::string unsigned_amount(uint64_t pence, int decimals) {
  if (decimals == 0) return grouped(rounded_quotient(pence, 100));
  char fraction[4];
  std::snprintf(fraction, sizeof fraction, "%02u", static_cast<unsigned>(pence % 100));
  return grouped(pence / 100) + "." + fraction;
}

// `magnitude` pence in `unit` pounds, to unit_decimals(unit) places.
std::string unsigned_in_unit(uint64_t magnitude, int64_t unit) {
  int decimals = unit_decimals(unit);
  uint64_t scale = decimals == 1 ? 10 : 1;
  uint64_t tenths = rounded_quotient(magnitude, static_cast<uint64_t>(unit) * 100 / scale);
  if (decimals == 0) return grouped(tenths);
  return grouped(tenths / 10) + "." + std::to_string(tenths % 10);
}

const char* unit_suffix(int64_t unit) { return unit == 1000 ? "k" : unit == 1000000 ? "m" : ""; }

std::string signed_text(Money money, const std::string& body, bool brackets) {
  if (money.pence >= 0) return body;
  return brackets ? "(" + body + ")" : "-" + body;
}

}  // namespace

int shown_decimals(Money money, int decimals) {
  if (decimals >= 0) return decimals;
  return money.pence % 100 == 0 ? 0 : 2;
}

std::string grouped(uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

int unit_decimals(int64_t unit) { return unit >= 1000000 ? 1 : 0; }

std::string format_amount(Money money, int decimals, bool negative_in_brackets, int64_t unit) {
  std::string body = unit > 1 ? unsigned_in_unit(magnitude(money), unit)
                              : unsigned_amount(magnitude(money), shown_decimals(money, decimals));
  // A negative that rounds to zero is shown as zero, not "-0".
  if (body == "0" || body == "0.0") return body;
  return signed_text(money, body, negative_in_brackets);
}

std::string format_pounds(Money money, int decimals, bool negative_in_brackets, int64_t unit) {
  std::string digits = unit > 1
                           ? unsigned_in_unit(magnitude(money), unit)
                           : unsigned_amount(magnitude(money), shown_decimals(money, decimals));
  std::string body = "£" + digits + (unit > 1 ? unit_suffix(unit) : "");
  if (digits == "0" || digits == "0.0") return body;
  return signed_text(money, body, negative_in_brackets);
}

std::string format_short(Money money) {
  uint64_t pence = magnitude(money);
  std::string sign = money.pence < 0 ? "-" : "";
  uint64_t thousands = rounded_quotient(pence, 100000);  // £k, to decide the unit
  std::string body;
  if (thousands >= 1000000) body = "£" + thousandths(rounded_quotient(pence, 100000000)) + "bn";
  else if (thousands >= 1000) body = "£" + thousandths(thousands) + "m";
  else if (pence >= 100000 || rounded_quotient(pence, 100) >= 1000)
    body = "£" + grouped(thousands) + "k";
  else body = "£" + grouped(rounded_quotient(pence, 100));
  return body == "£0" ? body : sign + body;
}

std::string count_of(std::size_t count, const std::string& noun) {
  return grouped(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string format_change(Money change, int decimals, int64_t unit) {
  std::string text = format_pounds(change, decimals, false, unit);
  // A rise shown as "£0" (rounded away) is no rise to read.
  bool shows_figure = text.find_first_of("123456789") != std::string::npos;
  return change.pence > 0 && shows_figure ? "+" + text : text;
}

std::string format_percent_tenths(int64_t tenths) {
  uint64_t size =
      tenths < 0 ? static_cast<uint64_t>(-(tenths + 1)) + 1 : static_cast<uint64_t>(tenths);
  std::string text = grouped(size / 10) + "." + std::to_string(size % 10) + "%";
  return tenths > 0 ? "+" + text : tenths < 0 ? "-" + text : text;
}

}  // namespace fundpress
