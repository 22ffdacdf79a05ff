// downloads/index.html: every download, the data dictionary, the licence, and
// how the files are made (amounts, formula neutralisation, 360Giving rules).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "rollup/year_lines.h"
#include "view/downloads_view.h"
#include "view/site_paths.h"
#include "view/site_plan.h"

namespace fundpress {

/// Each file is listed with its format and its size from `downloads.file_sizes`;
/// each year's workbook with the lines and total of `years` (YearsRollup::lines).
nlohmann::json downloads_page_context(const Project& project, const SitePaths& paths,
                                      const Downloads& downloads, const LinesByYear& years);

}  // namespace fundpress
