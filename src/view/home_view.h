// index.html: headline figures for the latest year, the chart by section,
// links to everything.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

void plan_home(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
