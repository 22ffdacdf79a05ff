// A fund's page (funds/<slug>/index.html): what the listing shows of any
// value (its facts, rows and sub-total), and what the public should see of the
// fund's rules: the envelope and how much of it each period used (a figure and
// a bar), the award limits, and every line outside them.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

void plan_fund_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// The "fund" part of a fund page's context.
nlohmann::json fund_context(const Project& project, int fund);

}  // namespace fundpress
