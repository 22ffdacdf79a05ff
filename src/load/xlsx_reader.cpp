#include "load/xlsx_reader.h"

#include <algorithm>
#include <vector>

#include "load/utf8.h"
#include "load/xlsx_archive.h"
#include "load/xlsx_shared_strings.h"
#include "load/xlsx_styles.h"
#include "load/xlsx_values.h"
#include "load/xlsx_workbook.h"
#include "model/money_format.h"
#include "model/text.h"

namespace fundpress {
namespace {

constexpr long excel_rows = 1048576;
constexpr long excel_columns = 16384;  // XFD

// "C7" -> column 3, row 7: capital letters then a row number, within
// XFD1048576, as Excel writes a cell's address.
bool parse_cell_reference(std::string_view reference, int* column, int* row) {
  std::size_t i = 0;
  long letters = 0;
  for (; i < reference.size() && i < 3 && reference[i] >= 'A' && reference[i] <= 'Z'; ++i)
    letters = letters * 26 + (reference[i] - 'A' + 1);
  std::size_t digits = i;
  long number = 0;
  for (; i < reference.size() && i - digits < 7 && reference[i] >= '0' && reference[i] <= '9'; ++i)
    number = number * 10 + (reference[i] - '0');
  if (digits == 0 || i == digits || i != reference.size() || reference[digits] == '0' ||
      letters > excel_columns || number > excel_rows)
    return false;
  *column = static_cast<int>(letters);
  *row = static_cast<int>(number);
  return true;
}

// A row number as <row r="7"> gives it.
bool parse_row_number(std::string_view text, int* row) {
  int column;
  return parse_cell_reference("A" + std::string(text), &column, row);
}

enum class CellType {
  number,
  shared_string,
  inline_string,
  formula_string,
  boolean,
  error,
  date,
  unknown
};

CellType cell_type(std::string_view t) {
  if (t.empty() || t == "n") return CellType::number;
  if (t == "s") return CellType::shared_string;
  if (t == "inlineStr") return CellType::inline_string;
  if (t == "str") return CellType::formula_string;
  if (t == "b") return CellType::boolean;
  if (t == "e") return CellType::error;
  if (t == "d") return CellType::date;
  return CellType::unknown;
}

// A whole number attribute (a style or shared-string index); -1 if it is none.
long long index_number(std::string_view text) {
  if (text.empty() || text.size() > 10) return -1;
  long long value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

struct SheetContext {
  std::string file;
  std::string sheet;
  const XlsxLimits* limits;
  const std::vector<NumberShape>* shapes;
  const SharedStrings* strings;
  bool date1904;
  bool keep_blank_rows;
  const std::function<void(Row&)>* on_row;
  Diagnostics* diagnostics;
};

// The sheet's rows and cells as expat reads them, one row in memory at a time.
class SheetReader : public XmlHandler {
 public:
  explicit SheetReader(const SheetContext& context) : c_(context) {}

  void start(std::string_view name, const XmlAttributes& a) override {
    if (in_cell_) {
      start_in_cell(name);
    } else if (name == "c" && in_row_) {
      start_cell(a);
    } else if (name == "row" && in_data_) {
      start_row(a);
    } else if (name == "sheetData") {
      in_data_ = true;
    } else if (name == "dimension") {
      read_dimension(a.get("ref"));
    }
  }

  void end(std::string_view name) override {
    if (in_cell_ && name != "c") {
      if (name == "v") in_value_ = false;
      else if (name == "is") in_inline_ = false;
      else if (in_inline_) rich_.end(name);
    } else if (name == "c" && in_cell_) {
      in_cell_ = false;
      finish_cell();
    } else if (name == "row" && in_row_) {
      in_row_ = false;
      finish_row();
    } else if (name == "sheetData") {
      in_data_ = false;
    }
  }

  void text(std::string_view text) override {
    if (in_value_) {
      if (value_.size() + text.size() > 8 * xlsx_cell_characters) value_too_long_ = true;
      else value_.append(text);
    } else if (in_inline_) {
      rich_.text(text);
    }
  }

  // The reports that wait for the end of the sheet; `complete` when it was read to its end.
  void finish(bool complete) {
    if (formulas_without_values_ > 1)
      error_at(0, 0,
               std::to_string(formulas_without_values_ - 1) +
                   " more formula cells have no saved value (only the first is shown)",
               "xlsx");
    if (encoding_errors_ > 1)
      error_at(0, 0,
               std::to_string(encoding_errors_ - 1) +
                   " more cells hold control characters (only the first is shown)",
               "encoding");
    if (!header_seen_ && complete)
      error_at(0, 0, "sheet " + in_quotes(c_.sheet) + " is empty; it needs a header row", "xlsx");
  }

 private:
  struct PendingCell {
    int column = 0;
    std::string text;
  };

  void error_at(int row, int column, const std::string& message, const std::string& category) {
    Position at{c_.file, row, column};
    if (row > 0) at.sheet = c_.sheet;
    c_.diagnostics->error(at, message, category);
  }

  // A problem that makes the rest of the sheet meaningless: reported, and reading stops.
  void refuse(int row, int column, const std::string& message) {
    error_at(row, column, message + "; the file is damaged: open it in Excel and save it again",
             "xlsx");
    stop("");
  }

  void read_dimension(std::string_view ref) {
    std::size_t colon = ref.find(':');
    int first_column, first_row, last_column, last_row;
    bool valid = parse_cell_reference(ref.substr(0, colon), &first_column, &first_row);
    if (colon == std::string_view::npos) {
      last_column = first_column;
      last_row = first_row;
    } else {
      valid = valid && parse_cell_reference(ref.substr(colon + 1), &last_column, &last_row) &&
              first_column <= last_column && first_row <= last_row;
    }
    if (!valid) {
      refuse(0, 0,
             "the sheet says it spans " + in_quotes(ref) +
                 ", which is not a range of cells within A1:XFD1048576");
    } else if (last_column > c_.limits->columns) {
      error_at(0, 0,
               "the sheet says it spans " + std::string(ref) + ", " + grouped(last_column) +
                   " columns, wider than the " + grouped(c_.limits->columns) +
                   " columns fundpress reads; delete the unused columns in Excel and save again",
               "xlsx");
      stop("");
    } else {
      stated_columns_ = last_column;
    }
  }

  void start_row(const XmlAttributes& a) {
    std::string_view r = a.get("r");
    int number = last_row_ + 1;
    if (!r.empty() && !parse_row_number(r, &number))
      return refuse(0, 0, "row number " + in_quotes(r) + " is not a row within 1 to 1048576");
    if (number <= last_row_)
      return refuse(number, 0,
                    "row " + std::to_string(number) + " comes after row " +
                        std::to_string(last_row_) + ": the rows are out of order");
    if (number > excel_rows) return refuse(0, 0, "a row lies below row 1048576, Excel's last");
    in_row_ = true;
    row_ = last_row_ = number;
    last_column_ = 0;
    used_ = 0;
    row_failed_ = false;
  }

  void start_cell(const XmlAttributes& a) {
    std::string_view r = a.get("r");
    int column = last_column_ + 1, row = row_;
    if (!r.empty() && !parse_cell_reference(r, &column, &row))
      return refuse(row_, 0,
                    "cell reference " + in_quotes(r) + " is not a cell within A1:XFD1048576");
    auto name = [&] { return column_letters(column) + std::to_string(row); };
    if (row != row_)
      return refuse(row_, last_column_ + 1,
                    "cell " + name() + " is written inside row " + std::to_string(row_));
    if (column <= last_column_)
      return refuse(row, column,
                    "cell " + name() + " comes after " + column_letters(last_column_) +
                        std::to_string(row) + ": the cells are out of order");
    if (column > excel_columns)
      return refuse(row, 0, "a cell lies right of column XFD, Excel's last");
    in_cell_ = true;
    last_column_ = column;
    type_ = cell_type(a.get("t"));
    if (type_ == CellType::unknown) type_name_ = std::string(a.get("t"));
    style_ = index_number(a.get("s", "0"));
    has_formula_ = has_value_ = in_value_ = in_inline_ = value_too_long_ = false;
    value_.clear();
    rich_.clear();
  }

  void start_in_cell(std::string_view name) {
    if (name == "f") {
      has_formula_ = true;
    } else if (name == "v") {
      has_value_ = in_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
    } else if (in_inline_) {
      rich_.start(name);
    }
  }

  // The text of the cell just read; false with *error when it has none that
  // can be trusted.
  bool cell_text(std::string* text, std::string* error, bool* unsaved_formula) {
    if (value_too_long_) {
      *error =
          "text is longer than " + grouped(xlsx_cell_characters) +
          " characters, Excel's limit for a cell; the file was not written by Excel, or is damaged";
      return false;
    }
    bool result_missing = !has_value_ || (value_.empty() && type_ != CellType::formula_string);
    if (has_formula_ && type_ != CellType::inline_string && result_missing) {
      *unsaved_formula = true;
      *error =
          "formula has no saved value: the workbook was written by a program that does not "
          "calculate; open it in Excel (or LibreOffice) and save it, then run fundpress again";
      return false;
    }
    switch (type_) {
      case CellType::inline_string: return rich_.value(text, error);
      case CellType::formula_string:
        *text = decode_xml_escapes(value_);
        if (count_code_points(*text) <= xlsx_cell_characters) return true;
        *error = "text is longer than " + grouped(xlsx_cell_characters) +
                 " characters, Excel's limit for a cell";
        return false;
      case CellType::shared_string: {
        if (value_.empty()) return true;
        long long index = index_number(value_);
        if (index >= 0 && static_cast<std::size_t>(index) < c_.strings->size()) {
          *text = std::string((*c_.strings)[static_cast<std::size_t>(index)]);
          return true;
        }
        *error = "cell refers to shared string " + in_quotes(value_) + ", but the workbook has " +
                 count_of(c_.strings->size(), "shared string") + "; the file is damaged";
        return false;
      }
      case CellType::boolean:
        if (value_ == "1" || value_ == "0" || value_.empty()) {
          *text = value_.empty() ? "" : value_ == "1" ? "TRUE" : "FALSE";
          return true;
        }
        *error = "true-or-false cell holds " + in_quotes(value_) + "; the file is damaged";
        return false;
      case CellType::error:
        *error = "cell holds Excel's error value " +
                 (value_.empty() ? std::string("(none given)") : value_) +
                 "; correct the formula or value in the workbook, or clear the cell, and save it";
        return false;
      case CellType::date: *text = iso_date_cell_text(value_); return true;
      case CellType::number: {
        if (value_.empty()) return true;
        NumberShape shape = NumberShape::plain;
        if (style_ >= 0 && static_cast<std::size_t>(style_) < c_.shapes->size()) {
          shape = (*c_.shapes)[static_cast<std::size_t>(style_)];
        } else if (style_ != 0) {
          *error = "cell has format number " + std::to_string(style_) +
                   ", which the workbook's styles do not define; the file is damaged";
          return false;
        }
        return number_cell_text(value_, shape, c_.date1904, text, error);
      }
      case CellType::unknown: break;
    }
    *error =
        "cell has type " + in_quotes(type_name_) + ", which no workbook uses; the file is damaged";
    return false;
  }

  void finish_cell() {
    std::string text, error;
    bool unsaved_formula = false;
    if (!cell_text(&text, &error, &unsaved_formula)) {
      row_failed_ = true;
      if (!unsaved_formula || formulas_without_values_++ == 0)
        error_at(row_, last_column_, error, "xlsx");
      return;
    }
    std::size_t bad = find_disallowed_character(text);
    if (bad != std::string::npos) {
      row_failed_ = true;
      if (encoding_errors_++ == 0)
        error_at(row_, last_column_, disallowed_character_message(text, bad), "encoding");
      return;
    }
    if (text.empty()) return;
    if (used_ == pending_.size()) pending_.emplace_back();
    pending_[used_].column = last_column_;
    pending_[used_].text.swap(text);
    ++used_;
  }

  void finish_row() {
    int last_filled = 0;
    for (std::size_t i = 0; i < used_; ++i)
      if (!is_blank_field(pending_[i].text)) last_filled = pending_[i].column;
    if (last_filled == 0)
      return;  // a blank row: left out, or passed on before the next one that is not
    if (!header_seen_) {
      if (last_filled > c_.limits->columns) {
        error_at(row_, last_filled,
                 "the header row reaches column " + column_letters(last_filled) +
                     ", wider than the " + grouped(c_.limits->columns) + " columns fundpress reads",
                 "xlsx");
        stop("");
        return;
      }
      header_seen_ = true;
      width_ = std::max(last_filled, stated_columns_);
      header_row_ = last_filled_row_ = row_;
      emit(row_, true);
      return;
    }
    if (c_.keep_blank_rows)  // the spacers since the last row that was not blank
      for (int blank = last_filled_row_ + 1; blank < row_; ++blank) emit(blank, false);
    last_filled_row_ = row_;
    if (row_failed_) return;  // its problem is reported; the rest of the row alone would mislead
    if (last_filled > width_) {
      error_at(row_, last_filled,
               "cell " + column_letters(last_filled) + std::to_string(row_) +
                   " is right of the table, whose header (row " + std::to_string(header_row_) +
                   ") ends at column " + column_letters(width_) +
                   "; give the column a heading or clear the cell",
               "xlsx");
      return;
    }
    emit(row_, true);
  }

  // Passes on row `line` at the table's width: the row just read, or a blank one.
  void emit(int line, bool with_cells) {
    out_.line = line;
    out_.cells.assign(static_cast<std::size_t>(width_), Cell{});
    for (int i = 0; i < width_; ++i) {
      out_.cells[i].line = line;
      out_.cells[i].column = i + 1;
    }
    for (std::size_t i = 0; with_cells && i < used_; ++i)
      if (pending_[i].column <= width_)
        out_.cells[pending_[i].column - 1].text.swap(pending_[i].text);
    (*c_.on_row)(out_);
  }

  SheetContext c_;
  Row out_;  // reused, row after row

  // Where the reader is.
  bool in_data_ = false, in_row_ = false, in_cell_ = false, in_value_ = false, in_inline_ = false;
  int stated_columns_ = 0;  // the last column of the sheet's stated dimension
  int last_row_ = 0;
  int row_ = 0;
  int last_column_ = 0;

  // The cell being read.
  CellType type_ = CellType::number;
  std::string type_name_;
  long long style_ = 0;
  bool has_formula_ = false, has_value_ = false, value_too_long_ = false;
  std::string value_;
  RichText rich_;

  // The row being read: its cells that hold text, in column order.
  std::vector<PendingCell> pending_;
  std::size_t used_ = 0;
  bool row_failed_ = false;

  bool header_seen_ = false;
  int header_row_ = 0;
  int last_filled_row_ = 0;  // the last row that was not blank
  int width_ = 0;
  std::size_t formulas_without_values_ = 0;
  std::size_t encoding_errors_ = 0;
};

}  // namespace

XlsxRead read_xlsx(const std::string& path, const std::string& file, const XlsxOptions& options,
                   const std::function<void(Row&)>& on_row, Diagnostics& diagnostics) {
  auto fail = [&](const std::string& message) {
    diagnostics.error(Position{file, 0, 0}, message, "xlsx");
    return XlsxRead::stopped;
  };
  XlsxArchive archive;
  std::string error;
  bool unreadable = false;
  if (!archive.open(path, &error, &unreadable)) {
    if (!unreadable) return fail(error);
    diagnostics.error(Position{file, 0, 0}, "cannot read the file: " + error, "io");
    return XlsxRead::unreadable;
  }
  const XlsxLimits& limits = options.limits;
  XlsxWorkbook workbook;
  if (!read_workbook(archive, limits.small_part_bytes, &workbook, &error)) return fail(error);
  const XlsxSheet* sheet = choose_sheet(workbook, options.sheet, &error);
  if (!sheet) return fail(error);
  diagnostics.read_from_sheet(file, sheet->name);

  std::vector<NumberShape> shapes;
  if (!workbook.styles_part.empty() &&
      !read_cell_shapes(archive, workbook.styles_part, limits.small_part_bytes, &shapes, &error))
    return fail(error);
  SharedStrings strings;
  if (!workbook.shared_strings_part.empty() &&
      !read_shared_strings(archive, workbook.shared_strings_part, limits.part_bytes,
                           limits.shared_strings_bytes, &strings, &error))
    return fail(error);

  SheetReader reader(SheetContext{file, sheet->name, &limits, &shapes, &strings, workbook.date1904,
                                  options.keep_blank_rows, &on_row, &diagnostics});
  bool complete = archive.parse(sheet->part, limits.part_bytes, reader, &error);
  if (!complete && !error.empty()) fail(error);
  reader.finish(complete);
  return complete ? XlsxRead::complete : XlsxRead::stopped;
}

}  // namespace fundpress
