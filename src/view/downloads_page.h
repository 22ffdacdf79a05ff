// downloads/index.html: every download, the data dictionary, the licence, and
// how the files are made (amounts, formula neutralisation, 360Giving rules).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/downloads_view.h"
#include "view/site_paths.h"
#include "view/site_plan.h"

namespace fundpress {

/// Each file is listed with its format and its size from `downloads.file_sizes`.
nlohmann::json downloads_page_context(const Project& project, const SitePaths& paths,
                                      const Downloads& downloads);

}  // namespace fundpress
