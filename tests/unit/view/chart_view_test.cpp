#include "view/chart_view.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(FormatShare, OneDecimalHalfAwayFromZero) {
  EXPECT_EQ(format_share(Money{144823900}, Money{466835875}), "31.0%");
  EXPECT_EQ(format_share(Money{1}, Money{8}), "12.5%");    // 12.5 exactly
  EXPECT_EQ(format_share(Money{1}, Money{2000}), "0.1%");  // 0.05 rounds up
  EXPECT_EQ(format_share(Money{-1}, Money{4}), "-25.0%");
  EXPECT_EQ(format_share(Money{1}, Money{0}), "");
}

TEST(BarChart, BarsScaleToTheLargestAndDescribeEveryFigure) {
  nlohmann::json chart =
      bar_chart("c", "Spend", {{"A", Money{30000}}, {"B", Money{10000}}, {"C", Money{-500}}});
  ASSERT_EQ(chart["bars"].size(), 3u);
  EXPECT_EQ(chart["bars"][0]["bar_width"], "300");
  EXPECT_EQ(chart["bars"][1]["bar_width"], "100");
  EXPECT_EQ(chart["bars"][2]["bar_width"], "0") << "a negative amount draws no bar";
  EXPECT_EQ(chart["description"], "A: £300 (75.9%); B: £100 (25.3%); C: -£5 (-1.3%).");  // of £395
  EXPECT_LT(std::stoi(chart["bars"][0]["bar_y"].get<std::string>()),
            std::stoi(chart["bars"][1]["label_y"].get<std::string>()));
}

TEST(BarChart, ATinyAmountStillShowsABar) {
  nlohmann::json chart = bar_chart("c", "Spend", {{"A", Money{100000000}}, {"B", Money{1}}});
  EXPECT_EQ(chart["bars"][1]["bar_width"], "1");
}

}  // namespace
}  // namespace fundpress
