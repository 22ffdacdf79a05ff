// Checking the workbook layout file (model/workbook_layout.h): every mistake
// reported with its line and column, as for fundpress.json.
#pragma once

#include <string>

#include "load/diagnostics.h"
#include "load/json_reader.h"
#include "model/project.h"
#include "model/workbook_layout.h"

namespace fundpress {

/// The path of the layout inside templates/ (and a publisher's templates/).
extern const char* const workbook_layout_path;

/// Excel allows this many characters in a sheet's name; the Register's name
/// leaves room for " (99)", the name of its continuation sheets.
constexpr std::size_t max_sheet_name = 31;
constexpr std::size_t max_register_name = max_sheet_name - 5;

/// Reads `document` into `layout`. Returns false when it has errors.
bool check_workbook_layout(const JsonDocument& document, WorkbookLayout* layout,
                           Diagnostics& diagnostics);

/// Reads and checks the layout the build uses: the publisher's
/// templates/workbook/layout.json if it has one (reported as a file in
/// `project_dir`), otherwise the built-in one.
bool load_workbook_layout(const Project& project, const std::string& project_dir,
                          WorkbookLayout* layout, Diagnostics& diagnostics);

}  // namespace fundpress
