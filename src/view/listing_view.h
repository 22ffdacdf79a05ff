// The listings: an index per dimension (sections/, areas/, organisations/,
// years/, and funds/ and priorities/ when the data has them) with each
// value's total, and a page per value with its rows and sub-total.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// sections/index.html, areas/index.html, ...
void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// sections/<slug>/index.html, ...: one page per value that has rows.
void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
