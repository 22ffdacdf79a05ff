// The Register of the annual workbook: every row of the year, one a line. Up
// to a size it is an Excel table (autofilter, banded rows); beyond that the
// workbook streams in constant-memory mode, which cannot make tables, and the
// sheet has an autofilter instead. A register longer than a sheet continues on
// "Register (2)", "Register (3)", ...
#pragma once

#include <string>
#include <vector>

#include "render/xlsx_book.h"
#include "view/workbook_view.h"

namespace fundpress {

/// One sheet of the Register: rows [first, first + count) of the view's rows.
struct RegisterPart {
  std::string name;
  std::size_t first = 0;
  std::size_t count = 0;
};

/// How the rows split over sheets of `sheet_rows` rows (a header and data).
/// Returns false with *error when a continuation sheet's name would be too long.
bool register_parts(const std::string& name, std::size_t rows, lxw_row_t sheet_rows,
                    std::vector<RegisterPart>* parts, std::string* error);

/// "'Register (2)'": a sheet's name as a formula refers to it.
std::string quoted_sheet(const std::string& name);

/// "'Register'!$G$2:$G$43": one column of a part's data rows.
std::string part_range(const RegisterPart& part, lxw_col_t col);

/// Writes one part into `sheet`, as a table named `table_name` when
/// `as_table` (the workbook is not in constant-memory mode).
void write_register_part(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view,
                         const RegisterPart& part, bool as_table, const std::string& table_name);

}  // namespace fundpress
