// Labels naming a year are templates, filled in with each year's own.
#include "model/year_label.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(YearLabel, AYearInALabelBecomesAPlaceholderThatKeepsItsForm) {
  EXPECT_EQ(year_template("17/18 proposed costs (£)"), "{yy/yy} proposed costs (£)");
  EXPECT_EQ(year_template("Budget 2017/18"), "Budget {year}");
  EXPECT_EQ(year_template("Budget 2017-18 (£000s)"), "Budget {yyyy-yy} (£000s)");
  EXPECT_EQ(year_template("Spend 17-18"), "Spend {yy-yy}");
  EXPECT_EQ(year_template("2099/00 budget"), "{year} budget");
}

TEST(YearLabel, NumbersThatAreNotAFinancialYearStay) {
  EXPECT_EQ(year_template("Amount (£)"), "Amount (£)");
  EXPECT_EQ(year_template("Cost 17/19"), "Cost 17/19");      // not consecutive
  EXPECT_EQ(year_template("Cost 117/18"), "Cost 117/18");    // part of a longer number
  EXPECT_EQ(year_template("Ref 2017/188"), "Ref 2017/188");  // likewise
  EXPECT_EQ(year_template("{year} costs"), "{year} costs");  // already a template
}

TEST(YearLabel, FilledWithEachYearOrLeftOutForSeveral) {
  EXPECT_EQ(fill_year("{yy/yy} proposed costs (£)", FinancialYear{2018}),
            "18/19 proposed costs (£)");
  EXPECT_EQ(fill_year("Budget {year}", FinancialYear{2019}), "Budget 2019/20");
  EXPECT_EQ(fill_year("Budget {yyyy-yy}", FinancialYear{1999}), "Budget 1999-00");
  EXPECT_EQ(fill_year("Spend {yy-yy}", FinancialYear{2009}), "Spend 09-10");
  EXPECT_EQ(fill_year("Amount", FinancialYear{2009}), "Amount");
  EXPECT_EQ(strip_year("{yy/yy} proposed costs (£)"), "Proposed costs (£)");
  EXPECT_EQ(strip_year("Budget {year} (£)"), "Budget (£)");
  EXPECT_TRUE(has_year_placeholder("Budget {year}"));
  EXPECT_FALSE(has_year_placeholder("Budget 2017/18"));
}

}  // namespace
}  // namespace fundpress
