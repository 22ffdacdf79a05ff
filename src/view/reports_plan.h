// The reports: reports/index.html, and each year's appendix as a page, as
// Markdown and as a workbook of its own (render/report_xlsx.h).
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// reports/index.html: every year's report with its total.
void plan_reports_index(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// reports/<year>/commissioning-budget.html, one a year; a year of more than
/// site.report_part_lines lines in parts, commissioning-budget-part-<n>.html after the first.
void plan_report_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// reports/<year>/commissioning-budget.md, from the same context as the page (in the same parts).
void plan_report_markdown(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// reports/<year>/commissioning-budget.xlsx, one a year.
void plan_report_workbooks(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
