#include "check/parse_money.h"

#include <gtest/gtest.h>

#include "model/text.h"

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
                    Accepted{"  42 ", 1, 4200},
                    Accepted{"\xC2\xA0"
                             "42\xC2\xA0",
                             1, 4200},
                    Accepted{"-£1,234", 1, -123400}, Accepted{"£-1,234", 1, -123400},
                    Accepted{"(£1,234)", 1, -123400},
                    Accepted{"\xE2\x88\x92"
                             "5",
                             1, -500},
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
        Rejected{"TBC",
                 "amount \"TBC\" is not a number; if the figure is not known yet, give "
                 "the row a status such as \"To be confirmed\" and list it in "
                 "\"unknown_amount_statuses\""},
        Rejected{"12.3x",
                 "amount \"12.3x\" is not a number: \"x\" is not a unit (a cell may end "
                 "in k, m or bn; a column's unit goes in its heading, such as \"£000s\", "
                 "or in \"amount_unit\")"},
        Rejected{"$500", "amount \"$500\" is not a number"},
        Rejected{"4.4%", "amount \"4.4%\" is a percentage, not money"},
        Rejected{"-", "amount \"-\" has no digits"},
        Rejected{"(-5)", "amount \"(-5)\" is both in brackets and signed; write one or the other"},
        Rejected{"", "amount is empty"}, Rejected{"   ", "amount is empty"},
        Rejected{"£", "amount \"£\" has no digits"},
        Rejected{"1.2.3", "amount \"1.2.3\" is not a number: it has more than one decimal point"},
        Rejected{"12.", "amount \"12.\" needs digits on both sides of the decimal point"},
        Rejected{".5", "amount \".5\" needs digits on both sides of the decimal point"},
        Rejected{"--5", "amount \"--5\" is not a number"},
        Rejected{"1e3", "amount \"1e3\" is not a number"},
        Rejected{"92,233,720,368,547,758.08",
                 "amount \"92,233,720,368,547,758.08\" is too large to hold exactly"},
        Rejected{"99999999999999999999",
                 "amount \"99999999999999999999\" is too large to hold exactly"}));

TEST(ParseMoney, ThousandsAllowOnlyWholePence) {
  Money value;
  std::string error;
  EXPECT_FALSE(parse_money("1.000001", 1000, &value, &error));
  EXPECT_EQ(error, "amount \"1.000001\" has more decimal places than whole pence allow");
}

// Per-cell units, percentages and nil, with the step of the last digit printed.
struct Read {
  const char* text;
  int64_t unit;
  AmountKind kind;
  int64_t pence;    // money and nil
  int64_t step;     // money: pence per last digit
  int64_t percent;  // percentage: times 10^decimals
  int decimals;
};

class ReadAmount : public testing::TestWithParam<Read> {};

