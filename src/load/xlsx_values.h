// What a workbook cell holds, turned into the text Excel shows for it. A
// number is stored as the decimal text of a double ("1234.55",
// "4668358.7500000009", "1E-3"); it is read in decimal digits only, as no
// float or double may touch money.
#pragma once

#include <string>
#include <string_view>

namespace fundpress {

/// An exact decimal number: -digits × 10^exponent when negative, else
/// digits × 10^exponent. digits has no leading zeros; zero has no digits.
struct Decimal {
  bool negative = false;
  std::string digits;
  int exponent = 0;
};

/// Reads a number as a workbook stores it: an optional sign, digits with an
/// optional fraction, an optional exponent ("1234.55", "-.5", "4.4E+20").
/// False for anything else, and for a magnitude no double can hold.
bool parse_decimal(std::string_view text, Decimal* number);

/// `number` as Excel shows it: rounded to 15 significant digits, half away
/// from zero, trailing zeros dropped.
Decimal excel_precision(Decimal number);

/// Plain decimal notation, never an exponent: "0.001", "-1234.55", "0".
std::string plain_decimal(const Decimal& number);

/// What a cell's number format makes of its number (xlsx_styles.h decides).
enum class NumberShape {
  plain,         // the number: "1234.55"
  percent,       // the number × 100 and "%": "4.4%"
  date,          // "2017-04-01"
  date_time,     // "2017-04-01", or "2017-04-01 13:30:00" when the time is not midnight
  time,          // "13:30:00", the time of day
  elapsed_time,  // "36:00:00", hours not wrapped at a day ([h]:mm:ss)
};

/// The text of a number cell whose stored value is `stored`, shown in
/// `shape`. Day numbers count from 1900 (with Excel's fictitious 29 February
/// 1900, day 60) or, when `date1904`, from 1 January 1904. Returns false with
/// *error when `stored` is not a number or is no date Excel could show.
bool number_cell_text(std::string_view stored, NumberShape shape, bool date1904, std::string* text,
                      std::string* error);

/// An ISO 8601 date value (a cell of type "d", "2017-04-01T00:00:00Z") in
/// the form a date cell takes: midnight leaves the date alone.
std::string iso_date_cell_text(std::string_view stored);

/// Text with the escapes OOXML uses for characters XML cannot carry
/// ("_x000D_" for a carriage return, "_x005F_" for "_") replaced by the
/// characters. An escape that names no character is left as written.
std::string decode_xml_escapes(std::string_view text);

}  // namespace fundpress
