#include "check/digit_or_at.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace fundpress {
namespace {

bool is_digit_or_at(char c) { return (c >= '0' && c <= '9') || c == '@'; }

constexpr uint64_t ones = 0x0101010101010101u;
constexpr uint64_t highs = 0x8080808080808080u;

// Whether some byte of `word` is ASCII from '0' (0x30) to '@' (0x40): the
// digits, "@" and ":;<=>?", which the caller then tells apart byte by byte.
// Each byte's low seven bits plus a bias reach 0x80 at the range's ends,
// without carrying into the next byte.
bool may_hold_digit_or_at(uint64_t word) {
  uint64_t low = word & ~highs;
  uint64_t from_zero = low + ones * (0x80 - 0x30);
  uint64_t past_at = low + ones * (0x80 - 0x41);
  return (from_zero & ~past_at & ~word & highs) != 0;
}

}  // namespace

std::size_t find_digit_or_at(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i < text.size()) {
    while (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (may_hold_digit_or_at(word)) break;
      i += 8;
    }
    for (std::size_t stop = std::min(text.size(), i + 8); i < stop; ++i)
      if (is_digit_or_at(text[i])) return i;
  }
  return text.size();
}

}  // namespace fundpress
