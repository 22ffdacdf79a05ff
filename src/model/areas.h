// Areas within areas: the one walk over Area::contains, for checking that
// containment never loops, for totals that include the areas within, and for
// the register's area filter, and for the wider areas an area page lists.
#pragma once

#include <vector>

#include "model/project.h"

namespace fundpress {

/// The areas inside `area`, directly or not, each once, nearest first;
/// `area` itself is never listed. When `loops` is given it is set to whether
/// the walk comes back to `area` (it contains itself).
std::vector<int> areas_within(const std::vector<Area>& areas, int area, bool* loops = nullptr);

/// The areas that include `area`, directly or not, each once, nearest first
/// (Rutland: "Leicestershire and Rutland", then "LLR"); never `area` itself.
std::vector<int> areas_including(const std::vector<Area>& areas, int area);

/// areas_including's answer for each area, by index: the containment is
/// indexed once for all of them, not once for each.
std::vector<std::vector<int>> areas_including_each(const std::vector<Area>& areas);

}  // namespace fundpress
