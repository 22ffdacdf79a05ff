#include "render/xlsx_book.h"

#include <filesystem>

#include "load/utf8.h"

namespace fundpress {

double excel_pounds(Money money) { return static_cast<double>(money.pence) / 100.0; }

XlsxBook::XlsxBook(const std::string& path, bool constant_memory)
    : path_(path), tmpdir_(std::filesystem::path(path).parent_path().string()) {
  if (tmpdir_.empty()) tmpdir_ = ".";
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = const_cast<char*>(tmpdir_.c_str());
  options.use_zip64 = LXW_FALSE;
  workbook_ = workbook_new_opt(path_.c_str(), &options);
  if (!workbook_) fail("cannot start the workbook " + path_);
}

XlsxBook::~XlsxBook() {
  // A workbook abandoned after an error is still closed, to free it; its file
  // lies in the staging folder, which is discarded.
  if (workbook_) workbook_close(workbook_);
}

void XlsxBook::fail(const std::string& message) {
  if (error_.empty()) error_ = message;
}

namespace {

// Text for a page header: "&" starts a code there, so it is doubled; Excel
// takes at most 255 characters for the whole header.
std::string header_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (out.size() >= 100) break;
    if (c == '&') out += '&';
    out += c;
  }
  return out;
}

}  // namespace

void XlsxBook::print_setup(lxw_worksheet* sheet, const std::string& publisher,
                           const std::string& title, bool landscape, int header_row) {
  if (landscape) worksheet_set_landscape(sheet);
  else worksheet_set_portrait(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  std::string header =
      "&L" + header_text(publisher) +
      (properties_.marking.empty() ? "" : "&C" + header_text(properties_.marking)) + "&R" +
      header_text(title);
  check(worksheet_set_header(sheet, header.c_str()), "the page header");
  check(worksheet_set_footer(sheet, "&CPage &P of &N"), "the page footer");
  if (header_row >= 0)
    check(worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(header_row),
                                static_cast<lxw_row_t>(header_row)),
          "the rows repeated on each printed page");
}

void XlsxBook::check(lxw_error status, const std::string& what) {
  if (status != LXW_NO_ERROR) fail(what + ": " + lxw_strerror(status));
}

void XlsxBook::check_cell(lxw_error status, lxw_row_t row, lxw_col_t col) {
  if (status != LXW_NO_ERROR) check(status, "cell " + cell_name(row, col));
}

lxw_worksheet* XlsxBook::add_sheet(const std::string& name) {
  if (!workbook_) return nullptr;
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_, name.c_str());
  if (!sheet)
    fail("cannot add the sheet \"" + name +
         "\" (names are at most 31 characters, unique, without []:*?/\\)");
  return sheet;
}

lxw_format* XlsxBook::add_format() { return workbook_ ? workbook_add_format(workbook_) : nullptr; }

void XlsxBook::set_properties(const XlsxProperties& properties) {
  if (!workbook_) return;
  properties_ = properties;
  doc_properties_.title = const_cast<char*>(properties_.title.c_str());
  doc_properties_.subject = const_cast<char*>(properties_.subject.c_str());
  doc_properties_.author = const_cast<char*>(properties_.author.c_str());
  doc_properties_.company = const_cast<char*>(properties_.company.c_str());
  doc_properties_.keywords = const_cast<char*>(properties_.keywords.c_str());
  doc_properties_.comments = const_cast<char*>(properties_.comments.c_str());
  doc_properties_.created = properties_.created;
  if (!properties_.marking.empty()) {
    doc_properties_.category = const_cast<char*>(properties_.marking.c_str());
    doc_properties_.status = const_cast<char*>(properties_.marking.c_str());
  }
  check(workbook_set_properties(workbook_, &doc_properties_), "document properties");
}

void XlsxBook::text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value,
                    lxw_format* format, const std::string& where) {
  if (!ok() || !sheet) return;
  // The place is named only on failure: a large register writes millions of cells.
  auto place = [&] { return where.empty() ? "cell " + cell_name(row, col) : where; };
  if (find_invalid_utf8(value) != std::string::npos) {
    fail(place() + ": text is not valid UTF-8");
    return;
  }
  // A code point takes at least a byte, so only a text of more bytes than the
  // limit can pass it: the rest are not counted, a cost paid on every cell.
  if (value.size() > max_cell_characters && count_code_points(value) > max_cell_characters) {
    fail(place() + ": text is longer than Excel's limit of 32,767 characters in a cell");
    return;
  }
  // worksheet_write_string always stores text, never a formula: "=HYPERLINK(...)"
  // in the data stays the characters it is.
  lxw_error status = worksheet_write_string(sheet, row, col, value.c_str(), format);
  if (status != LXW_NO_ERROR) check(status, place());
}

void XlsxBook::pounds(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, Money value,
                      lxw_format* format) {
  if (!ok() || !sheet) return;
  check_cell(worksheet_write_number(sheet, row, col, excel_pounds(value), format), row, col);
}

void XlsxBook::integer(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, long long value,
                       lxw_format* format) {
  if (!ok() || !sheet) return;
  check_cell(worksheet_write_number(sheet, row, col, static_cast<double>(value), format), row, col);
}

void XlsxBook::date(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Date& value,
                    lxw_format* format) {
  if (!ok() || !sheet) return;
  lxw_datetime datetime{value.year, value.month, value.day, 0, 0, 0.0};
  check_cell(worksheet_write_datetime(sheet, row, col, &datetime, format), row, col);
}

void XlsxBook::formula(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                       const std::string& formula, Money result, lxw_format* format) {
  if (!ok() || !sheet) return;
  check_cell(
      worksheet_write_formula_num(sheet, row, col, formula.c_str(), format, excel_pounds(result)),
      row, col);
}

void XlsxBook::formula_ratio(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                             const std::string& formula, double result, lxw_format* format) {
  if (!ok() || !sheet) return;
  check_cell(worksheet_write_formula_num(sheet, row, col, formula.c_str(), format, result), row,
             col);
}

void XlsxBook::formula_count(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                             const std::string& formula, long long result, lxw_format* format) {
  if (!ok() || !sheet) return;
  check_cell(worksheet_write_formula_num(sheet, row, col, formula.c_str(), format,
                                         static_cast<double>(result)),
             row, col);
}

bool XlsxBook::close(std::string* error) {
  if (!workbook_) {
    *error = error_;
    return false;
  }
  lxw_error status = workbook_close(workbook_);
  workbook_ = nullptr;
  check(status, "writing " + path_);
  *error = error_;
  return ok();
}

std::string cell_name(lxw_row_t row, lxw_col_t col) {
  char name[LXW_MAX_CELL_NAME_LENGTH];
  lxw_rowcol_to_cell(name, row, col);
  return name;
}

std::string range_name(lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                       lxw_col_t last_col) {
  char name[LXW_MAX_CELL_RANGE_LENGTH];
  lxw_rowcol_to_range(name, first_row, first_col, last_row, last_col);
  return name;
}

}  // namespace fundpress
