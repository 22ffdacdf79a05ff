// RFC 4180 CSV through libcsv, with what libcsv leaves to its caller: source
// positions, field counts, the UTF-8 byte-order mark and encoding checks.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/diagnostics.h"

namespace fundpress {

/// One field as read, with where it starts. For CSV the column is the field
/// number; for JSON, the character column of the value.
struct Cell {
  std::string text;
  int line = 0;
  int column = 0;
};

struct Row {
  int line = 0;  // the line the row starts on
  std::vector<Cell> cells;
};

struct CsvOptions {
  char delimiter = ',';
  /// Deliver rows whose fields are all blank (a printed table's spacers),
  /// widened to the header's width, instead of skipping them.
  bool keep_blank_rows = false;
};

/// Reads `bytes`, the contents of `file`. Calls `on_row` with the header row
/// first, then with each row that has the header's number of fields; rows whose
/// fields are all blank are skipped unless options.keep_blank_rows. Reports
/// every problem to `diagnostics`.
/// Returns false when the file could not be read to its end (a broken quote).
bool read_csv(std::string_view bytes, const std::string& file, const CsvOptions& options,
              const std::function<void(Row&)>& on_row, Diagnostics& diagnostics);

}  // namespace fundpress
