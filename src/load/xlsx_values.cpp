#include "load/xlsx_values.h"

#include <cstdio>

#include "model/date.h"
#include "model/text.h"

namespace fundpress {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "_x000D_" at `at`: the UTF-16 unit it names, or -1.
long escape_at(std::string_view text, std::size_t at) {
  if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
    return -1;
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    int digit = hex_value(text[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

void append_utf8(long code, std::string* out) {
  if (code < 0x80) {
    *out += static_cast<char>(code);
  } else if (code < 0x800) {
    *out += static_cast<char>(0xC0 | (code >> 6));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    *out += static_cast<char>(0xE0 | (code >> 12));
    *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (code >> 18));
    *out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Howard Hinnant's days_from_civil inverted: day 0 is 1970-01-01.
Date civil_from_days(long long days) {
  days += 719468;
  long long era = (days >= 0 ? days : days - 146096) / 146097;
  long long day_of_era = days - era * 146097;
  long long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  long long month_index = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

// Excel's day number `serial` as a date. In the 1900 system day 1 is
// 1 January 1900 and day 60 is 29 February 1900, which never was (Lotus 1-2-3
// took 1900 for a leap year and Excel kept it), so from day 61 on the count
// runs one ahead: day 25569 is 1 January 1970. In the 1904 system day 0 is
// 1 January 1904 (1462 in the 1900 count).
bool serial_date(long long serial, bool date1904, Date* date, std::string* error) {
  long long since_1970;
  if (date1904) {
    since_1970 = serial - 24107;
  } else if (serial == 0) {
    *error =
        "date cell holds 0, which is no date (Excel shows 0 January 1900); leave the cell "
        "empty when there is no date";
    return false;
  } else if (serial == 60) {
    *error =
        "date cell holds day 60, which Excel shows as 29 February 1900, a day that never "
        "was (Excel keeps Lotus 1-2-3's leap-year error); type the date again";
    return false;
  } else {
    since_1970 = serial - (serial < 60 ? 25568 : 25569);
  }
  *date = civil_from_days(since_1970);
  if (date->year > 9999) {
    *error = "date cell holds day " + std::to_string(serial) +
             ", which is after 31 December 9999, the last day Excel shows";
    return false;
  }
  return true;
}

// |number| days in whole `units` (86400 a day: seconds), rounded half up.
// `number` has at most 7 digits before the point, so the result fits easily.
long long whole_units(const Decimal& number, long long units_per_day) {
  const std::size_t extra = 10;  // room for the digits units_per_day adds
  std::string product(number.digits.size() + extra, '0');
  long long carry = 0;
  for (std::size_t i = number.digits.size(); i-- > 0;) {
    long long value = (number.digits[i] - '0') * units_per_day + carry;
    product[i + extra] = static_cast<char>('0' + value % 10);
    carry = value / 10;
  }
  for (std::size_t i = extra; i-- > 0;) {
    product[i] = static_cast<char>('0' + carry % 10);
    carry /= 10;
  }
  long long size = static_cast<long long>(product.size());
  long long kept = size + number.exponent;  // digits before the point
  long long whole = 0;
  for (long long i = 0; i < kept; ++i) whole = whole * 10 + (i < size ? product[i] - '0' : 0);
  if (kept >= 0 && kept < size && product[kept] >= '5') ++whole;
  return whole;
}

std::string clock_text(long long hours, long long seconds_in_hour) {
  char text[32];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", hours, seconds_in_hour / 60,
                seconds_in_hour % 60);
  return text;
}

std::string iso_date(const Date& date) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

}  // namespace

bool parse_decimal(std::string_view text, Decimal* number) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  std::string digits;
  long long fraction = 0;  // digits after the point, leading zeros included
  bool any = false, point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (is_digit(c)) {
      any = true;
      if (!digits.empty() || c != '0') digits += c;
      if (point) ++fraction;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any) return false;
  long long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negative_exponent = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative_exponent = text[i++] == '-';
    std::size_t start = i;
    for (; i < text.size() && is_digit(text[i]); ++i) {
      exponent = exponent * 10 + (text[i] - '0');
      if (exponent > 100000) return false;
    }
    if (i == start) return false;
    if (negative_exponent) exponent = -exponent;
  }
  if (i != text.size()) return false;
  if (digits.empty()) {
    *number = Decimal{};
    return true;
  }
  exponent -= fraction;
  // The power of ten of the leading digit; a double reaches 1.8E308 and 4.9E-324.
  long long leading = static_cast<long long>(digits.size()) + exponent - 1;
  if (leading > 308 || leading < -324) return false;
  *number = Decimal{negative, digits, static_cast<int>(exponent)};
  return true;
}

Decimal excel_precision(Decimal number) {
  const std::size_t significant = 15;
  if (number.digits.size() > significant) {
    bool up = number.digits[significant] >= '5';
    number.exponent += static_cast<int>(number.digits.size() - significant);
    number.digits.resize(significant);
    if (up) {
      std::size_t i = significant;
      while (i > 0 && number.digits[i - 1] == '9') number.digits[--i] = '0';
      if (i == 0) number.digits.insert(number.digits.begin(), '1');
      else ++number.digits[i - 1];
    }
  }
  while (!number.digits.empty() && number.digits.back() == '0') {
    number.digits.pop_back();
    ++number.exponent;
  }
  if (number.digits.empty()) return Decimal{};
  return number;
}

std::string plain_decimal(const Decimal& number) {
  if (number.digits.empty()) return "0";
  std::string sign = number.negative ? "-" : "";
  if (number.exponent >= 0) return sign + number.digits + std::string(number.exponent, '0');
  long long point = static_cast<long long>(number.digits.size()) + number.exponent;
  if (point > 0) return sign + number.digits.substr(0, point) + "." + number.digits.substr(point);
  return sign + "0." + std::string(-point, '0') + number.digits;
}

bool number_cell_text(std::string_view stored, NumberShape shape, bool date1904, std::string* text,
                      std::string* error) {
  Decimal number;
  if (!parse_decimal(stored, &number)) {
    *error =
        "number cell holds " + in_quotes(stored) + ", which is not a number; the file is damaged";
    return false;
  }
  number = excel_precision(number);
  if (shape == NumberShape::plain) {
    *text = plain_decimal(number);
    return true;
  }
  if (shape == NumberShape::percent) {
    if (!number.digits.empty()) number.exponent += 2;
    *text = plain_decimal(number) + "%";
    return true;
  }
  bool is_date = shape == NumberShape::date || shape == NumberShape::date_time;
  std::string kind = is_date ? "date" : "time";
  if (number.negative) {
    *error = kind + " cell holds " + plain_decimal(number) +
             ", a negative number, which Excel cannot show as a " + kind + " (it shows ####)";
    return false;
  }
  if (static_cast<long long>(number.digits.size()) + number.exponent > 7) {
    *error = kind + " cell holds " + plain_decimal(number) +
             ", which is after 31 December 9999, the last day Excel shows";
    return false;
  }
  // Excel rounds a time to the second it shows, and a date alone to the millisecond.
  long long seconds = whole_units(number, 86400);
  long long clock = seconds % 86400;
  if (shape == NumberShape::time) {
    *text = clock_text(clock / 3600, clock % 3600);
    return true;
  }
  if (shape == NumberShape::elapsed_time) {
    *text = clock_text(seconds / 3600, seconds % 3600);
    return true;
  }
  long long day =
      shape == NumberShape::date ? whole_units(number, 86400000) / 86400000 : seconds / 86400;
  Date date;
  if (!serial_date(day, date1904, &date, error)) return false;
  *text = iso_date(date);
  if (shape == NumberShape::date_time && clock != 0)
    *text += " " + clock_text(clock / 3600, clock % 3600);
  return true;
}

std::string iso_date_cell_text(std::string_view stored) {
  bool dated = stored.size() >= 10 && stored[4] == '-' && stored[7] == '-';
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    dated = dated && i < stored.size() && is_digit(stored[i]);
  if (!dated) return std::string(stored);
  std::string_view time = stored.substr(10);
  if (!time.empty() && time.back() == 'Z') time.remove_suffix(1);
  std::string_view midnight = "T00:00:00";
  if (time.empty() ||
      (starts_with(time, midnight) &&
       time.substr(midnight.size()).find_first_not_of(".0") == std::string_view::npos))
    return std::string(stored.substr(0, 10));
  return std::string(stored);
}

std::string decode_xml_escapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    long unit = escape_at(text, i);
    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) {
      out += text[i++];
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      long low = escape_at(text, i + 7);
      if (low < 0xDC00 || low > 0xDFFF) {
        out += text[i++];
        continue;
      }
      append_utf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), &out);
      i += 14;
      continue;
    }
    append_utf8(unit, &out);
    i += 7;
  }
  return out;
}

}  // namespace fundpress
