// Calendar dates and UK financial years (1 April to 31 March).
#pragma once

#include <string>

namespace fundpress {

/// A calendar date; year 0 means "no date".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0; }
};

inline bool operator==(const Date& a, const Date& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}
inline bool operator<(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

/// "2017-04-01"; "" for no date: the one form data files and messages write.
std::string format_iso_date(const Date& date);

/// True when year/month/day name a real day of the Gregorian calendar.
bool is_valid_date(int year, int month, int day);

/// The financial year that starts on 1 April of `start`: 2017 is 2017/18.
struct FinancialYear {
  int start = 0;

  /// "2017/18", the form UK public bodies print.
  std::string label() const;
  Date first_day() const { return Date{start, 4, 1}; }
  Date last_day() const { return Date{start + 1, 3, 31}; }
  /// The financial year a date falls in.
  static FinancialYear containing(const Date& date);
};

inline bool operator==(FinancialYear a, FinancialYear b) { return a.start == b.start; }
inline bool operator<(FinancialYear a, FinancialYear b) { return a.start < b.start; }

}  // namespace fundpress
