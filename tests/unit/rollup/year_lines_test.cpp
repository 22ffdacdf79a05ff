// Each year's lines, found once: in source order, each year's total that of
// its lines, a line whose amount is not yet known counted but adding nothing.
#include "rollup/year_lines.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

Award line(int year, int64_t pence, bool known = true) {
  Award award;
  award.year = FinancialYear{year};
  award.amount = Money{known ? pence : 0};
  award.amount_known = known;
  return award;
}

TEST(YearLines, EachYearHasItsLinesInSourceOrderAndTheirTotal) {
  Project project;
  project.years = {FinancialYear{2017}, FinancialYear{2018}, FinancialYear{2019}};
  // Years interleaved, a year (2016) the project does not publish, a year
  // (2019) with no lines, and a 2018 line whose amount is not yet known.
  project.awards = {line(2018, 500),      line(2017, 100), line(2016, 9),
                    line(2018, 0, false), line(2017, 25),  line(2018, 7)};
  LinesByYear lines = lines_of_each_year(project);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].year, FinancialYear{2017});
  EXPECT_EQ(lines[0].awards, (std::vector<std::size_t>{1, 4}));
  EXPECT_EQ(lines[1].year, FinancialYear{2018});
  EXPECT_EQ(lines[1].awards, (std::vector<std::size_t>{0, 3, 5}));
  EXPECT_EQ(lines[2].year, FinancialYear{2019});
  EXPECT_TRUE(lines[2].awards.empty());

  EXPECT_EQ(lines[0].total.rows, 2u);
  EXPECT_EQ(lines[0].total.amount.pence, 125);
  EXPECT_EQ(lines[1].total.rows, 3u);
  EXPECT_EQ(lines[1].total.unknown_amounts, 1u);
  EXPECT_EQ(lines[1].total.amount.pence, 507);
  EXPECT_EQ(lines[2].total.rows, 0u);
  for (const YearLines& year : lines) {
    Total sum = total_of(project, year.awards);
    EXPECT_EQ(year.total.rows, sum.rows);
    EXPECT_EQ(year.total.unknown_amounts, sum.unknown_amounts);
    EXPECT_EQ(year.total.amount, sum.amount);
    for (std::size_t i : year.awards) EXPECT_EQ(project.awards[i].year, year.year);
  }
}

}  // namespace
}  // namespace fundpress
