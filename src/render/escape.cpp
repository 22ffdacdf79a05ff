#include "render/escape.h"

namespace fundpress {

void append_escaped_html(const std::string& text, std::string* out) {
  std::size_t plain = 0;  // the start of the characters not yet appended, none of them special
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out->append(text, plain, i - plain);
    out->append(entity);
    plain = i + 1;
  }
  out->append(text, plain, std::string::npos);
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

void append_escaped_js_string(const std::string& text, std::string* out) {
  static const char* const hex = "0123456789abcdef";
  std::size_t plain = 0;  // the start of the characters not yet appended, none of them special
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // U+2028 and U+2029 end a line inside older JavaScript string literals.
    bool separator = c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' &&
                     (text[i + 2] == '\xA8' || text[i + 2] == '\xA9');
    bool special =
        c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&';
    if (!separator && !special) continue;
    out->append(text, plain, i - plain);
    if (separator) {
      out->append(text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029");
      i += 2;
    } else {
      char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out->append(escaped, sizeof escaped);
    }
    plain = i + 1;
  }
  out->append(text, plain, std::string::npos);
}

std::string escape_js_string(const std::string& text) {
  std::string out;
  append_escaped_js_string(text, &out);
  return out;
}

}  // namespace fundpress
