// RFC 4180 CSV for publishing: comma-separated, CRLF after every record,
// UTF-8, a field in double quotes when it holds a comma, a double quote, CR or
// LF (a quote inside doubled). Text that a spreadsheet would run as a formula
// is neutralised as OWASP recommends (see formula_guarded).
#pragma once

#include <string>
#include <string_view>

namespace fundpress {

/// True when a spreadsheet would read `text` as a formula: after any single
/// quotes at its start, it begins with = + - @, a tab or a carriage return.
bool needs_formula_guard(std::string_view text);

/// `text` with one single quote put in front when needs_formula_guard, so a
/// spreadsheet shows it as text. Reversible: remove one leading quote from a
/// value that, after its leading quotes, begins with one of those characters.
/// (Counting the quotes is what makes it reversible: "'=x" becomes "''=x".)
std::string formula_guarded(std::string_view text);

class CsvWriter {
 public:
  explicit CsvWriter(std::string* out) : out_(out) {}

  /// A text field from the data or the publisher: guarded, quoted when needed.
  void text(std::string_view value);
  /// A field fundpress wrote itself (a number, a date): never guarded, so
  /// "-1234.00" stays a number. Quoted when needed.
  void plain(std::string_view value);
  /// Ends the record with CRLF.
  void end_row();

 private:
  void field(std::string_view value, bool force_quotes);

  std::string* out_;
  bool first_in_row_ = true;
};

}  // namespace fundpress
