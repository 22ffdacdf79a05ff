// A fund's page (funds/<slug>/index.html): what the listing shows of any
// value (its facts, rows and sub-total), and what the public should see of the
// fund's rules: the envelope and how much of it each period used (a figure and
// a bar), the award limits, and every line outside them: a fund whose lines
// take several pages lists, on each, the breaches of the lines it lists.
#pragma once

#include <cstddef>
#include <vector>

#include "view/site_plan.h"

namespace fundpress {

void plan_fund_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// "£1,000 to £10,000", "up to £2,500", or "" when the fund states no limits.
std::string fund_limits_text(const Project& project, int fund);
/// How much of its envelope a fund used in its latest period with awards
/// (`use`, from YearsRollup::funds): "70% of £30,000 (2017/18 to 2019/20)";
/// "" when it states no envelope.
std::string envelope_use_text(const Project& project, const FundUse& use);

/// The "fund" part of page `page` of a fund's pages: page 1 has the fund's
/// rules and envelope (`use`, its YearsRollup::funds); each page lists
/// `breaches` (indices into Project::breaches, in order), those of the lines it lists.
nlohmann::json fund_context(const Project& project, int fund, const FundUse& use, int page,
                            int pages, const std::vector<std::size_t>& breaches);

}  // namespace fundpress
