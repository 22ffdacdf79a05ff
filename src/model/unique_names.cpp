#include "model/unique_names.h"

#include <utility>

#include "model/text.h"

namespace fundpress {

UniqueNames::UniqueNames(std::string before, std::string after, bool ignore_case)
    : before_(std::move(before)), after_(std::move(after)), ignore_case_(ignore_case) {}

std::string UniqueNames::key(const std::string& name) const {
  return ignore_case_ ? ascii_lower(name) : name;
}

void UniqueNames::reserve(const std::string& name) { taken_.insert(key(name)); }

std::string UniqueNames::take(const std::string& base) {
  if (taken_.insert(key(base)).second) return base;
  // A numbered form may already be taken as a name of its own ("x-2" given
  // before the second "x"); the counter only moves forward past it.
  int& n = next_.emplace(key(base), 2).first->second;
  std::string name;
  do {
    name = base + before_ + std::to_string(n++) + after_;
  } while (!taken_.insert(key(name)).second);
  return name;
}

}  // namespace fundpress
