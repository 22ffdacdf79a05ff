// RFC 4180 CSV through libcsv, with what libcsv leaves to its caller: source
// positions, field counts, the UTF-8 byte-order mark and encoding checks.
#pragma once

#include <cstddef>
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

/// True when a field holds nothing but spaces and tabs. A row of such fields
/// is a spacer: read_csv and read_xlsx leave it out.
bool is_blank_field(std::string_view text);

struct CsvOptions {
  char delimiter = ',';
  /// Deliver rows whose fields are all blank (a printed table's spacers),
  /// widened to the header's width, instead of skipping them.
  bool keep_blank_rows = false;
  /// A file of at least this many bytes is parsed on a thread of its own
  /// while the caller's takes its rows; either way `on_row` and the
  /// diagnostics are called on the caller's thread, in the same order.
  std::size_t parse_beside_from = std::size_t{1} << 20;
};

/// Reads `bytes`, the contents of `file`. Calls `on_row` with the header row
/// first, then with each row that has the header's number of fields; rows whose
/// fields are all blank are skipped unless options.keep_blank_rows. Reports
/// every problem to `diagnostics`.
/// Returns false when the file could not be read to its end (a broken quote).
bool read_csv(std::string_view bytes, const std::string& file, const CsvOptions& options,
              const std::function<void(Row&)>& on_row, Diagnostics& diagnostics);

}  // namespace fundpress
