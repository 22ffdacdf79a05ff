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

/// Offset of the first character no output can carry, or npos: C0 control
/// characters other than tab, line feed and carriage return, and the
/// noncharacters U+FFFE and U+FFFF (none of which XML 1.0 allows, so a
/// workbook holding one is corrupt). `text` must be valid UTF-8.
std::size_t find_disallowed_character(std::string_view text);

/// "text contains the control character U+0007, which ..." for the character at `offset`.
std::string disallowed_character_message(std::string_view text, std::size_t offset);

/// Number of Unicode code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

/// The advice printed with an encoding error: most invalid input is a
/// spreadsheet saved as Windows-1252, where 0xA3 is the pound sign.
std::string utf8_advice(unsigned char bad_byte);

}  // namespace fundpress
