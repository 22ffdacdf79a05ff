// One publisher folder -> one checked Project: load every file, check every
// row, report every problem.
#pragma once

#include <set>
#include <string>

#include "check/explanation.h"
#include "load/diagnostics.h"
#include "load/meter.h"
#include "model/project.h"

namespace fundpress {

enum class LoadStatus {
  ok,           // checked; there may be warnings
  data_errors,  // the data has errors (exit status 1)
  io_failure,   // a file could not be read at all (exit status 2)
};

/// Loads and checks the folder `dir` (fundpress.json, awards.csv, awards.json
/// or awards.xlsx, glossary.csv, pages/*.md, templates/). When `explanation`
/// is not null it receives how every row of the register was read; when
/// `lines` is not null it counts the register's lines as they are read.
LoadStatus load_project(const std::string& dir, Project* project, Diagnostics& diagnostics,
                        Explanation* explanation = nullptr, Meter* lines = nullptr);

/// Reports each prose page whose address is one of `site_names`, the names
/// the site's own outputs use at its top (derived from the output registry:
/// render/outputs.h). pages/accessibility.md may take "accessibility": it is
/// the accessibility statement's body. Returns false when one is reported.
bool check_page_names(const Project& project, const std::set<std::string>& site_names,
                      Diagnostics& diagnostics);

}  // namespace fundpress
