// A libxlsxwriter workbook that checks every call. libxlsxwriter writes invalid
// UTF-8 without complaint (a corrupt file) and reports a write past the last
// row while workbook_close still succeeds, so every text is validated before
// it reaches the library and the first failure is kept, naming its cell.
#pragma once

#include <xlsxwriter.h>

#include <ctime>
#include <string>

#include "load/meter.h"
#include "model/date.h"
#include "model/limits.h"
#include "model/money.h"

namespace fundpress {

/// Excel's limits.
constexpr lxw_row_t xlsx_max_rows = 1048576;

struct XlsxProperties {
  std::string title;
  std::string subject;
  std::string author;
  std::string company;
  std::string keywords;
  std::string comments;
  std::time_t created = 0;  // fixed, so a rebuild is byte-identical
  /// An internal build's marking: the workbook's category and status, and the
  /// centre of every printed page's header. Empty for a public build.
  std::string marking;
};

/// Money as Excel stores it: a double of pounds. This is the one place money
/// becomes a double. For amounts below 10^13 pounds the double nearest to
/// pence/100 prints back (libxlsxwriter writes 16 significant digits) as the
/// exact decimal, which the tests check by reading every cell back.
double excel_pounds(Money money);

class XlsxBook {
 public:
  /// Starts a workbook at `path`. `constant_memory` streams rows to a
  /// temporary file (large registers; no tables then). libxlsxwriter's
  /// temporary files go in `path`'s own folder, the build's staging folder,
  /// so that nothing is written outside the output folder.
  explicit XlsxBook(const std::string& path, bool constant_memory = false);
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  lxw_workbook* workbook() { return workbook_; }
  lxw_worksheet* add_sheet(const std::string& name);
  lxw_format* add_format();
  void set_properties(const XlsxProperties& properties);

  /// Cell writers. `where` names the source of the value for messages
  /// ("awards.csv line 17"); empty uses the sheet cell.
  void text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value,
            lxw_format* format, const std::string& where = "");
  void pounds(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, Money value, lxw_format* format);
  void integer(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, long long value,
               lxw_format* format);
  /// A date as Excel stores it (a day number), shown by `format`'s number format.
  void date(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Date& value,
            lxw_format* format);
  /// A formula stored with its result, so readers that do not calculate see it.
  void formula(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& formula,
               Money result, lxw_format* format);
  /// A formula whose result is a ratio (a per cent), not money nor a count.
  void formula_ratio(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& formula,
                     double result, lxw_format* format);
  void formula_count(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& formula,
                     long long result, lxw_format* format);

  /// How `sheet` prints: on A4, fit to one page wide, landscape or portrait;
  /// the publisher at the left of the page header and `title` at its right;
  /// "Page N of M" in the footer; row `header_row` (if not -1) repeated at the
  /// top of every page.
  void print_setup(lxw_worksheet* sheet, const std::string& publisher, const std::string& title,
                   bool landscape, int header_row);

  /// Counts the `expected` register lines this workbook lists into `meter`
  /// (may be null), for a long build's progress: the sheets that list lines
  /// call `line_written`.
  void count_lines(Meter* meter, std::size_t expected) {
    lines_ = meter;
    if (lines_) lines_->expect(expected);
  }
  void line_written() {
    if (lines_) lines_->advance();
  }

  /// Records a failed libxlsxwriter call.
  void check(lxw_error status, const std::string& what);
  /// The same for a call about one cell; its name is made only on failure.
  void check_cell(lxw_error status, lxw_row_t row, lxw_col_t col);
  bool ok() const { return error_.empty(); }

  /// Writes the file. Returns false with *error on the first failure of any call.
  bool close(std::string* error);

 private:
  void fail(const std::string& message);

  lxw_workbook* workbook_ = nullptr;
  std::string path_;
  std::string tmpdir_;
  std::string error_;
  Meter* lines_ = nullptr;
  // libxlsxwriter keeps pointers to property strings until close.
  XlsxProperties properties_;
  lxw_doc_properties doc_properties_{};
};

/// "A1"-style reference of a cell, "D5".
std::string cell_name(lxw_row_t row, lxw_col_t col);
/// "D5:D13".
std::string range_name(lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                       lxw_col_t last_col);

}  // namespace fundpress
