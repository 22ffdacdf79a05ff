#include "model/year_label.h"

#include <cstdio>

#include "model/text.h"

namespace fundpress {
namespace {

const char* const placeholders[] = {"{year}", "{yy/yy}", "{yyyy-yy}", "{yy-yy}"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int number(const std::string& text, std::size_t at, std::size_t digits) {
  int value = 0;
  for (std::size_t i = 0; i < digits; ++i) value = value * 10 + (text[at + i] - '0');
  return value;
}

// The digits at `at` run for exactly `digits` characters, not inside a longer number.
bool digits_at(const std::string& text, std::size_t at, std::size_t digits) {
  if (at + digits > text.size() || (at > 0 && is_digit(text[at - 1]))) return false;
  for (std::size_t i = 0; i < digits; ++i)
    if (!is_digit(text[at + i])) return false;
  return at + digits == text.size() || !is_digit(text[at + digits]);
}

// The placeholder of a year written at `at` ("17/18": "{yy/yy}"), its length in *length; or null.
const char* year_at(const std::string& text, std::size_t at, std::size_t* length) {
  for (std::size_t first : {std::size_t{4}, std::size_t{2}}) {
    if (!digits_at(text, at, first) || at + first + 3 > text.size()) continue;
    char separator = text[at + first];
    if ((separator != '/' && separator != '-') || !digits_at(text, at + first + 1, 2)) continue;
    if ((number(text, at + first - 2, 2) + 1) % 100 != number(text, at + first + 1, 2)) continue;
    *length = first + 3;
    if (first == 4) return separator == '/' ? placeholders[0] : placeholders[2];
    return separator == '/' ? placeholders[1] : placeholders[3];
  }
  return nullptr;
}

// The first placeholder in `text`: its position and which, or npos.
std::size_t find_placeholder(const std::string& text, const char** which) {
  std::size_t best = std::string::npos;
  for (const char* placeholder : placeholders) {
    std::size_t at = text.find(placeholder);
    if (at < best) {
      best = at;
      *which = placeholder;
    }
  }
  return best;
}

}  // namespace

std::string year_template(const std::string& label) {
  if (has_year_placeholder(label)) return label;
  for (std::size_t at = 0; at < label.size(); ++at) {
    std::size_t length = 0;
    if (const char* placeholder = year_at(label, at, &length))
      return label.substr(0, at) + placeholder + label.substr(at + length);
  }
  return label;
}

bool has_year_placeholder(const std::string& text) {
  const char* which = nullptr;
  return find_placeholder(text, &which) != std::string::npos;
}

std::string fill_year(const std::string& text, FinancialYear year) {
  const char* which = nullptr;
  std::size_t at = find_placeholder(text, &which);
  if (at == std::string::npos) return text;
  std::string placeholder = which;
  char written[16];
  int end = (year.start + 1) % 100;
  if (placeholder == "{year}") std::snprintf(written, sizeof written, "%04d/%02d", year.start, end);
  else if (placeholder == "{yy/yy}")
    std::snprintf(written, sizeof written, "%02d/%02d", year.start % 100, end);
  else if (placeholder == "{yyyy-yy}")
    std::snprintf(written, sizeof written, "%04d-%02d", year.start, end);
  else std::snprintf(written, sizeof written, "%02d-%02d", year.start % 100, end);
  return fill_year(text.substr(0, at) + written + text.substr(at + placeholder.size()), year);
}

std::string strip_year(const std::string& text) {
  const char* which = nullptr;
  std::size_t at = find_placeholder(text, &which);
  if (at == std::string::npos) return text;
  std::string rest = text.substr(0, at) + text.substr(at + std::string(which).size());
  std::string out;
  for (char c : trim(rest))
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return strip_year(out);
}

}  // namespace fundpress
