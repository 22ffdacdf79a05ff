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

}  // namespace
}  // namespace fundpress
