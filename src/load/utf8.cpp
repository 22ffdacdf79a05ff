#include "load/utf8.h"

#include <cstdio>

namespace fundpress {

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) {
      length = 3;
      low = 0xA0;
    } else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) {
      length = 3;
      high = 0x9F;
    } else if (c >= 0xEE && c <= 0xEF) length = 3;
    else if (c == 0xF0) {
      length = 4;
      low = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) {
      length = 4;
      high = 0x8F;
    } else return i;
    if (i + length > n) return i;
    if (s[i + 1] < low || s[i + 1] > high) return i;
    for (std::size_t k = 2; k < length; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::size_t find_disallowed_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    if (c == 0x7F) return i;  // DEL
    // C1 controls, U+0080 to U+009F (U+0085 is "next line"): 0xC2 0x80-0x9F.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F)
      return i;
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) == 0xBE ||
         static_cast<unsigned char>(text[i + 2]) == 0xBF))
      return i;
  }
  return std::string_view::npos;
}

std::string disallowed_character_message(std::string_view text, std::size_t offset) {
  unsigned code = static_cast<unsigned char>(text[offset]);
  if (code == 0xEF) code = static_cast<unsigned char>(text[offset + 2]) == 0xBE ? 0xFFFE : 0xFFFF;
  if (code == 0xC2) code = static_cast<unsigned char>(text[offset + 1]);
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", code);
  return std::string("text contains the control character ") + name +
         ", which no web page or workbook can carry; remove it from the file";
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::string utf8_advice(unsigned char bad_byte) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", bad_byte);
  std::string advice = std::string("text is not valid UTF-8 (byte ") + hex + ")";
  if (bad_byte == 0xA3) advice += ", probably a pound sign from a Windows-1252 (ANSI) export";
  return advice + "; save the file as UTF-8 (in Excel: \"CSV UTF-8\")";
}

}  // namespace fundpress
