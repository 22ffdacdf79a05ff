#include "check/column_heading.h"

#include <vector>

#include "model/text.h"

namespace fundpress {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The separators of "2019/20": slash, hyphen, en dash, em dash. Returns the
// separator's length at `at`, or 0.
std::size_t separator_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '/' || text[at] == '-') return 1;
  if (text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94") return 3;
  return 0;
}

std::size_t digits_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - at;
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Every "first/second" pair of consecutive years in `text`, as start years.
std::vector<int> financial_years_in(std::string_view text) {
  std::vector<int> years;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) continue;
    std::size_t first = digits_at(text, i);
    std::size_t sep_at = i + first, sep = separator_at(text, sep_at);
    // A date ("04/05/2017") is not a year: its first part follows a separator too.
    bool after_separator =
        i > 0 && separator_at(text, i - 1) == 1 && i > 1 && is_digit(text[i - 2]);
    if ((first != 2 && first != 4) || sep == 0 || after_separator) {
      i += first - 1;
      continue;
    }
    std::size_t second_at = sep_at + sep, second = digits_at(text, second_at);
    std::size_t end = second_at + second;
    bool date_follows =
        separator_at(text, end) != 0 && end + 1 < text.size() && is_digit(text[end + 1]);
    if (second == 0 || second == 3 || second > 4 || date_follows) {
      i = end > i ? end - 1 : i;
      continue;
    }
    int start = number(text.substr(i, first));
    if (first == 2) start += start >= 90 ? 1900 : 2000;
    int next = number(text.substr(second_at, second));
    int modulus = second == 4 ? 100000 : second == 2 ? 100 : 10;
    if (next == (start + 1) % modulus) years.push_back(start);
    i = end - 1;
  }
  return years;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (is_letter(c)) {
      word += static_cast<char>(c | 0x20);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// A budget word decides over "actual": an "Actual Budget" is the budget set.
bool read_measure(std::string_view text, Measure* measure) {
  bool proposed = false, awarded = false, paid = false;
  for (const std::string& w : words_of(text)) {
    for (const char* word :
         {"budget", "budgeted", "budgets", "forecast", "forecasts", "proposed", "estimate",
          "estimates", "estimated", "plan", "planned", "provisional", "projected", "projection"})
      proposed |= w == word;
    for (const char* word : {"awarded", "award", "awards", "allocation", "allocations", "allocated",
                             "approved", "committed"})
      awarded |= w == word;
    for (const char* word :
         {"actual", "actuals", "outturn", "spent", "spend", "paid", "payments", "expenditure"})
      paid |= w == word;
  }
  if (proposed) *measure = Measure::proposed;
  else if (awarded) *measure = Measure::awarded;
  else if (paid) *measure = Measure::paid;
  return proposed || awarded || paid;
}

}  // namespace

ColumnHeading read_column_heading(std::string_view text) {
  ColumnHeading heading;
  std::vector<int> years = financial_years_in(text);
  if (years.size() == 1) {
    heading.has_year = true;
    heading.year = FinancialYear{years[0]};
  }
  heading.has_measure = read_measure(text, &heading.measure);
  heading.unit = stated_unit(text);
  return heading;
}

}  // namespace fundpress
