#include "model/slug.h"

#include <cctype>
#include <cstdint>

namespace fundpress {
namespace {

// Latin-1 Supplement letters (U+00C0..U+00FF) without their accents.
char strip_accent(uint32_t code_point) {
  static const char* const map =
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF (upper case)
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
  if (code_point < 0xC0 || code_point > 0xFF) return 0;
  char c = map[code_point - 0xC0];
  return std::isalpha(static_cast<unsigned char>(c)) ? c : 0;
}

}  // namespace

std::string slugify(const std::string& text, const std::string& fallback) {
  std::string slug;
  bool hyphen = false;
  auto add = [&](char c) {
    if (hyphen && !slug.empty()) slug += '-';
    hyphen = false;
    slug += c;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c)) {
      add(static_cast<char>(std::tolower(c)));
    } else if (c == 0xC3 && i + 1 < text.size()) {  // two-byte UTF-8 for U+00C0..U+00FF
      char plain = strip_accent(0xC0 + (static_cast<unsigned char>(text[i + 1]) & 0x3F));
      ++i;
      if (plain) add(plain);
      else hyphen = true;
    } else if (c == '\'' || (c == 0xE2 && text.compare(i, 3, "\xE2\x80\x99") == 0)) {
      if (c == 0xE2) i += 2;  // apostrophes join: "Barnardo's" -> "barnardos"
    } else {
      if (c >= 0x80)
        while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
      hyphen = true;
    }
  }
  if (slug.size() > 80) {
    slug.resize(80);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug.empty() ? fallback : slug;
}

}  // namespace fundpress
