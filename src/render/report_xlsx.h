// The annual-report appendix as a workbook of its own:
// reports/<year>/commissioning-budget.xlsx.
#pragma once

#include <ctime>
#include <string>

#include <nlohmann/json.hpp>

namespace fundpress {

/// Writes the workbook for `context` (view/report_view.h) at `path`.
/// `created` fixes the document's created date so rebuilds are identical.
bool write_report_xlsx(const nlohmann::json& context, const std::string& path,
                       std::time_t created, std::string* error);

}  // namespace fundpress
