#include "model/text.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(ContainsIgnoringCase, FindsAWordInAnyAsciiCase) {
  EXPECT_TRUE(contains_ignoring_case("Grand TOTAL", "total"));
  EXPECT_TRUE(contains_ignoring_case("Increase (Per Cent)", "per"));
  EXPECT_TRUE(contains_ignoring_case("total", "total"));
  EXPECT_FALSE(contains_ignoring_case("Tota", "total"));
  EXPECT_FALSE(contains_ignoring_case("T-otal", "total"));
  EXPECT_FALSE(contains_ignoring_case("", "per"));
  EXPECT_TRUE(contains_ignoring_case("anything", ""));
}

TEST(CountLines, CountsLineFeeds) {
  EXPECT_EQ(count_lines(""), 0u);
  EXPECT_EQ(count_lines("no break"), 0u);
  EXPECT_EQ(count_lines("a\nb\r\nc\rd\n"), 3u) << "a carriage return alone is not counted";
  EXPECT_EQ(count_lines("\n\n\n"), 3u);
  EXPECT_EQ(count_lines(std::string(1000, 'x') + "\n" + std::string(1000, 'y')), 1u);
}

}  // namespace
}  // namespace fundpress
