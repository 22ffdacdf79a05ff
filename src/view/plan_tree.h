// The priorities page's tree of the plan: aims, their priorities and the
// focus areas under them, each with its total in the latest year.
#pragma once

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "rollup/year_lines.h"
#include "view/site_paths.h"

namespace fundpress {

/// {"heading", "intro", "aims": [{"label", "amount", "priorities": [{"label",
/// "url", "amount", "focus_areas": [...]}]}]}, or null when the plan has no aims.
/// The totals are of the latest year's lines in `years` (YearsRollup::lines).
nlohmann::json plan_tree(const Project& project, const SitePaths& paths, const LinesByYear& years);

}  // namespace fundpress
