// Tables of figures year by year, read from the years rollup (rollup/years.h):
// a value's total in each year with the change from the year before, and a
// year's changes from the previous one (by section, and the significant ones).
#pragma once

#include <cstddef>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "rollup/years.h"
#include "view/site_paths.h"

namespace fundpress {

/// "Year | Lines | Total | Change": one row per year of the project, each
/// year linking to `year_link(y)` (an anchor on the page, or the year's page).
nlohmann::json by_year_table(const Project& project, const std::vector<Total>& by_year,
                             const std::string& id, const std::string& caption,
                             const std::vector<std::string>& year_links);

/// The change and per cent cells' texts of `variance`: "+£12,000", "+25.0%"
/// ("" when there is no per cent: nothing the year before).
std::string change_text(const Project& project, const Variance& variance);
std::string percent_text(const Variance& variance);

/// What `variance` is about: "Victims (section)", "Helpline, Victim First (line)".
std::string variance_name(const Project& project, const Variance& variance);
/// Its page, or "" (a line links to its award's page).
std::string variance_path(const Project& project, const SitePaths& paths, const Variance& variance);

/// Each section's previous and current total, change and per cent.
nlohmann::json section_changes_table(const Project& project, const SitePaths& paths,
                                     const YearComparison& comparison);

/// The `most` largest significant changes ("what": name, figures, new/ended),
/// largest first, as a table; false when there are none.
nlohmann::json significant_changes_table(const Project& project, const SitePaths& paths,
                                         const YearComparison& comparison, std::size_t most);

/// The `most` largest significant changes for a report (HTML and Markdown):
/// "heading", "rule", "rows" [{what, previous, current, change, percent,
/// note}], "has_rows", "more" (as significant_more).
nlohmann::json significant_changes_list(const Project& project, const YearComparison& comparison,
                                        std::size_t most);

/// When the significant changes are more than the `most` shown, where all of
/// them are: {"text": "The 500 largest of the 2,310 ...", "link": "the
/// workbook of 2019/20", "href": its path in the site}; else false. The
/// report's list adds "from_report": its path from the report's folder.
nlohmann::json significant_more(const Project& project, const YearComparison& comparison,
                                std::size_t most);

/// The sentence that says what counts as significant.
std::string significance_rule(const Project& project);

}  // namespace fundpress
