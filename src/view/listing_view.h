// The listings: an index per dimension (sections/, areas/, organisations/,
// years/, and funds/ and priorities/ when the data has them) with each
// value's total, and a page per value with its rows and sub-total.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// sections/index.html, areas/index.html, ...
void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// sections/<slug>/index.html, ...: one page per value that has rows (funds
/// have pages of their own: view/fund_view.h).
void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// The values of `dimension` that have rows, each with its rows: areas with
/// every row inside them, other dimensions as rollup groups them.
/// Organisations in name order, the rest in catalogue order.
std::vector<Group> listed_groups(const Project& project, Dimension dimension);
/// One value's page: its facts, rows and sub-total ("listing"), and the
/// page's frame and navigation.
nlohmann::json listing_item_context(const Project& project, const SitePaths& paths,
                                    Dimension dimension, const Group& group);

}  // namespace fundpress
