// The interface text of each language the site is published in: every word a
// page shows that is not data comes from templates/strings/<code>.json.
#pragma once

#include <string>

#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// The path of a language's strings inside templates/ (and a publisher's templates/).
std::string strings_path(const std::string& code);

/// Fills the strings of each of `project->languages` (fundpress.json's codes): each from
/// the built-in strings of its code, with the publisher's
/// templates/strings/<code>.json replacing the keys it gives. The built-in
/// English file names every key: a publisher's key that is not one is an
/// error, and so is a language that leaves a key without text.
bool load_strings(const std::string& project_dir, Project* project, Diagnostics& diagnostics);

}  // namespace fundpress
