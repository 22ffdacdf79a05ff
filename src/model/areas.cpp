#include "model/areas.h"

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

}  // namespace fundpress
