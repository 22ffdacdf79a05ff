// How each row of a register was read, for `fundpress check --explain`: a
// finance officer can see why every figure is what it is.
#pragma once

#include <string>
#include <vector>

#include "load/diagnostics.h"

namespace fundpress {

/// One row: where it is, what it was read as ("line", "heading", "sub-total",
/// "percentage", ...), and a sentence with its figures and sums.
struct RowReading {
  Position where;
  std::string kind;
  std::string text;
};

using Explanation = std::vector<RowReading>;

/// "awards.csv:12: sub-total: \"Victims sub-total\" covers ..."
std::string format_reading(const RowReading& reading);

}  // namespace fundpress
