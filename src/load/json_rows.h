// A register written as JSON (awards.json) read as rows, the shape a CSV
// register has, so the check stage reads both with the same code.
#pragma once

#include <functional>

#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "load/json_reader.h"

namespace fundpress {

/// Reads `document`: a list of objects, or an object with an "awards" list,
/// whose keys are column names. Calls `on_row` with the header first (every
/// key any object uses, in order of first use), then with each object as a row
/// whose cells are in the header's columns, positioned at their values. A
/// value is text, a whole number or a list of texts (joined by "; "); a
/// number with a fraction or anything else is reported and its row skipped.
/// Stops when `on_row` returns false. Returns false when the document is not
/// such a list or reading stopped at the header.
bool json_rows(const JsonDocument& document, const std::function<bool(Row&)>& on_row,
               Diagnostics& diagnostics);

}  // namespace fundpress
