#include "check/parse_money.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

struct Accepted {
  const char* text;
  int64_t unit;
  int64_t pence;
};

class AcceptedMoney : public testing::TestWithParam<Accepted> {};

TEST_P(AcceptedMoney, ParsesToExactPence) {
  Money value;
  std::string error;
  ASSERT_TRUE(parse_money(GetParam().text, GetParam().unit, &value, &error))
      << GetParam().text << ": " << error;
  EXPECT_EQ(value.pence, GetParam().pence) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, AcceptedMoney,
    testing::Values(Accepted{"307,849", 1, 30784900}, Accepted{"8,683.75", 1, 868375},
                    Accepted{"£1,234", 1, 123400}, Accepted{"1234.5", 1, 123450},
                    Accepted{"-1,234", 1, -123400}, Accepted{"(1,234.00)", 1, -123400},
                    Accepted{"5,950.00", 1, 595000}, Accepted{"0", 1, 0},
                    Accepted{"  42 ", 1, 4200}, Accepted{"\xC2\xA0" "42\xC2\xA0", 1, 4200},
                    Accepted{"-£1,234", 1, -123400}, Accepted{"£-1,234", 1, -123400},
                    Accepted{"(£1,234)", 1, -123400}, Accepted{"\xE2\x88\x92" "5", 1, -500},
                    Accepted{"1,234,567.89", 1, 123456789}, Accepted{"+7", 1, 700},
                    // "amount_unit": 1000, as in accounts printed in thousands.
                    Accepted{"(153,890)", 1000, -15389000000}, Accepted{"1.5", 1000, 150000},
                    Accepted{"0.00001", 1000, 1},
                    // The largest amount that fits: INT64_MAX pence.
                    Accepted{"92,233,720,368,547,758.07", 1, INT64_MAX}));

struct Rejected {
  const char* text;
  const char* message;
};

class RejectedMoney : public testing::TestWithParam<Rejected> {};

TEST_P(RejectedMoney, SaysWhy) {
  Money value{-1};
  std::string error;
  EXPECT_FALSE(parse_money(GetParam().text, 1, &value, &error)) << GetParam().text;
  EXPECT_EQ(error, GetParam().message);
  EXPECT_EQ(value.pence, -1) << "a rejected amount leaves the value untouched";
}

INSTANTIATE_TEST_SUITE_P(
    Forms, RejectedMoney,
    testing::Values(
        Rejected{"12.345", "amount \"12.345\" has more than two decimal places"},
        Rejected{"1,23", "amount \"1,23\" has a misplaced thousands separator"},
        Rejected{"1234,567", "amount \"1234,567\" has a misplaced thousands separator"},
        Rejected{",123", "amount \",123\" has a misplaced thousands separator"},
        Rejected{"TBC", "amount \"TBC\" is not a number"},
        Rejected{"", "amount is empty"},
        Rejected{"   ", "amount is empty"},
        Rejected{"£", "amount \"£\" has no digits"},
        Rejected{"1.2.3", "amount \"1.2.3\" is not a number: it has more than one decimal point"},
        Rejected{"12.", "amount \"12.\" needs digits on both sides of the decimal point"},
        Rejected{".5", "amount \".5\" needs digits on both sides of the decimal point"},
        Rejected{"--5", "amount \"--5\" is not a number"},
        Rejected{"1e3", "amount \"1e3\" is not a number"},
        Rejected{"12 345", "amount \"12 345\" is not a number"},
        Rejected{"92,233,720,368,547,758.08", "amount \"92,233,720,368,547,758.08\" is too large to hold exactly"},
        Rejected{"99999999999999999999", "amount \"99999999999999999999\" is too large to hold exactly"}));

TEST(ParseMoney, ThousandsAllowOnlyWholePence) {
  Money value;
  std::string error;
  EXPECT_FALSE(parse_money("1.000001", 1000, &value, &error));
  EXPECT_EQ(error, "amount \"1.000001\" has more decimal places than whole pence allow");
}

}  // namespace
}  // namespace fundpress
