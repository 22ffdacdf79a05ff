// register/: every row, paginated, and the data its script filters, sorts
// and adds up.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// register/index.html, register/page/<n>/index.html.
void plan_register_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// register/awards.js: every row for assets/register.js.
void plan_register_data(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
