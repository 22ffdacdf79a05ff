#include "model/money_format.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(FormatAmount, ShowsPenceOnlyWhenNotZeroByDefault) {
  EXPECT_EQ(format_amount(Money{30784900}, -1), "307,849");
  EXPECT_EQ(format_amount(Money{868375}, -1), "8,683.75");
  EXPECT_EQ(format_amount(Money{595000}, -1), "5,950");
  EXPECT_EQ(format_amount(Money{5}, -1), "0.05");
  EXPECT_EQ(format_amount(Money{595000}, 2), "5,950.00");
}

TEST(FormatAmount, RoundsHalfAwayFromZeroOnlyWhenShown) {
  // The printed Prevention sub-total and grand total of Appendix A.
  EXPECT_EQ(format_amount(Money{126940875}, 0), "1,269,409");
  EXPECT_EQ(format_amount(Money{466835875}, 0), "4,668,359");
  EXPECT_EQ(format_amount(Money{150}, 0), "2");
  EXPECT_EQ(format_amount(Money{149}, 0), "1");
  EXPECT_EQ(format_amount(Money{-150}, 0), "-2");
  EXPECT_EQ(format_amount(Money{-149}, 0), "-1");
  EXPECT_EQ(format_amount(Money{-49}, 0), "0") << "no negative zero";
}

TEST(FormatAmount, NegativesInBracketsWhenAsked) {
  EXPECT_EQ(format_amount(Money{-123400}, 0, true), "(1,234)");
  EXPECT_EQ(format_pounds(Money{-123456}, 2, true), "(£1,234.56)");
  EXPECT_EQ(format_pounds(Money{-123456}, 2), "-£1,234.56");
}

TEST(FormatAmount, HandlesTheExtremes) {
  EXPECT_EQ(format_amount(Money{INT64_MAX}, 2), "92,233,720,368,547,758.07");
  EXPECT_EQ(format_amount(Money{INT64_MIN}, 2), "-92,233,720,368,547,758.08");
  EXPECT_EQ(decimal_text(Money{INT64_MIN}), "-92233720368547758.08");
}

TEST(FormatShort, PrintsHeadlineFigures) {
  EXPECT_EQ(format_short(Money{466835875}), "£4.668m");  // "anticipated to be £4.668m"
  EXPECT_EQ(format_short(Money{57553000}), "£576k");     // "grants £576k"
  EXPECT_EQ(format_short(Money{150000000}), "£1.5m");
  EXPECT_EQ(format_short(Money{500000000}), "£5m");
  EXPECT_EQ(format_short(Money{95000}), "£950");
  EXPECT_EQ(format_short(Money{99999950}), "£1m") << "£999,999.50 rounds up into millions";
  EXPECT_EQ(format_short(Money{99950}), "£1k");
  EXPECT_EQ(format_short(Money{123456789012}), "£1.235bn");
  EXPECT_EQ(format_short(Money{-466835875}), "-£4.668m");
  EXPECT_EQ(format_short(Money{0}), "£0");
}

TEST(DecimalText, WritesPlainPounds) {
  EXPECT_EQ(decimal_text(Money{868375}), "8683.75");
  EXPECT_EQ(decimal_text(Money{30784900}), "307849.00");
  EXPECT_EQ(decimal_text(Money{-5}), "-0.05");
}

// A unit above pounds counts units, rounded on the figure shown; the sign
// and the suffix say the unit wherever no heading does.
TEST(FormatAmount, ShowsFiguresInThousandsAndMillions) {
  EXPECT_EQ(format_amount(Money{144823900}, -1, false, 1000), "1,448");
  EXPECT_EQ(format_amount(Money{144850000}, 0, false, 1000),
            "1,449");  // £1,448,500: half away from zero
  EXPECT_EQ(format_amount(Money{-144850000}, 0, true, 1000), "(1,449)");
  EXPECT_EQ(format_amount(Money{-40000}, 0, false, 1000), "0");  // -£400 is no thousand at all
  EXPECT_EQ(format_amount(Money{1225000000}, -1, false, 1000000), "12.3");  // £12.25m
  EXPECT_EQ(format_amount(Money{1224999900}, -1, false, 1000000), "12.2");
  EXPECT_EQ(format_pounds(Money{144823900}, 0, false, 1000),
            "\xC2\xA3"
            "1,448k");
  EXPECT_EQ(format_pounds(Money{-1225000000}, 0, false, 1000000),
            "-\xC2\xA3"
            "12.3m");
  EXPECT_EQ(format_pounds(Money{144823900}, 0, false, 1),
            "\xC2\xA3"
            "1,448,239");
}

}  // namespace
}  // namespace fundpress
