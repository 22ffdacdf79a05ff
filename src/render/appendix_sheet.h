// The annual-report appendix as a worksheet: the same rows as the HTML and
// Markdown tables, with sub-totals and the grand total as formulas over plain
// cell ranges, each stored with its exact computed result.
#pragma once

#include <nlohmann/json.hpp>

#include "render/xlsx_book.h"

namespace fundpress {

/// Writes `report` (the "report" object of view/report_view.h) into `sheet`,
/// headed by `title_lines` (publisher, title). Freezes the header row, sets a
/// pound number format and column widths that fit.
void write_appendix_sheet(XlsxBook& book, lxw_worksheet* sheet, const nlohmann::json& report,
                          const std::vector<std::string>& title_lines);

}  // namespace fundpress
