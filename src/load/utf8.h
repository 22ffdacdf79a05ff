// UTF-8 validation. Every byte that reaches a writer has passed through here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fundpress {

/// Offset of the first byte that does not belong to well-formed UTF-8
/// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or
/// std::string_view::npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

/// Number of Unicode code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

/// The advice printed with an encoding error: most invalid input is a
/// spreadsheet saved as Windows-1252, where 0xA3 is the pound sign.
std::string utf8_advice(unsigned char bad_byte);

}  // namespace fundpress
