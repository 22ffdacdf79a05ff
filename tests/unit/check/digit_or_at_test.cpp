#include "check/digit_or_at.h"

#include <gtest/gtest.h>

#include <string>

namespace fundpress {
namespace {

// The same, a byte at a time.
std::size_t plainly(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i)
    if ((text[i] >= '0' && text[i] <= '9') || text[i] == '@') return i;
  return text.size();
}

TEST(DigitOrAt, FindsTheFirstDigitOrAtSign) {
  EXPECT_EQ(find_digit_or_at("Victim support services in the county 2024", 0), 38u);
  EXPECT_EQ(find_digit_or_at("write to help@example.org", 0), 13u);
  EXPECT_EQ(find_digit_or_at("a1b2", 2), 3u);
  EXPECT_EQ(find_digit_or_at("no figures here at all, none", 0), 28u);
  EXPECT_EQ(find_digit_or_at("", 0), 0u);
}

TEST(DigitOrAt, PassesOverItsNeighboursAndNonAsciiBytes) {
  // ":;<=>?" lie between the digits and "@"; "/" and "A" just outside; 0xB0 and
  // 0xC0 are "0" and "@" with the high bit set.
  EXPECT_EQ(find_digit_or_at(":;<=>?:;<=>?/A\xB0\xC0\xB9 7", 0), 18u);
}

TEST(DigitOrAt, AgreesWithAByteAtATimeSearch) {
  // Every byte value at every place in texts of up to 20 letters, searched from every offset.
  for (int byte = 0; byte < 256; ++byte)
    for (std::size_t length = 1; length <= 20; ++length)
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'x');
        text[at] = static_cast<char>(byte);
        for (std::size_t from = 0; from <= length; ++from)
          ASSERT_EQ(find_digit_or_at(text, from), plainly(text, from))
              << "byte " << byte << " at " << at << " from " << from;
      }
}

}  // namespace
}  // namespace fundpress
