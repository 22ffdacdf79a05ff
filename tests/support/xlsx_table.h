// A table written to an .xlsx workbook with libxlsxwriter, for a test that
// reads registers kept in Excel: the fixture is built inside the test, from
// cells the test states exactly.
#pragma once

#include <string>
#include <vector>

namespace fundpress::test {

/// One cell of a table: empty, text, or a number given as its exact decimal
/// text ("1234.55", "-0.044", "42826"), optionally shown in an Excel number
/// format ("0.0%", "#,##0", "dd/mm/yyyy" for a day number). Excel stores a
/// number as a double: the text becomes the nearest one, as it would when
/// typed into Excel, and reads back as the same text (15 digits at most).
struct XlsxTableCell {
  enum class Kind { empty, text, number };
  Kind kind = Kind::empty;
  std::string value;          // the text, or the number's decimal text
  std::string number_format;  // numbers only; empty: General
};

inline XlsxTableCell xlsx_text(std::string text) {
  return XlsxTableCell{XlsxTableCell::Kind::text, std::move(text), ""};
}
inline XlsxTableCell xlsx_number(std::string decimal, std::string number_format = "") {
  return XlsxTableCell{XlsxTableCell::Kind::number, std::move(decimal), std::move(number_format)};
}

/// Rows of cells from A1: the table's row i is the sheet's row i + 1, its
/// cell j column j + 1. Rows may differ in length; an empty row is a blank row.
using XlsxTable = std::vector<std::vector<XlsxTableCell>>;

struct XlsxTableSheet {
  std::string name;
  XlsxTable rows;
};

/// Writes `sheets`, in order, as a workbook at `path`. Returns false with
/// *error when a number is not decimal text or libxlsxwriter fails (a bad
/// sheet name, text that is not UTF-8, a write past Excel's limits).
bool write_xlsx_table(const std::string& path, const std::vector<XlsxTableSheet>& sheets,
                      std::string* error);

/// One table on one sheet, "Sheet1".
inline bool write_xlsx_table(const std::string& path, const XlsxTable& rows, std::string* error) {
  return write_xlsx_table(path, {XlsxTableSheet{"Sheet1", rows}}, error);
}

}  // namespace fundpress::test
