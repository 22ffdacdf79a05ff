// The plan's tree with a total at each level: aims, their priorities and the
// priorities' focus areas. A line counts once, under its primary priority
// (and the focus area it names there), so each level adds up to the one above.
#pragma once

#include <cstddef>
#include <vector>

#include "model/project.h"
#include "rollup/rollup.h"

namespace fundpress {

struct PlanTotals {
  std::vector<Total> aims;                     // by Project::aims index
  std::vector<Total> priorities;               // by Project::priorities index
  std::vector<std::vector<Total>> focus_areas;  // by priority, then its focus area
  /// Each priority's lines that name the priority itself, not a focus area.
  std::vector<Total> priority_itself;
};

/// The totals of `awards` at each level of the plan.
PlanTotals plan_totals(const Project& project, const std::vector<std::size_t>& awards);

}  // namespace fundpress
