// A register kept in Excel: one sheet of an .xlsx workbook, read as rows of
// cell texts, the same rows read_csv gives, so the check stage treats CSV,
// JSON and XLSX alike. The sheet is streamed: memory grows with the
// shared-strings table, never with the number of rows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "load/csv_reader.h"
#include "load/diagnostics.h"

namespace fundpress {

/// What fundpress reads from a workbook at most. A file past any of them is
/// refused with an error that names the limit.
struct XlsxLimits {
  /// Uncompressed XML of the sheet or of the shared strings. A sheet of a
  /// million rows of twenty columns is about 1 GiB.
  std::uint64_t part_bytes = std::uint64_t{8} << 30;
  /// Uncompressed XML of the workbook part, its relationships and styles.
  std::uint64_t small_part_bytes = std::uint64_t{64} << 20;
  /// The shared strings held in memory: their text and 8 bytes each.
  std::uint64_t shared_strings_bytes = std::uint64_t{512} << 20;
  /// The widest table read, in columns.
  int columns = 1024;
};

struct XlsxOptions {
  std::string sheet;  // the sheet's name; empty: the first in the workbook's order
  /// Deliver the blank rows between the header and the last row that is not
  /// blank (a printed table's spacers), empty at the header's width, instead
  /// of leaving them out.
  bool keep_blank_rows = false;
  XlsxLimits limits;
};

enum class XlsxRead {
  complete,    // the sheet was read to its end (cells may still have had errors)
  stopped,     // not a workbook, damaged or refused: rows after the problem were not read
  unreadable,  // the file could not be read at all (an I/O failure)
};

/// Reads the sheet of the workbook at `path`; `file` names it in diagnostics
/// ("awards.xlsx:Sheet1!C7"), and diagnostics.read_from_sheet(file, sheet)
/// is called so that later positions in `file` name the sheet too.
///
/// Calls `on_row` with the header row (the first row that is not blank),
/// then with each row below it that is not blank (or every row, with
/// options.keep_blank_rows). Row::line is the row
/// number; Cell::column the column number (A = 1), and every row has the
/// header's width: its last column, or the sheet's stated dimension's when
/// that is wider, as Excel's own CSV export pads rows.
///
/// Each cell reads as a CSV export of its value would show it, but exactly:
/// text as written (rich text as its plain text), TRUE and FALSE, numbers to
/// Excel's 15 significant digits in plain notation ("0.001", never "1E-3"),
/// percentages as "4.4%", dates as "2017-04-01", the saved result of a
/// formula. A merged range's value is in its top-left cell only.
///
/// Reports every problem to `diagnostics`: an error value (#N/A) or a formula
/// without a saved result at its cell, and the row is not passed on (the
/// header is, with that cell empty); a damaged, hostile or over-limit file
/// once, and reading stops.
XlsxRead read_xlsx(const std::string& path, const std::string& file, const XlsxOptions& options,
                   const std::function<void(Row&)>& on_row, Diagnostics& diagnostics);

}  // namespace fundpress
