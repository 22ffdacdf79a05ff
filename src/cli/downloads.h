// The downloads of a build (downloads/...): each planned download produced
// into the output tree.
#pragma once

#include <ctime>
#include <string>

#include "publish/output_tree.h"
#include "view/downloads_view.h"
#include "view/site_plan.h"

namespace fundpress {

/// Produces one planned download (a kind from json_file to workbook) into
/// `tree`; `context` is the output's built context (a json_file's contents).
bool produce_download(const PlannedOutput& output, const nlohmann::json& context,
                      const Downloads& downloads, std::time_t created, OutputTree& tree,
                      std::string* error);

}  // namespace fundpress
