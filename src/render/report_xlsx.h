// The annual-report appendix as a workbook of its own:
// reports/<year>/commissioning-budget.xlsx.
#pragma once

#include <cstddef>
#include <ctime>
#include <string>

#include "load/meter.h"
#include "model/project.h"
#include "view/report_view.h"

namespace fundpress {

/// A report of more lines than this is written in libxlsxwriter's
/// constant-memory mode: each row goes to a temporary file as it is written,
/// so memory does not grow with the lines (its strings are stored inline, not
/// shared, so the file differs but reads the same).
constexpr std::size_t report_stream_lines = 100000;

/// Writes `report`, built from `year` (its lines in YearsRollup::lines), as a
/// workbook at `path`. `created` fixes the document's created date so that
/// rebuilds are byte-identical. `lines` (may be null) counts the appendix
/// lines as they are written.
bool write_report_xlsx(const Project& project, const ReportView& report, const YearLines& year,
                       const std::string& path, std::time_t created, std::string* error,
                       Meter* lines = nullptr,
                       std::size_t stream_above_lines = report_stream_lines);

}  // namespace fundpress
