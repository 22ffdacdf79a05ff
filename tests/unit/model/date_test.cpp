#include "model/date.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace fundpress {
namespace {

// Dates are written digit by digit; every message must read as snprintf wrote it.
TEST(FormatIsoDate, WritesWhatSnprintfWrote) {
  for (Date date : {Date{2017, 4, 1}, Date{1, 1, 1}, Date{99, 12, 31}, Date{999, 10, 9},
                    Date{9999, 99, 99}, Date{10000, 1, 1}, Date{-1, 2, 3}, Date{2024, 0, 0},
                    Date{2024, 100, 7}, Date{123456789, 123, 456}}) {
    char expected[16];
    std::snprintf(expected, sizeof expected, "%04d-%02d-%02d", date.year, date.month, date.day);
    EXPECT_EQ(format_iso_date(date), expected) << expected;
  }
  EXPECT_EQ(format_iso_date(Date{}), "");
}

// A year's label is written digit by digit too: "2017/18", "1999/00".
TEST(FinancialYearLabel, WritesWhatSnprintfWrote) {
  for (int start : {2017, 1999, 2099, 0, 9, 99, 999, 9999, 10000, -1, 123456}) {
    char expected[16];
    std::snprintf(expected, sizeof expected, "%04d/%02d", start, (start + 1) % 100);
    EXPECT_EQ(FinancialYear{start}.label(), expected) << expected;
  }
}

}  // namespace
}  // namespace fundpress
