// Messages about the input, shaped like a compiler's so editors and CI can
// jump to them: "file:line:column: error: message [category]".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace fundpress {

/// A place in an input file. line and column are 1-based; 0 means unknown.
/// For CSV the column is the field number, as a spreadsheet counts columns.
struct Position {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  Position where;
  Severity severity = Severity::error;
  std::string message;
  std::string category;  // "money", "csv", "columns", ...
};

/// "data/x/awards.csv:17:5", "awards.csv:17", "fundpress.json".
std::string format_position(const Position& where);

/// "data/x/awards.csv:17:5: error: amount \"12.345\" has ... [money]"
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Collects every diagnostic of a run, in the order found.
class Diagnostics {
 public:
  void error(const Position& where, const std::string& message, const std::string& category);
  void warning(const Position& where, const std::string& message, const std::string& category);

  bool has_errors() const { return errors_ > 0; }
  std::size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
  std::size_t errors_ = 0;
};

}  // namespace fundpress
