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

namespace {

// Each area's direct containers, in index order: containers[start[a], start[a + 1]).
struct Containers {
  std::vector<std::size_t> start;
  std::vector<int> containers;
};

Containers index_containers(const std::vector<Area>& areas) {
  Containers index;
  index.start.assign(areas.size() + 1, 0);
  for (const Area& outer : areas)
    for (int inner : outer.contains) ++index.start[static_cast<std::size_t>(inner) + 1];
  for (std::size_t a = 0; a < areas.size(); ++a) index.start[a + 1] += index.start[a];
  index.containers.resize(index.start.back());
  std::vector<std::size_t> next(index.start.begin(), index.start.end() - 1);
  for (std::size_t outer = 0; outer < areas.size(); ++outer)
    for (int inner : areas[outer].contains)
      index.containers[next[inner]++] = static_cast<int>(outer);
  return index;
}

std::vector<int> walk_up(const Containers& index, int area) {
  // Breadth first up the containment, so the nearest come first.
  std::vector<int> queue = {area};
  std::vector<bool> seen(index.start.size() - 1, false);
  seen[area] = true;
  for (std::size_t at = 0; at < queue.size(); ++at) {
    for (std::size_t c = index.start[queue[at]]; c < index.start[queue[at] + 1]; ++c) {
      int outer = index.containers[c];
      if (seen[outer]) continue;
      seen[outer] = true;
      queue.push_back(outer);
    }
  }
  queue.erase(queue.begin());
  return queue;
}

}  // namespace

std::vector<int> areas_including(const std::vector<Area>& areas, int area) {
  return walk_up(index_containers(areas), area);
}

std::vector<std::vector<int>> areas_including_each(const std::vector<Area>& areas) {
  Containers index = index_containers(areas);
  std::vector<std::vector<int>> including(areas.size());
  for (std::size_t area = 0; area < areas.size(); ++area)
    including[area] = walk_up(index, static_cast<int>(area));
  return including;
}

}  // namespace fundpress
