// The context the report templates see (templates/reports/): the annual-report
// appendix of view/report_view.h as JSON, framed as a page of the site.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/report_view.h"

namespace fundpress {

/// One part of a report split into parts: its number, how many there are and
/// the lines it shows, counted over all the report's sections in order.
struct ReportPart {
  std::size_t part = 1;                   // from 1
  std::size_t parts = 1;
  std::size_t first = 0, last = 0;        // lines [first, last)
  std::vector<std::string> paths;         // every part's page, from the site root
};

/// The parts of `report` at `part_lines` lines a part, each page at
/// SitePaths::report_part(year, n, `extension`); one part when it fits.
std::vector<ReportPart> report_parts(const ReportView& report, std::size_t part_lines,
                                     const std::string& extension);

/// The page frame of `page_path` plus "report". Glossary terms are marked on
/// their first use in the page. With `part` (a report in two or more parts),
/// only that part's lines, the sections they are in (a section begun in an
/// earlier part "continued"), each section's sub-total where its lines end,
/// the grand total on the last part and, on the first, a table of every
/// section's sub-total and the grand total. Each section's rows are a handle
/// (view/lazy_list.h), made one at a time as the report is rendered.
nlohmann::json report_context(const Project& project, const ReportView& report,
                              const std::string& page_path, const ReportPart* part = nullptr);

}  // namespace fundpress
