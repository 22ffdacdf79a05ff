// The downloads of a build (downloads/...): the workbook layout read and
// checked, and each planned download produced into the output tree.
#pragma once

#include <ctime>
#include <string>

#include "load/diagnostics.h"
#include "model/project.h"
#include "model/workbook_layout.h"
#include "publish/output_tree.h"
#include "render/templates.h"
#include "view/downloads_view.h"
#include "view/site_plan.h"

namespace fundpress {

/// Reads templates/workbook/layout.json: the publisher's override if it has
/// one (reported as a file in `project_dir`), otherwise the built-in one.
bool load_workbook_layout(const Templates& templates, const Project& project,
                          const std::string& project_dir, WorkbookLayout* layout, Diagnostics& diagnostics);

/// Produces one planned download (a kind from json_file to workbook) into
/// `tree`; `context` is the output's built context (a json_file's contents).
bool produce_download(const PlannedOutput& output, const nlohmann::json& context,
                      const Downloads& downloads, std::time_t created, OutputTree& tree,
                      std::string* error);

}  // namespace fundpress
