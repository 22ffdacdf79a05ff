#include "model/areas.h"

#include <algorithm>

namespace fundpress {

std::vector<int> areas_within(const std::vector<Area>& areas, int area, bool* loops) {
  // Breadth first from `area`, so the nearest come first; the queue is the answer.
  std::vector<int> queue = {area};
  std::vector<bool> seen(areas.size(), false);
  seen[area] = true;
  bool back = false;
  for (std::size_t at = 0; at < queue.size(); ++at) {
    for (int child : areas[queue[at]].contains) {
      back |= child == area;
      if (seen[child]) continue;
      seen[child] = true;
      queue.push_back(child);
    }
  }
  if (loops) *loops = back;
  queue.erase(queue.begin());
  return queue;
}

std::vector<int> areas_including(const std::vector<Area>& areas, int area) {
  // Breadth first up the containment, so the nearest come first.
  std::vector<int> queue = {area};
  std::vector<bool> seen(areas.size(), false);
  seen[area] = true;
  for (std::size_t at = 0; at < queue.size(); ++at) {
    for (std::size_t outer = 0; outer < areas.size(); ++outer) {
      if (seen[outer]) continue;
      const std::vector<int>& inner = areas[outer].contains;
      if (std::find(inner.begin(), inner.end(), queue[at]) == inner.end()) continue;
      seen[outer] = true;
      queue.push_back(static_cast<int>(outer));
    }
  }
  queue.erase(queue.begin());
  return queue;
}

}  // namespace fundpress
