// One year's lines for a test, found as the build's years rollup finds them
// (rollup/year_lines.h), for the views and writers made from a year's lines.
#pragma once

#include <gtest/gtest.h>

#include "rollup/year_lines.h"

namespace fundpress::test {

inline YearLines year_lines(const Project& project, FinancialYear year) {
  for (YearLines& lines : lines_of_each_year(project))
    if (lines.year == year) return lines;
  ADD_FAILURE() << "the project has no year " << year.label();
  return YearLines{year, {}, {}};
}

}  // namespace fundpress::test
