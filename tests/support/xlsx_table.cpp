#include "xlsx_table.h"

#include <xlsxwriter.h>

#include <charconv>
#include <map>

#include "load/xlsx_values.h"

namespace fundpress::test {

bool write_xlsx_table(const std::string& path, const std::vector<XlsxTableSheet>& sheets,
                      std::string* error) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    *error = "cannot start a workbook at " + path;
    return false;
  }
  std::map<std::string, lxw_format*> formats;  // one format per number format
  auto format_for = [&](const std::string& number_format) -> lxw_format* {
    if (number_format.empty()) return nullptr;
    lxw_format*& format = formats[number_format];
    if (!format) {
      format = workbook_add_format(workbook);
      format_set_num_format(format, number_format.c_str());
    }
    return format;
  };
  auto fail = [&](const std::string& message) {
    if (error->empty()) *error = message;
  };
  error->clear();
  for (const XlsxTableSheet& sheet : sheets) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (!worksheet) {
      fail("cannot add a sheet named \"" + sheet.name + "\"");
      break;
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
      for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
        const XlsxTableCell& cell = sheet.rows[r][c];
        auto row = static_cast<lxw_row_t>(r);
        auto col = static_cast<lxw_col_t>(c);
        lxw_error status = LXW_NO_ERROR;
        if (cell.kind == XlsxTableCell::Kind::text) {
          status = worksheet_write_string(worksheet, row, col, cell.value.c_str(), nullptr);
        } else if (cell.kind == XlsxTableCell::Kind::number) {
          // Excel holds a double: the one conversion, of a test's exact text.
          Decimal checked;
          double value = 0;
          const char* end = cell.value.data() + cell.value.size();
          if (!parse_decimal(cell.value, &checked) ||
              std::from_chars(cell.value.data(), end, value).ptr != end) {
            fail("\"" + cell.value + "\" is not a decimal number");
            continue;
          }
          status =
              worksheet_write_number(worksheet, row, col, value, format_for(cell.number_format));
        }
        if (status != LXW_NO_ERROR)
          fail(sheet.name + " row " + std::to_string(r + 1) + " column " + std::to_string(c + 1) +
               ": " + lxw_strerror(status));
      }
    }
  }
  lxw_error closed = workbook_close(workbook);
  if (closed != LXW_NO_ERROR)
    fail(std::string("cannot write ") + path + ": " + lxw_strerror(closed));
  return error->empty();
}

}  // namespace fundpress::test
