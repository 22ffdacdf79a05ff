#include "check/name_pattern.h"

#include "check/columns.h"

namespace fundpress {

bool matches_name_pattern(const std::string& name, const std::string& pattern) {
  return matches_normalised_pattern(normalise_header(name), normalise_header(pattern));
}

bool matches_normalised_pattern(std::string_view text, std::string_view glob) {
  // Greedy matching with one backtrack point: the last "*" seen.
  std::size_t t = 0, g = 0, star = std::string::npos, resume = 0;
  while (t < text.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = t;
    } else if (g < glob.size() && glob[g] == text[t]) {
      ++g;
      ++t;
    } else if (star != std::string::npos) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

}  // namespace fundpress
