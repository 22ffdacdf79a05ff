// register/: every row, paginated, and the data its script filters, sorts
// and adds up.
#pragma once

#include <cstddef>
#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// register/index.html, register/page/<n>/index.html.
void plan_register_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// The most rows the register's script filters, sorts and adds up in the
/// browser: past it (a national register) a browser could not hold every row,
/// so the pages offer no filtering and point to the search and the downloads.
constexpr std::size_t register_filter_limit = 200000;

/// register/awards.js for assets/register.js: every row when they fit in one
/// part of site.register_shard_rows rows; else the count and where each part is.
void plan_register_data(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// register/data/<n>.js: the rows of part n, in order, when there are two or more parts.
void plan_register_parts(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
