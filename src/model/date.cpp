#include "model/date.h"

#include <cstdio>

namespace fundpress {

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::string FinancialYear::label() const {
  char text[16];
  std::snprintf(text, sizeof text, "%04d/%02d", start, (start + 1) % 100);
  return text;
}

FinancialYear FinancialYear::containing(const Date& date) {
  return FinancialYear{date.month >= 4 ? date.year : date.year - 1};
}

std::string format_iso_date(const Date& date) {
  if (date.empty()) return "";
  // Written digit by digit: a long register's messages format hundreds of
  // thousands of dates, and snprintf is most of their cost. Other years as before.
  if (date.year < 0 || date.year > 9999 || date.month < 0 || date.month > 99 || date.day < 0 ||
      date.day > 99) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
  }
  std::string text = "0000-00-00";
  auto put = [&text](std::size_t end, int value) {  // right-aligned, ending before `end`
    for (std::size_t at = end; value > 0; value /= 10)
      text[--at] = static_cast<char>('0' + value % 10);
  };
  put(4, date.year);
  put(7, date.month);
  put(10, date.day);
  return text;
}

}  // namespace fundpress
