// Cell values as Excel shows them, worked out in decimal digits: numbers to
// 15 significant digits, percentages, and day numbers as dates in both date
// systems, Excel's fictitious 29 February 1900 included.
#include "load/xlsx_values.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

std::string shown(const std::string& stored, NumberShape shape = NumberShape::plain,
                  bool date1904 = false) {
  std::string text, error;
  if (!number_cell_text(stored, shape, date1904, &text, &error)) return "error: " + error;
  return text;
}

TEST(XlsxValues, NumbersReadAsExcelShowsThemInPlainDecimals) {
  EXPECT_EQ(shown("1234.55"), "1234.55");
  // The double nearest 4668358.75 printed to 17 digits, as some writers do.
  EXPECT_EQ(shown("4668358.7500000009"), "4668358.75");
  EXPECT_EQ(shown("0.30000000000000004"), "0.3");
  EXPECT_EQ(shown("1E-3"), "0.001");
  EXPECT_EQ(shown("1.5e-7"), "0.00000015");
  EXPECT_EQ(shown("4.4E+20"), "440000000000000000000");
  EXPECT_EQ(shown("307849"), "307849");
  EXPECT_EQ(shown("-500"), "-500");
  EXPECT_EQ(shown("-0"), "0");
  EXPECT_EQ(shown("0.000"), "0");
  EXPECT_EQ(shown("100.10"), "100.1");
  EXPECT_EQ(shown(".5"), "0.5");
}

TEST(XlsxValues, FifteenSignificantDigitsRoundHalfAwayFromZero) {
  EXPECT_EQ(shown("123456789012345.5"), "123456789012346");
  EXPECT_EQ(shown("-123456789012345.5"), "-123456789012346");
  EXPECT_EQ(shown("123456789012345.4999"), "123456789012345");
  EXPECT_EQ(shown("999999999999999.5"), "1000000000000000");
  EXPECT_EQ(shown("0.1234567890123456789"), "0.123456789012346");
  EXPECT_EQ(shown("12345678901234567890"), "12345678901234600000");
}

TEST(XlsxValues, TextThatIsNoNumberIsAnError) {
  for (const char* bad :
       {"", "-", "1e", "1E+", "abc", "1.2.3", "--1", "1,000", " 12", "0x10", "1E400"})
    EXPECT_EQ(shown(bad).rfind("error: number cell holds \"", 0), 0u) << bad;
  EXPECT_EQ(shown("1,000"),
            "error: number cell holds \"1,000\", which is not a number; the file is damaged");
}

TEST(XlsxValues, PercentagesAreTheValueTimesAHundred) {
  EXPECT_EQ(shown("0.044", NumberShape::percent), "4.4%");
  EXPECT_EQ(shown("4.3999999999999997E-2", NumberShape::percent), "4.4%");
  EXPECT_EQ(shown("1", NumberShape::percent), "100%");
  EXPECT_EQ(shown("-0.125", NumberShape::percent), "-12.5%");
  EXPECT_EQ(shown("0", NumberShape::percent), "0%");
  EXPECT_EQ(shown("1E-5", NumberShape::percent), "0.001%");
}

TEST(XlsxValues, DayNumbersAreIsoDates) {
  EXPECT_EQ(shown("42826", NumberShape::date), "2017-04-01");
  EXPECT_EQ(shown("1", NumberShape::date), "1900-01-01");
  EXPECT_EQ(shown("59", NumberShape::date), "1900-02-28");
  EXPECT_EQ(shown("61", NumberShape::date), "1900-03-01");
  EXPECT_EQ(shown("25569", NumberShape::date), "1970-01-01");
  EXPECT_EQ(shown("2958465", NumberShape::date), "9999-12-31");
  // A time of day on a date shown as a date is still that date.
  EXPECT_EQ(shown("42826.75", NumberShape::date), "2017-04-01");
  // Excel rounds a date to the millisecond, a time to the second it shows.
  EXPECT_EQ(shown("42826.999999", NumberShape::date), "2017-04-01");
  EXPECT_EQ(shown("42826.99999999999", NumberShape::date), "2017-04-02");
  EXPECT_EQ(shown("42826.999999", NumberShape::date_time), "2017-04-02");
  EXPECT_EQ(shown("42826.99999", NumberShape::date_time), "2017-04-01 23:59:59");
}

TEST(XlsxValues, The1904DateSystemCountsFrom1904) {
  EXPECT_EQ(shown("0", NumberShape::date, true), "1904-01-01");
  EXPECT_EQ(shown("41364", NumberShape::date, true), "2017-04-01");
  EXPECT_EQ(shown("60", NumberShape::date, true), "1904-03-01");
}

TEST(XlsxValues, DaysExcelCannotShowAreErrors) {
  EXPECT_EQ(shown("60", NumberShape::date),
            "error: date cell holds day 60, which Excel shows as 29 February 1900, a day that "
            "never was (Excel keeps Lotus 1-2-3's leap-year error); type the date again");
  EXPECT_EQ(shown("0", NumberShape::date),
            "error: date cell holds 0, which is no date (Excel shows 0 January 1900); leave the "
            "cell empty when there is no date");
  EXPECT_EQ(shown("-1", NumberShape::date),
            "error: date cell holds -1, a negative number, which Excel cannot show as a date (it "
            "shows ####)");
  EXPECT_EQ(shown("2958466", NumberShape::date),
            "error: date cell holds day 2958466, which is after 31 December 9999, the last day "
            "Excel shows");
  EXPECT_EQ(shown("1E+10", NumberShape::date),
            "error: date cell holds 10000000000, which is after 31 December 9999, the last day "
            "Excel shows");
}

TEST(XlsxValues, TimesAndDatesWithTimes) {
  EXPECT_EQ(shown("42826.5625", NumberShape::date_time), "2017-04-01 13:30:00");
  EXPECT_EQ(shown("42826", NumberShape::date_time), "2017-04-01");
  EXPECT_EQ(shown("0.5625", NumberShape::time), "13:30:00");
  EXPECT_EQ(shown("1.5", NumberShape::time), "12:00:00");
  EXPECT_EQ(shown("1.5", NumberShape::elapsed_time), "36:00:00");
  EXPECT_EQ(shown("0.000011574", NumberShape::time), "00:00:01");
}

TEST(XlsxValues, IsoDateCellsLoseOnlyAMidnight) {
  EXPECT_EQ(iso_date_cell_text("2017-04-01T00:00:00Z"), "2017-04-01");
  EXPECT_EQ(iso_date_cell_text("2017-04-01T00:00:00.000"), "2017-04-01");
  EXPECT_EQ(iso_date_cell_text("2017-04-01"), "2017-04-01");
  EXPECT_EQ(iso_date_cell_text("2017-04-01T13:30:00Z"), "2017-04-01T13:30:00Z");
  EXPECT_EQ(iso_date_cell_text("soon"), "soon");
}

TEST(XlsxValues, XmlEscapesOfCharactersAreDecoded) {
  EXPECT_EQ(decode_xml_escapes("line one_x000D__x000A_line two"), "line one\r\nline two");
  EXPECT_EQ(decode_xml_escapes("_x005F_x000D_"), "_x000D_");  // an escaped underscore
  EXPECT_EQ(decode_xml_escapes("_x00A3_5"),
            "\xC2\xA3"
            "5");
  EXPECT_EQ(decode_xml_escapes("_xD83D__xDE00_"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(decode_xml_escapes("_xD83D_ alone"), "_xD83D_ alone");
  EXPECT_EQ(decode_xml_escapes("my_x_file_x12_"), "my_x_file_x12_");
}

}  // namespace
}  // namespace fundpress
