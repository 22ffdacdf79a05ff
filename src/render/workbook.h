// downloads/fundpress-<year>.xlsx: the annual workbook, sheets in the layout's
// order (view/workbook_view.h). Every total is a live formula stored with the
// exact result the rollup computed, so a reader that does not calculate sees
// the same figures as Excel and LibreOffice, which do.
#pragma once

#include <cstddef>
#include <ctime>
#include <string>

#include "render/xlsx_book.h"
#include "view/workbook_view.h"

namespace fundpress {

struct WorkbookLimits {
  /// A Register of at most this many rows is an Excel table; above it the
  /// workbook streams in constant-memory mode, which cannot make tables.
  std::size_t table_rows = 100000;
  /// Rows a sheet holds, its header included: Excel's limit. A longer
  /// Register continues on another sheet. (Tests lower it.)
  lxw_row_t sheet_rows = xlsx_max_rows;
};

/// Writes the workbook at `path`; `created` fixes the document's dates, so a
/// rebuild is byte-identical. Returns false with *error naming the problem
/// (a text too long for a cell names its source file and line). `lines` (may
/// be null) counts the Register's and the appendix's lines as they are written.
bool write_workbook(const WorkbookView& view, const std::string& path, std::time_t created,
                    std::string* error, const WorkbookLimits& limits = WorkbookLimits(),
                    Meter* lines = nullptr);

}  // namespace fundpress
