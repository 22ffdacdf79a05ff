// The annual-report appendix (the Commissioning Budget table) as a view model:
// sections in order, rows in source order, sub-totals and the grand total,
// footnotes and abbreviations. HTML, Markdown and XLSX all render this one
// context, so the three can never disagree.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/project.h"

namespace fundpress {

/// The site path of a year's report: "reports/2017-18/commissioning-budget" plus
/// `extension` (".html", ".md", ".xlsx").
std::string report_path(FinancialYear year, const std::string& extension);

/// The label of a canonical field: the publisher's, or fundpress's default.
std::string field_label(const Project& project, const std::string& field);

/// The appendix for `year`, framed as the page at `page_path`. Besides the
/// formatted strings every amount carries "pence" (an exact integer) for the
/// workbook writer.
nlohmann::json report_context(const Project& project, FinancialYear year,
                              const std::string& page_path);

}  // namespace fundpress
