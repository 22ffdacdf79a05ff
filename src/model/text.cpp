#include "model/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

namespace fundpress {

std::string_view trimmed_view(std::string_view text) {
  // Plain tests, not find_first_not_of, which searches its set once per byte:
  // every cell of every row is trimmed.
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string trim(std::string_view text) { return std::string(trimmed_view(text)); }

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string ascii_lower(std::string_view text) {
  std::string out;
  append_ascii_lower(text, &out);
  return out;
}

void append_ascii_lower(std::string_view text, std::string* out) {
  std::size_t from = out->size();
  out->append(text);
  for (std::size_t i = from; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

bool contains_ignoring_case(std::string_view text, std::string_view word) {
  if (word.empty()) return true;
  if (word.size() > text.size()) return false;
  // The first letter alone is tested at each place; the rest only where it matches.
  const std::size_t last = text.size() - word.size();
  for (std::size_t i = 0; i <= last; ++i) {
    if ((text[i] | 0x20) != word[0]) continue;
    std::size_t k = 1;
    while (k < word.size() && (text[i + k] | 0x20) == word[k]) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

std::size_t count_lines(std::string_view text) {
  std::size_t lines = 0;
  const char* at = text.data();
  const char* end = text.data() + text.size();
  while (at < end) {
    const void* found = std::memchr(at, '\n', static_cast<std::size_t>(end - at));
    if (!found) break;
    ++lines;
    at = static_cast<const char*>(found) + 1;
  }
  return lines;
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string fold_case(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return ascii_lower(text);
  utf8proc_uint8_t* folded = nullptr;
  utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (length < 0) return ascii_lower(text);
  std::string out(reinterpret_cast<char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return out;
}

}  // namespace fundpress
