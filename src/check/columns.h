// Matching a file's column headers to the canonical fields: by name, case and
// spacing ignored, through the publisher's aliases and common export names;
// by position where a header is empty; and, for a wide table, one amount
// column per financial year named in the headings.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "check/column_heading.h"
#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/fields.h"

namespace fundpress {

/// How fundpress.json says the columns are named.
struct ColumnRules {
  /// "columns": field -> header name, or alternatives (the first present
  /// wins). "column 3" or "C" names a column by position, for an empty header.
  std::map<Field, std::vector<std::string>> aliases;
  /// "columns": {"amount": {"2019/20": "Actual 19-20", ...}}: a wide table's
  /// amount column for each year, when the headings alone do not say.
  std::vector<std::pair<FinancialYear, std::string>> amount_by_year;
  std::vector<Field> required = {Field::service, Field::amount};
};

/// A column of amounts, and what its heading says about them.
struct AmountColumn {
  int column = -1;
  std::string header;  // as printed
  ColumnHeading heading;
};

/// Which column (0-based) holds each field; -1 when the file has none.
struct ColumnMap {
  int column[field_count];
  /// The amount columns: one, or one per financial year in a wide table.
  /// column[amount] is the first of them.
  std::vector<AmountColumn> amounts;
  ColumnMap() {
    for (int& c : column) c = -1;
  }
  int of(Field field) const { return column[static_cast<int>(field)]; }
  /// True when each amount column is a year of its own.
  bool wide() const { return amounts.size() > 1; }
};

/// A header or name as compared: Unicode NFC, case folded (fold_case), runs of
/// spaces and underscores as one space.
std::string normalise_header(const std::string& header);

/// For `fundpress init`: the field a header that map_columns did not match
/// may stand for: the field whose own name or one of its common names
/// appears in it as whole words ("Delivery partner organisation" has
/// "organisation"); the longest such name of a field not in `taken` wins.
/// False when none does.
bool field_in_header(const std::string& header, const std::set<Field>& taken, Field* field);

/// Maps `header` (the first row of `file`). A field with an alias is found
/// only by it. An empty first header is the service column unless something
/// else is. When no column is named as the amount, every column whose heading
/// names one financial year ("2019/20 £", "Actual Budget 2023-4") is an
/// amount column for that year; failing that, the one column whose heading
/// states a unit of pounds ("Allocation £k") is the amount. Reports duplicate headers, aliases
/// naming no column, two columns for one year, and missing required fields; columns nobody reads
/// get a warning. Returns false on any error.
bool map_columns(const Row& header, const std::string& file, const ColumnRules& rules,
                 ColumnMap* map, Diagnostics& diagnostics);

}  // namespace fundpress
