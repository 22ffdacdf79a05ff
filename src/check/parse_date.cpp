#include "check/parse_date.h"

#include <cctype>
#include <string>

namespace fundpress {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

// Reads 1..max_digits digits; returns -1 if there are none.
int read_number(std::string_view* text, std::size_t max_digits, std::size_t* digits_read) {
  int value = 0;
  std::size_t n = 0;
  while (n < text->size() && n < max_digits && std::isdigit(static_cast<unsigned char>((*text)[n])))
    value = value * 10 + ((*text)[n++] - '0');
  text->remove_prefix(n);
  if (digits_read) *digits_read = n;
  return n == 0 ? -1 : value;
}

int month_from_name(std::string_view name) {
  static const char* const names[] = {"january",   "february", "march",    "april",
                                      "may",       "june",     "july",     "august",
                                      "september", "october",  "november", "december"};
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m) {
    std::string full = names[m];
    if (lower == full || (lower.size() >= 3 && full.compare(0, lower.size(), lower) == 0 &&
                          (lower.size() == 3 || lower == "sept")))
      return m + 1;
  }
  return 0;
}

// "T10:30", "T10:30:00", "T10:30:00.000Z", "T10:30:00+01:00": an ISO 8601
// time of day, which a date may carry (only the day is used).
bool is_iso_time(std::string_view text) {
  auto two_digits = [&](std::size_t at, int most) {
    return at + 2 <= text.size() && std::isdigit(static_cast<unsigned char>(text[at])) &&
           std::isdigit(static_cast<unsigned char>(text[at + 1])) &&
           (text[at] - '0') * 10 + (text[at + 1] - '0') <= most;
  };
  if (text.empty() || text[0] != 'T' || !two_digits(1, 23) || text.size() < 6 || text[3] != ':' ||
      !two_digits(4, 59))
    return false;
  std::size_t at = 6;
  if (at < text.size() && text[at] == ':') {
    if (!two_digits(at + 1, 60)) return false;
    at += 3;
    if (at < text.size() && text[at] == '.') {
      std::size_t digits = ++at;
      while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
      if (at == digits) return false;
    }
  }
  if (at == text.size()) return true;
  if (text[at] == 'Z') return at + 1 == text.size();
  return (text[at] == '+' || text[at] == '-') && two_digits(at + 1, 23) && at + 6 == text.size() &&
         text[at + 3] == ':' && two_digits(at + 4, 59);
}

// "is not between 1990 and 2100; ...": the end of a message about a year outside `range`.
std::string outside(const YearRange& range) {
  return " is not between " + std::to_string(range.earliest) + " and " +
         std::to_string(range.latest) +
         "; check the year (fundpress.json's \"year_range\" sets the years allowed)";
}

bool finish(int year, int month, int day, std::string_view original, const YearRange& range,
            Date* date, std::string* error) {
  if (!is_valid_date(year, month, day)) {
    *error = "date \"" + std::string(original) + "\" is not a day of the calendar";
    return false;
  }
  if (year < range.earliest || year > range.latest) {
    *error = "date \"" + std::string(original) + "\"" + outside(range);
    return false;
  }
  *date = Date{year, month, day};
  return true;
}

}  // namespace

bool parse_date(std::string_view original, Date* date, std::string* error, const YearRange& range) {
  std::string_view text = trim(original);
  const std::string unreadable =
      "date \"" + std::string(original) +
      "\" is not a date fundpress reads; write it as 2017-04-01, 01/04/2017 or 1 April 2017";
  if (text.empty()) {
    *error = "date is empty";
    return false;
  }
  std::size_t digits = 0;
  std::string_view rest = text;
  int first = read_number(&rest, 4, &digits);
  if (first < 0) {
    *error = unreadable;
    return false;
  }
  if (digits == 4 && !rest.empty() && rest.front() == '-') {  // ISO 8601
    rest.remove_prefix(1);
    std::size_t month_digits = 0, day_digits = 0;
    int month = read_number(&rest, 2, &month_digits);
    if (month < 0 || month_digits != 2 || rest.empty() || rest.front() != '-') {
      *error = unreadable;
      return false;
    }
    rest.remove_prefix(1);
    int day = read_number(&rest, 2, &day_digits);
    // A time part ("T00:00:00") is allowed and ignored: only the day matters.
    if (day < 0 || day_digits != 2 || (!rest.empty() && !is_iso_time(rest))) {
      *error = unreadable;
      return false;
    }
    return finish(first, month, day, original, range, date, error);
  }
  if (digits <= 2 && !rest.empty() && (rest.front() == '/' || rest.front() == '.')) {  // 01/04/2017
    char separator = rest.front();
    rest.remove_prefix(1);
    int month = read_number(&rest, 2, nullptr);
    if (month < 0 || rest.empty() || rest.front() != separator) {
      *error = unreadable;
      return false;
    }
    rest.remove_prefix(1);
    std::size_t year_digits = 0;
    int year = read_number(&rest, 4, &year_digits);
    if (year < 0 || year_digits != 4 || !trim(rest).empty()) {
      *error = unreadable;
      return false;
    }
    return finish(year, month, first, original, range, date, error);
  }
  if (digits <= 2) {  // 1 April 2017, 30th September 2017
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
      if (rest.substr(0, 2) == suffix) rest.remove_prefix(2);
    rest = trim(rest);
    std::size_t name_end = 0;
    while (name_end < rest.size() && std::isalpha(static_cast<unsigned char>(rest[name_end])))
      ++name_end;
    int month = month_from_name(rest.substr(0, name_end));
    rest = trim(rest.substr(name_end));
    if (!rest.empty() && rest.front() == ',') rest = trim(rest.substr(1));
    std::size_t year_digits = 0;
    int year = read_number(&rest, 4, &year_digits);
    if (month == 0 || year < 0 || year_digits != 4 || !trim(rest).empty()) {
      *error = unreadable;
      return false;
    }
    return finish(year, month, first, original, range, date, error);
  }
  *error = unreadable;
  return false;
}

bool parse_financial_year(std::string_view original, FinancialYear* year, std::string* error,
                          const YearRange& range) {
  std::string_view text = trim(original);
  const std::string unreadable = "financial year \"" + std::string(original) +
                                 "\" is not a year fundpress reads; write it as 2017/18";
  if (text.size() >= 2 && (text[0] == 'F' || text[0] == 'f') && (text[1] == 'Y' || text[1] == 'y'))
    text = trim(text.substr(2));
  std::size_t first_digits = 0, second_digits = 0;
  int first = read_number(&text, 4, &first_digits);
  if (first < 0 || (first_digits != 4 && first_digits != 2) || text.empty() ||
      (text.front() != '/' && text.front() != '-')) {
    *error = unreadable;
    return false;
  }
  text.remove_prefix(1);
  int second = read_number(&text, 4, &second_digits);
  if (second < 0 || (second_digits != 4 && second_digits != 2) || !trim(text).empty()) {
    *error = unreadable;
    return false;
  }
  int start = first_digits == 2 ? 2000 + first : first;
  int end = second_digits == 2 ? (start / 100) * 100 + second : second;
  if (second_digits == 2 && end < start) end += 100;  // 1999/00
  if (end != start + 1) {
    *error =
        "financial year \"" + std::string(original) + "\" does not run from one year into the next";
    return false;
  }
  if (start < range.earliest || start >= range.latest) {
    *error = "financial year \"" + std::string(original) + "\"" + outside(range);
    return false;
  }
  year->start = start;
  return true;
}

}  // namespace fundpress
