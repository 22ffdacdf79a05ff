// Matching a file's column headers to the canonical fields: by name, case and
// spacing ignored, through the publisher's aliases and common export names.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/fields.h"

namespace fundpress {

/// Which column (0-based) holds each field; -1 when the file has none.
struct ColumnMap {
  int column[field_count];
  ColumnMap() { for (int& c : column) c = -1; }
  int of(Field field) const { return column[static_cast<int>(field)]; }
};

/// A header as compared: lower case, runs of spaces and underscores as one space.
std::string normalise_header(const std::string& header);

/// Maps `header` (the first row of `file`). `aliases` are the publisher's
/// "columns" from fundpress.json; a field named there is found only by those
/// names. Reports duplicate headers, aliases naming no column, and missing
/// required fields. Columns nobody reads get a warning.
bool map_columns(const Row& header, const std::string& file,
                 const std::map<Field, std::vector<std::string>>& aliases,
                 const std::vector<Field>& required, ColumnMap* map, Diagnostics& diagnostics);

}  // namespace fundpress
