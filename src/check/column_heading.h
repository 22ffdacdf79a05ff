// What a printed column heading or row label says about its figures: the
// financial year ("2019/20 £", "Actual Budget 2023-4", "17/18 proposed costs
// (£)"), the measure ("actual", "forecast", "budget") and the unit ("£000s",
// "(£ thousands)", "£m"). Wide tables carry one amount column per year, and
// finance tables state their units in headings rather than in every cell.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/project.h"
#include "model/units.h"

namespace fundpress {

struct ColumnHeading {
  bool has_year = false;
  FinancialYear year;
  bool has_measure = false;
  Measure measure = Measure::proposed;
  int64_t unit = 0;  // pounds per unit the heading states: 1, 1000, 1000000, 10^9; 0 if none
};

/// Reads `text` for a financial year, a measure and a unit. A year is written
/// as two consecutive years: "2019/20", "2019-20", "2019–20", "2019/2020",
/// "19/20", "2023-4"; a lone "2019" is a calendar year and is not read. When
/// a heading names more than one financial year, none is read.
ColumnHeading read_column_heading(std::string_view text);

}  // namespace fundpress
