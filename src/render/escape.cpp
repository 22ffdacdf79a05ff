#include "render/escape.h"

#include <array>
#include <cstring>
#include <string_view>

namespace fundpress {

void append_escaped_html(const std::string& text, std::string* out) {
  // glibc's strcspn compares sixteen bytes at a time for the next character
  // to escape; it also stops at a NUL inside the text, which is kept as it is.
  const char* data = text.c_str();
  std::size_t at = 0;
  while (true) {
    std::size_t plain = std::strcspn(data + at, "&<>\"'");
    out->append(data + at, plain);
    at += plain;
    if (at >= text.size()) return;
    switch (data[at]) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      default: out->push_back('\0'); break;
    }
    ++at;
  }
}

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped_html(text, &out);
  return out;
}

void append_escaped_markdown(const std::string& text, std::string* out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '&':
      case '#':
      case '!':
        *out += '\\';
        *out += c;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        *out += ' ';
        break;
      case '\n': *out += ' '; break;
      default: *out += c;
    }
  }
}

std::string escape_markdown(const std::string& text) {
  std::string out;
  append_escaped_markdown(text, &out);
  return out;
}

namespace {

// The bytes that may need escaping in a JavaScript string: control
// characters, quotes, the backslash, markup, and 0xE2, the first byte of
// U+2028 and U+2029, which end a line inside older JavaScript strings.
constexpr std::array<bool, 256> js_stops = [] {
  std::array<bool, 256> stops{};
  for (int c = 0; c < 0x20; ++c) stops[c] = true;
  for (unsigned char c : std::string_view("\"'\\<>&\xE2")) stops[c] = true;
  return stops;
}();

}  // namespace

void append_escaped_js_string(const std::string& text, std::string* out) {
  static const char* const hex = "0123456789abcdef";
  const char* data = text.data();
  std::size_t at = 0;
  while (true) {
    std::size_t end = at;
    while (end < text.size() && !js_stops[static_cast<unsigned char>(data[end])]) ++end;
    out->append(data + at, end - at);
    at = end;
    if (at >= text.size()) return;
    unsigned char c = static_cast<unsigned char>(data[at]);
    if (c == 0xE2) {
      bool separator = at + 2 < text.size() && data[at + 1] == '\x80' &&
                       (data[at + 2] == '\xA8' || data[at + 2] == '\xA9');
      if (separator) {
        out->append(data[at + 2] == '\xA8' ? "\\u2028" : "\\u2029");
        at += 3;
      } else {
        out->push_back(data[at++]);
      }
      continue;
    }
    char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
    out->append(escaped, sizeof escaped);
    ++at;
  }
}

std::string escape_js_string(const std::string& text) {
  std::string out;
  append_escaped_js_string(text, &out);
  return out;
}

}  // namespace fundpress
