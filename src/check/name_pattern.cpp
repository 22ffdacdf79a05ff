#include "check/name_pattern.h"

#include "check/columns.h"

namespace fundpress {

bool matches_name_pattern(const std::string& name, const std::string& pattern) {
  const std::string text = normalise_header(name);
  const std::string glob = normalise_header(pattern);
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
