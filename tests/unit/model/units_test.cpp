#include "model/units.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(Units, TakesTheUnitOutOfALabel) {
  EXPECT_EQ(without_unit("Grant (£000s)"), "Grant");
  EXPECT_EQ(without_unit("2019/20 £m"), "2019/20");
  EXPECT_EQ(without_unit("17/18 proposed costs (£)"), "17/18 proposed costs");
  EXPECT_EQ(without_unit("Total (£ thousands)"), "Total");
  EXPECT_EQ(without_unit("£000s"), "");
  EXPECT_EQ(without_unit("  Victims  "), "Victims");
  EXPECT_EQ(without_unit("Grants over £1m"), "Grants over £1m") << "a figure, not a unit";
}

TEST(Units, NamesTheUnitAHeadingStates) {
  EXPECT_EQ(stated_unit("2019/20 \xC2\xA3"
                        "000s"),
            1000);
  EXPECT_EQ(stated_unit("Budget (\xC2\xA3m)"), 1000000);
  EXPECT_EQ(stated_unit("Amount (\xC2\xA3)"), 1);
  EXPECT_EQ(stated_unit("Amount"), 0);
  EXPECT_STREQ(unit_marker(1), "\xC2\xA3");
  EXPECT_STREQ(unit_marker(1000),
               "\xC2\xA3"
               "000s");
  EXPECT_STREQ(unit_marker(1000000), "\xC2\xA3m");
}

}  // namespace
}  // namespace fundpress
