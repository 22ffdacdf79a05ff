// The charts of the site's pages, each a bar chart drawn at build time
// (view/chart_view.h) with a table of the same figures and a sentence that
// says what it shows: spend by year, by section in a year, the ten largest
// recipients, and by area. The figures come from the rollups; the template
// (partials/chart-block.html.mustache) only places them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/site_paths.h"

namespace fundpress {

/// {"id", "heading", "chart" (bar_chart), "table" (partials/table), "summary"}.
/// Each function returns false when the data gives it fewer than two bars to
/// compare, except the trend, which shows a single year too.
nlohmann::json year_trend_chart(const Project& project, const SitePaths& paths);
nlohmann::json section_chart(const Project& project, const SitePaths& paths,
                             const std::vector<std::size_t>& awards, const std::string& id,
                             const std::string& when);
/// The ten organisations with the largest totals in `awards`, largest first,
/// ties by name, each with its share of what every named recipient had (a
/// placeholder such as "To be confirmed" is no recipient).
nlohmann::json largest_recipients_chart(const Project& project, const SitePaths& paths,
                                        const std::vector<std::size_t>& awards,
                                        const std::string& id, const std::string& when);
/// Each area's own lines (areas overlap, so a line for a wider area counts
/// against that area, never shared out among the areas within it).
nlohmann::json area_chart(const Project& project, const SitePaths& paths,
                          const std::vector<std::size_t>& awards, const std::string& id,
                          const std::string& when);

}  // namespace fundpress
