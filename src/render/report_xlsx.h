// The annual-report appendix as a workbook of its own:
// reports/<year>/commissioning-budget.xlsx.
#pragma once

#include <ctime>
#include <string>

#include "model/project.h"
#include "view/report_view.h"

namespace fundpress {

/// Writes `report` as a workbook at `path`. `created` fixes the document's
/// created date so that rebuilds are byte-identical.
bool write_report_xlsx(const Project& project, const ReportView& report, const std::string& path,
                       std::time_t created, std::string* error);

}  // namespace fundpress
