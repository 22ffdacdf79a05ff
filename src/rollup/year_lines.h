// Each financial year's lines and their total, found in one pass over the
// register when the build starts. Every page, report and workbook of a year
// reads them here: none passes over the register to find a year's lines.
#pragma once

#include <cstddef>
#include <vector>

#include "model/date.h"
#include "model/project.h"
#include "rollup/rollup.h"

namespace fundpress {

/// One financial year's lines.
struct YearLines {
  FinancialYear year;
  std::vector<std::size_t> awards;  // indices into Project::awards, source order
  Total total;                      // of `awards`: total_of(project, awards)
};

/// Each year's lines, indexed as Project::years (a year with no lines has an
/// empty entry). An award whose year is not in Project::years is in none.
using LinesByYear = std::vector<YearLines>;

/// LinesByYear of every award, from one pass over the register.
LinesByYear lines_of_each_year(const Project& project);

}  // namespace fundpress
