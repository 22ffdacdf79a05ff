#include "check/parse_date.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

Date date(const char* text) {
  Date d;
  std::string error;
  EXPECT_TRUE(parse_date(text, &d, &error)) << text << ": " << error;
  return d;
}

std::string date_error(const char* text) {
  Date d;
  std::string error;
  EXPECT_FALSE(parse_date(text, &d, &error)) << text;
  return error;
}

TEST(ParseDate, ReadsIsoUkAndWrittenForms) {
  EXPECT_EQ(date("2017-04-01"), (Date{2017, 4, 1}));
  EXPECT_EQ(date("2017-04-01T09:30:00Z"), (Date{2017, 4, 1}));
  EXPECT_EQ(date("01/04/2017"), (Date{2017, 4, 1}));  // day first, as in the UK
  EXPECT_EQ(date("1.4.2017"), (Date{2017, 4, 1}));
  EXPECT_EQ(date("1 April 2017"), (Date{2017, 4, 1}));
  EXPECT_EQ(date("30th September 2017"), (Date{2017, 9, 30}));
  EXPECT_EQ(date("3 Sept 2017"), (Date{2017, 9, 3}));
  EXPECT_EQ(date("29 February 2016"), (Date{2016, 2, 29}));
}

TEST(ParseDate, RejectsDaysThatDoNotExist) {
  EXPECT_EQ(date_error("2017-02-29"), "date \"2017-02-29\" is not a day of the calendar");
  EXPECT_EQ(date_error("31/04/2017"), "date \"31/04/2017\" is not a day of the calendar");
}

TEST(ParseDate, RejectsWhatItCannotRead) {
  EXPECT_EQ(date_error("April 2017"),
            "date \"April 2017\" is not a date fundpress reads; write it as 2017-04-01, "
            "01/04/2017 or 1 April 2017");
  date_error("2017-4-1");
  date_error("04/01/17");
  date_error("soon");
  EXPECT_EQ(date_error(""), "date is empty");
}

TEST(ParseFinancialYear, ReadsTheUsualForms) {
  for (const char* text : {"2017/18", "2017-18", "2017/2018", "FY 2017/18", "fy2017-18", "17/18"}) {
    FinancialYear year;
    std::string error;
    ASSERT_TRUE(parse_financial_year(text, &year, &error)) << text << ": " << error;
    EXPECT_EQ(year.start, 2017) << text;
  }
  FinancialYear century;
  std::string error;
  ASSERT_TRUE(parse_financial_year("1999/00", &century, &error)) << error;
  EXPECT_EQ(century.start, 1999);
}

TEST(ParseFinancialYear, RejectsYearsThatDoNotFollow) {
  FinancialYear year;
  std::string error;
  EXPECT_FALSE(parse_financial_year("2017/19", &year, &error));
  EXPECT_EQ(error, "financial year \"2017/19\" does not run from one year into the next");
  EXPECT_FALSE(parse_financial_year("2017", &year, &error));
  EXPECT_EQ(error, "financial year \"2017\" is not a year fundpress reads; write it as 2017/18");
}

TEST(FinancialYear, RunsFromAprilToMarch) {
  EXPECT_EQ(FinancialYear::containing(Date{2018, 3, 31}).start, 2017);
  EXPECT_EQ(FinancialYear::containing(Date{2018, 4, 1}).start, 2018);
  EXPECT_EQ(FinancialYear{2017}.label(), "2017/18");
  EXPECT_EQ(FinancialYear{1999}.label(), "1999/00");
}

// A time after "T" must be a time; years are 1990 to 2100.
TEST(ParseDate, IsStrictAboutTimesAndYears) {
  EXPECT_EQ(date("2017-04-01T10:30"), (Date{2017, 4, 1}));
  EXPECT_EQ(date("2017-04-01T10:30:00.250+01:00"), (Date{2017, 4, 1}));
  date_error("2017-04-01Tgarbage");
  date_error("2017-04-01T25:00");
  date_error("2017-04-01T10:30:00+1");
  EXPECT_EQ(date_error("1989-04-01"),
            "date \"1989-04-01\" is not between 1990 and 2100; check the year (fundpress.json's "
            "\"year_range\" sets the years allowed)");
  EXPECT_EQ(date_error("01/04/2107"),
            "date \"01/04/2107\" is not between 1990 and 2100; check the year (fundpress.json's "
            "\"year_range\" sets the years allowed)");
  FinancialYear year;
  std::string error;
  EXPECT_FALSE(parse_financial_year("0000/01", &year, &error));
  EXPECT_EQ(error,
            "financial year \"0000/01\" is not between 1990 and 2100; check the year "
            "(fundpress.json's \"year_range\" sets the years allowed)");
  EXPECT_TRUE(parse_financial_year("1990/91", &year, &error)) << error;
}

// fundpress.json's "year_range" sets the years allowed.
TEST(ParseDate, TakesTheYearsAllowedFromTheRange) {
  Date d;
  std::string error;
  EXPECT_TRUE(parse_date("1985-04-01", &d, &error, YearRange{1980, 2100})) << error;
  EXPECT_FALSE(parse_date("2031-04-01", &d, &error, YearRange{1980, 2030}));
  EXPECT_EQ(error,
            "date \"2031-04-01\" is not between 1980 and 2030; check the year (fundpress.json's "
            "\"year_range\" sets the years allowed)");
  FinancialYear year;
  EXPECT_TRUE(parse_financial_year("1985/86", &year, &error, YearRange{1980, 2100})) << error;
}

}  // namespace
}  // namespace fundpress