TEST_P(ReadAmount, ReadsKindValueAndPrecision) {
  const Read& r = GetParam();
  AmountText amount;
  std::string error;
  ASSERT_TRUE(read_amount(r.text, r.unit, &amount, &error)) << r.text << ": " << error;
  EXPECT_EQ(amount.kind, r.kind) << r.text;
  if (r.kind == AmountKind::percentage) {
    EXPECT_EQ(amount.percent, r.percent) << r.text;
    EXPECT_EQ(amount.decimals, r.decimals) << r.text;
  } else {
    EXPECT_EQ(amount.value.pence, r.pence) << r.text;
  }
  if (r.kind == AmountKind::money) {
    EXPECT_EQ(amount.step, r.step) << r.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ReadAmount,
    testing::Values(Read{"£12.3m", 1, AmountKind::money, 1230000000, 10000000, 0, 1},
                    Read{"£98,450k", 1, AmountKind::money, 9845000000, 100000, 0, 0},
                    Read{"£1.2bn", 1, AmountKind::money, 120000000000, 10000000000, 0, 1},
                    Read{"12.3 million", 1, AmountKind::money, 1230000000, 10000000, 0, 1},
                    Read{"£512,000", 1, AmountKind::money, 51200000, 100, 0, 0},
                    Read{"(2.5M)", 1, AmountKind::money, -250000000, 10000000, 0, 1},
                    Read{"153,890", 1000, AmountKind::money, 15389000000, 100000, 0, 0},
                    Read{"£12.3m", 1000, AmountKind::money, 1230000000, 10000000, 0,
                         1},  // the cell says
                    Read{"8,683.75", 1, AmountKind::money, 868375, 1, 0, 2},
                    Read{"4.4%", 1, AmountKind::percentage, 0, 0, 44, 1},
                    Read{"(12%)", 1, AmountKind::percentage, 0, 0, -12, 0},
                    Read{"-", 1, AmountKind::nil, 0, 0, 0, 0},
                    Read{"\xE2\x80\x93", 1, AmountKind::nil, 0, 0, 0, 0},
                    Read{"Nil", 1, AmountKind::nil, 0, 0, 0, 0},
                    Read{"  ", 1, AmountKind::empty, 0, 0, 0, 0}));

TEST(ReadAmount, OddFormsAreReadWithAWarning) {
  struct Odd {
    const char* text;
    int64_t pence;
    std::vector<std::string> warnings;
  };
  for (const Odd& odd : {Odd{"(1, 234)", -123400, {"a space inside the number"}},
                         Odd{"12 345", 1234500, {"a space inside the number"}},
                         Odd{"1\xC2\xA0"
                             "234",
                             123400,
                             {"a space inside the number"}},
                         Odd{"\xE2\x88\x92"
                             "5",
                             -500,
                             {"a Unicode minus sign"}},
                         Odd{"(£1,234)", -123400, {"a pound sign inside the brackets"}},
                         Odd{"£(1,234)", -123400, {}},
                         Odd{" \xC2\xA0"
                             "42 ",
                             4200,
                             {}}}) {
    AmountText amount;
    std::string error;
    ASSERT_TRUE(read_amount(odd.text, 1, &amount, &error)) << odd.text << ": " << error;
    EXPECT_EQ(amount.value.pence, odd.pence) << odd.text;
    EXPECT_EQ(amount.warnings, odd.warnings) << odd.text;
  }
}

TEST(ReadAmount, RoundingIsHalfAStepOnlyForFiguresInUnits) {
  AmountText amount;
  std::string error;
  ASSERT_TRUE(read_amount("£12.3m", 1, &amount, &error));
  EXPECT_EQ(rounding_of(amount), 5000000) << "£12.3m is £12,250,000 to £12,350,000";
  ASSERT_TRUE(read_amount("1,269,409", 1, &amount, &error));
  EXPECT_EQ(rounding_of(amount), 0) << "whole pounds are exact";
  ASSERT_TRUE(read_amount("4,668", 1000, &amount, &error));
  EXPECT_EQ(rounding_of(amount), 50000) << "£000s: £500 either way";
}

TEST(ReadAmount, TooManyDecimalsForTheUnit) {
  AmountText amount;
  std::string error;
  EXPECT_FALSE(read_amount("1.2345678901m", 1, &amount, &error));
  EXPECT_EQ(error, "amount \"1.2345678901m\" has more decimal places than whole pence allow");
  EXPECT_TRUE(read_amount("1.23456789m", 1, &amount, &error)) << error;
  EXPECT_EQ(amount.value.pence, 123456789);
}

// is_figure settles texts without a digit by this alone: it must agree with read_amount.
TEST(ReadsAsNil, AgreesWithReadAmountOnTextsWithoutDigits) {
  for (const char* text : {"-", " - ", "\xE2\x80\x93", "\xE2\x80\x94", "nil", "NIL", "\xC2\xA0Nil ",
                           "", "--", "nil.", "TBC", "To be confirmed", "%", "k", ",", ",,", ".",
                           ".,", "\xC2\xA3", "(-)", "n/a", "None"}) {
    AmountText amount;
    std::string error;
    bool nil = read_amount(text, 1, &amount, &error) && amount.kind == AmountKind::nil;
    EXPECT_EQ(reads_as_nil(text), nil) << in_quotes(text);
    EXPECT_TRUE(nil || !read_amount(text, 1, &amount, &error) || amount.kind == AmountKind::empty)
        << in_quotes(text) << " is a figure without a digit";
  }
}

}  // namespace
}  // namespace fundpress
