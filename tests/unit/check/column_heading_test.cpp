#include "check/column_heading.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

struct Heading {
  const char* text;
  int year;  // 0: none
  int64_t unit;
};

class ColumnHeadings : public testing::TestWithParam<Heading> {};

TEST_P(ColumnHeadings, ReadYearAndUnit) {
  ColumnHeading heading = read_column_heading(GetParam().text);
  EXPECT_EQ(heading.has_year ? heading.year.start : 0, GetParam().year) << GetParam().text;
  EXPECT_EQ(heading.unit, GetParam().unit) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ColumnHeadings,
    testing::Values(Heading{"2019/20 £", 2019, 1}, Heading{"2020/21", 2020, 0},
                    Heading{"Actual Budget 2023-4", 2023, 0}, Heading{"2020/21 Forecast", 2020, 0},
                    Heading{"17/18 proposed costs (£)", 2017, 1},
                    Heading{"2019/2020 (£000s)", 2019, 1000},
                    Heading{"FY 2021\xE2\x80\x93"
                            "22 £m",
                            2021, 1000000},
                    Heading{"99/00", 1999, 0}, Heading{"Budget (£ thousands)", 0, 1000},
                    Heading{"£'000", 0, 1000}, Heading{"Cost £k", 0, 1000},
                    Heading{"Amount (£bn)", 0, 1000000000}, Heading{"2019", 0, 0},
                    Heading{"Paid 04/05/2017", 0, 0}, Heading{"2019/20 to 2020/21", 0, 0},
                    Heading{"2019/21", 0, 0}, Heading{"Grants over £1m", 0, 0},
                    Heading{"Allocation (000s)", 0, 1000}, Heading{"Reference", 0, 0}));

TEST(ColumnHeading, ReadsTheMeasureWhereTheHeadingSaysIt) {
  EXPECT_EQ(read_column_heading("2019/20 Actual").measure, Measure::paid);
  EXPECT_EQ(read_column_heading("2020/21 Forecast").measure, Measure::proposed);
  EXPECT_EQ(read_column_heading("Actual Budget 2023-4").measure, Measure::proposed)
      << "an actual budget is the budget set";
  EXPECT_EQ(read_column_heading("2018/19 allocation").measure, Measure::awarded);
  EXPECT_TRUE(read_column_heading("2020/21 Outturn").has_measure);
  EXPECT_FALSE(read_column_heading("2020/21").has_measure);
}

}  // namespace
}  // namespace fundpress
