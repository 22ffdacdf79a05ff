// Finding the bytes a contact detail must contain (an "@" or a digit), eight
// at a time: most text screened for personal data has neither, and a test
// per byte was a tenth of `fundpress check`'s instructions.
#pragma once

#include <cstddef>
#include <string_view>

namespace fundpress {

/// The offset of the first "@" or ASCII digit at or after `from` in `text`,
/// or text.size() when there is none.
std::size_t find_digit_or_at(std::string_view text, std::size_t from);

}  // namespace fundpress
