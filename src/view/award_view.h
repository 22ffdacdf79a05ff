// awards/<id>/index.html: one page per award, every field it has, and its
// place in its year's report.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

void plan_award_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
