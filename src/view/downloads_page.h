// downloads/index.html: every download, the data dictionary, the licence, and
// how the files are made (amounts, formula neutralisation, 360Giving rules).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "view/grants_view.h"
#include "view/register_view.h"
#include "view/site_paths.h"
#include "view/site_plan.h"

namespace fundpress {

nlohmann::json downloads_page_context(const Project& project, const SitePaths& paths,
                                      const RegisterView& register_view, const GrantsView& grants);

}  // namespace fundpress
