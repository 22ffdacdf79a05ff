// The listings: an index per dimension (sections/, areas/, organisations/,
// years/, and funds/ and priorities/ when the data has them) with each
// value's total, and a page per value with its rows and sub-total.
#pragma once

#include <vector>

#include "rollup/rollup.h"
#include "rollup/years.h"
#include "view/site_plan.h"

namespace fundpress {

/// The values of `dimension` that have a page, each with its rows (an area:
/// every row inside it), in the order the index lists them. An area with no
/// rows of its own or inside it has a page when a wider area's rows cover it.
std::vector<Group> listed_groups(const Project& project, Dimension dimension);

/// sections/index.html, areas/index.html, ...
void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// sections/<slug>/index.html, ...: one page per value that has rows (funds
/// have pages of their own: view/fund_view.h).
void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// One value's page: its facts, rows and sub-total ("listing"), and the
/// page's frame and navigation. With several years (`years` given), its
/// totals year by year and its rows under each year with that year's
/// sub-total: years are never added together.
nlohmann::json listing_item_context(const Project& project, const SitePaths& paths,
                                    Dimension dimension, const Group& group,
                                    const YearsRollup* years = nullptr);

}  // namespace fundpress
