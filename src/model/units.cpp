#include "model/units.h"

#include "model/text.h"

namespace fundpress {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A unit marker found in a text: where it is and what it states.
struct UnitMarker {
  std::size_t begin = 0, end = 0;
  int64_t unit = 0;
};

// The word starting at `at` (letters only, lower-cased) and where it ends.
std::string word_at(std::string_view text, std::size_t at, std::size_t* end) {
  std::string word;
  std::size_t i = at;
  while (i < text.size() && is_letter(text[i])) word += static_cast<char>(text[i++] | 0x20);
  *end = i;
  return word;
}

int64_t unit_of_word(const std::string& word) {
  if (word == "k" || word == "thousand" || word == "thousands") return 1000;
  if (word == "m" || word == "mn" || word == "million" || word == "millions") return 1000000;
  if (word == "bn" || word == "billion" || word == "billions") return 1000000000;
  return 0;
}

// "000", "'000", "000s", "000's" at `at`: thousands. Returns the end, or `at`.
std::size_t thousands_at(std::string_view text, std::size_t at) {
  std::size_t i = at;
  if (i < text.size() && text[i] == '\'') ++i;
  if (text.substr(i, 3) != "000" || (i + 3 < text.size() && is_digit(text[i + 3]))) return at;
  i += 3;
  if (text.substr(i, 2) == "'s") i += 2;
  else if (i < text.size() && (text[i] == 's' || text[i] == 'S')) ++i;
  if (i < text.size() && text[i] == '\'') ++i;
  return i < text.size() && is_letter(text[i]) ? at : i;
}

UnitMarker find_unit(std::string_view text) {
  const std::string_view pound = "\xC2\xA3";
  // Every marker begins with a pound sign or a bracket: most cells (every
  // cell of every line is asked) have neither, and are settled in two scans.
  if (text.find('(') == std::string_view::npos && text.find(pound) == std::string_view::npos)
    return UnitMarker{};
  for (std::size_t at = 0; at < text.size(); ++at) {
    UnitMarker marker;
    marker.begin = at;
    if (text.substr(at, 2) == pound) {
      std::size_t i = at + 2;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\'')) ++i;
      std::size_t end = thousands_at(text, i);
      if (end != i) return UnitMarker{at, end, 1000};
      std::string word = word_at(text, i, &end);
      if (int64_t unit = unit_of_word(word)) return UnitMarker{at, end, unit};
      // "£" alone states pounds; "£12" is a figure, not a heading's unit.
      if (word.empty() && (i >= text.size() || !is_digit(text[i])))
        return UnitMarker{at, at + 2, 1};
      continue;
    }
    if (text[at] == '(') {
      std::size_t i = at + 1, end;
      while (i < text.size() && text[i] == ' ') ++i;
      end = thousands_at(text, i);
      int64_t unit = end != i ? 1000 : 0;
      if (!unit) unit = unit_of_word(word_at(text, i, &end));
      if (unit == 0 || (end - i == 1 && text[i] != '0')) continue;  // "(k)", "(m)" say too little
      while (end < text.size() && text[end] == ' ') ++end;
      if (end < text.size() && text[end] == ')') return UnitMarker{at, end + 1, unit};
    }
  }
  return UnitMarker{};
}

}  // namespace

int64_t stated_unit(std::string_view text) { return find_unit(text).unit; }

std::string without_unit(std::string_view text) {
  UnitMarker marker = find_unit(text);
  if (marker.unit == 0) return trim(text);
  std::size_t begin = marker.begin, end = marker.end;
  // "Grant (£000s)": the brackets go with the unit they hold.
  if (begin > 0 && text[begin - 1] == '(' && end < text.size() && text[end] == ')') {
    --begin;
    ++end;
  }
  std::string out = trim(std::string(text.substr(0, begin)) + " " + std::string(text.substr(end)));
  while (!out.empty() && (out.back() == ',' || out.back() == ':' || out.back() == '-'))
    out = trim(out.substr(0, out.size() - 1));
  std::string collapsed;
  for (char c : out)
    if (!(c == ' ' && !collapsed.empty() && collapsed.back() == ' ')) collapsed += c;
  return collapsed;
}

const char* unit_marker(int64_t unit) {
  switch (unit) {
    case 1000:
      return "\xC2\xA3"
             "000s";
    case 1000000: return "\xC2\xA3m";
    case 1000000000:
      return "\xC2\xA3"
             "bn";
    default: return "\xC2\xA3";
  }
}

}  // namespace fundpress
