#include <algorithm>

#include "model/project.h"

namespace fundpress {
namespace {

bool before(const std::pair<Field, std::string>& entry, Field field) { return entry.first < field; }

}  // namespace

const std::string& AwardTexts::of(Field field) const {
  static const std::string none;
  auto found = std::lower_bound(texts_.begin(), texts_.end(), field, before);
  return found != texts_.end() && found->first == field ? found->second : none;
}

void AwardTexts::set(Field field, std::string text) {
  auto found = std::lower_bound(texts_.begin(), texts_.end(), field, before);
  if (found != texts_.end() && found->first == field) {
    if (text.empty()) texts_.erase(found);
    else found->second = std::move(text);
  } else if (!text.empty()) {
    texts_.emplace(found, field, std::move(text));
  }
}

}  // namespace fundpress
