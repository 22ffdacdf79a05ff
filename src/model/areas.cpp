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

std::vector<int> areas_including(const std::vector<Area>& areas, int area) {
  // Each area's direct containers, in index order, found once: asking every
  // area at each step of the walk cost areas squared per call.
  std::vector<std::size_t> start(areas.size() + 1, 0);
  for (const Area& outer : areas)
    for (int inner : outer.contains) ++start[static_cast<std::size_t>(inner) + 1];
  for (std::size_t a = 0; a < areas.size(); ++a) start[a + 1] += start[a];
  std::vector<int> containers(start.back());
  std::vector<std::size_t> next(start.begin(), start.end() - 1);
  for (std::size_t outer = 0; outer < areas.size(); ++outer)
    for (int inner : areas[outer].contains) containers[next[inner]++] = static_cast<int>(outer);
  // Breadth first up the containment, so the nearest come first.
  std::vector<int> queue = {area};
  std::vector<bool> seen(areas.size(), false);
  seen[area] = true;
  for (std::size_t at = 0; at < queue.size(); ++at) {
    for (std::size_t c = start[queue[at]]; c < start[queue[at] + 1]; ++c) {
      int outer = containers[c];
      if (seen[outer]) continue;
      seen[outer] = true;
      queue.push_back(outer);
    }
  }
  queue.erase(queue.begin());
  return queue;
}

}  // namespace fundpress
