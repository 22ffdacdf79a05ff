#include "model/date.h"

#include <cstdio>

namespace fundpress {
namespace {

// `value` (not negative) written right-aligned into `text`, ending before
// `end`, over the zeros already there: snprintf is most of the cost of the
// hundreds of thousands of dates and years a long register shows.
void put_digits(std::string& text, std::size_t end, int value) {
  for (std::size_t at = end; value > 0; value /= 10)
    text[--at] = static_cast<char>('0' + value % 10);
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::string FinancialYear::label() const {
  if (start < 0 || start > 9999) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d/%02d", start, (start + 1) % 100);
    return text;
  }
  std::string text = "0000/00";
  put_digits(text, 4, start);
  put_digits(text, 7, (start + 1) % 100);
  return text;
}

FinancialYear FinancialYear::containing(const Date& date) {
  return FinancialYear{date.month >= 4 ? date.year : date.year - 1};
}

std::string format_iso_date(const Date& date) {
  if (date.empty()) return "";
  // Written digit by digit (put_digits); other years as before.
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 ||
      date.day > 99) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
  }
  std::string text = "0000-00-00";
  put_digits(text, 4, date.year);
  put_digits(text, 7, date.month);
  put_digits(text, 10, date.day);
  return text;
}

}  // namespace fundpress
