#include "check/name_pattern.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(NamePattern, MatchesWholeNamesIgnoringCaseAndSpacing) {
  EXPECT_TRUE(matches_name_pattern("To be confirmed", "to be confirmed"));
  EXPECT_TRUE(matches_name_pattern("TO  BE\tCONFIRMED", "To be confirmed"));
  EXPECT_FALSE(matches_name_pattern("To be confirmed later", "to be confirmed"));
  EXPECT_FALSE(matches_name_pattern("Not to be confirmed", "to be confirmed"));
}

TEST(NamePattern, StarStandsForAnyTextIncludingNone) {
  EXPECT_TRUE(
      matches_name_pattern("Various \xE2\x80\x93 To be confirmed via review", "*to be confirmed*"));
  EXPECT_TRUE(matches_name_pattern("to be confirmed", "*to be confirmed*"));
  EXPECT_TRUE(matches_name_pattern("Various - see note", "various -*"));
  EXPECT_FALSE(matches_name_pattern("Various Voices Choir", "various -*"));
  EXPECT_TRUE(matches_name_pattern("abcabd", "*abd"));  // needs a backtrack past the first "ab"
  EXPECT_FALSE(matches_name_pattern("abcab", "*abd"));
  EXPECT_TRUE(matches_name_pattern("", "*"));
  EXPECT_FALSE(matches_name_pattern("", "a*"));
}

}  // namespace
}  // namespace fundpress
