// A workbook's map of itself: its sheets in order and the part that holds
// each, where its styles and shared strings are, and its date system. Parts
// are found through the package's relationships, as Excel finds them, never
// by guessing names such as "sheet1.xml".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "load/xlsx_archive.h"

namespace fundpress {

struct XlsxSheet {
  std::string name;  // as the tab shows it
  std::string part;  // "xl/worksheets/sheet1.xml"; empty when the workbook does not say
  std::string type;  // the relationship's last word: "worksheet", "chartsheet", ...
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;    // in the order of the tabs
  std::string styles_part;          // empty: the workbook has none
  std::string shared_strings_part;  // empty: the workbook has none
  bool date1904 = false;            // day numbers count from 1904 (old Mac workbooks)
};

/// Reads the package's relationships, the workbook part and the workbook's
/// relationships, each at most `max_bytes` uncompressed. Returns false with
/// *error when the file is no workbook or they are damaged.
bool read_workbook(const XlsxArchive& archive, std::uint64_t max_bytes, XlsxWorkbook* workbook,
                   std::string* error);

/// The sheet named `name` (case ignored, as Excel ignores it), or the first
/// when `name` is empty. Null with *error, naming the sheets there are, when
/// there is no such sheet or it is not a worksheet of cells.
const XlsxSheet* choose_sheet(const XlsxWorkbook& workbook, const std::string& name,
                              std::string* error);

}  // namespace fundpress
