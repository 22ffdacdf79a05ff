// Messages about the input, shaped like a compiler's so editors and CI can
// jump to them: "file:line:column: error: message [category]".
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fundpress {

/// A place in an input file. line and column are 1-based; 0 means unknown.
/// For CSV the column is the field number, as a spreadsheet counts columns.
/// In a workbook, `sheet` names the sheet, line is the row and column the
/// column number (A = 1), printed as Excel names the cell: "Sheet1!C7".
struct Position {
  Position() = default;
  // Most positions name no sheet: Position{file, line, column}.
  Position(std::string in_file, int at_line = 0, int at_column = 0, std::string in_sheet = "")
      : file(std::move(in_file)), line(at_line), column(at_column), sheet(std::move(in_sheet)) {}

  std::string file;
  int line = 0;
  int column = 0;
  std::string sheet;
};

enum class Severity { error, warning };

struct Diagnostic {
  Position where;
  Severity severity = Severity::error;
  std::string message;
  std::string category;  // "money", "csv", "columns", ...
};

/// Excel's name for a column number: 1 is "A", 28 is "AB", 16384 is "XFD".
std::string column_letters(int column);

/// "data/x/awards.csv:17:5", "awards.csv:17", "fundpress.json"; in a workbook
/// "awards.xlsx:Sheet1!E17", a whole row "awards.xlsx:Sheet1!17:17".
std::string format_position(const Position& where);

/// "data/x/awards.csv:17:5: error: amount \"12.345\" has ... [money]"
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Collects every diagnostic of a run, in the order found.
class Diagnostics {
 public:
  // By value: a message made for the call is moved in, not copied.
  void error(Position where, std::string message, std::string category);
  void warning(Position where, std::string message, std::string category);

  /// Says that `file` was read from `sheet` of a workbook: from then on, a
  /// position in `file` that names a row is in that sheet, wherever it was
  /// made (the check stage knows rows and columns, not sheets).
  void read_from_sheet(const std::string& file, const std::string& sheet);
  /// `where`, in its sheet when its file was read from one.
  Position placed(Position where) const;

  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
  std::size_t errors_ = 0;
  std::map<std::string, std::string> sheets_;  // file -> the sheet it was read from
};

}  // namespace fundpress
