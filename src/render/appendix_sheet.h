// The annual-report appendix as a worksheet: the same rows as the HTML and
// Markdown tables, with sub-totals and the grand total as formulas over plain
// cell ranges, each stored with its exact computed result.
#pragma once

#include <string>
#include <vector>

#include "model/project.h"
#include "render/xlsx_book.h"
#include "view/report_view.h"

namespace fundpress {

/// Writes `report` into `sheet`, under `title_lines` (publisher, title; the
/// last is set as a title). Freezes the header row, gives amounts a pound
/// number format and columns widths that fit.
void write_appendix_sheet(XlsxBook& book, lxw_worksheet* sheet, const Project& project,
                          const ReportView& report, const std::vector<std::string>& title_lines);

}  // namespace fundpress
