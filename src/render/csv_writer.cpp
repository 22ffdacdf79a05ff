#include "render/csv_writer.h"

namespace fundpress {

bool needs_formula_guard(std::string_view text) {
  std::size_t first = text.find_first_not_of('\'');
  if (first == std::string_view::npos) return false;
  switch (text[first]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
  }
}

std::string formula_guarded(std::string_view text) {
  std::string out;
  if (needs_formula_guard(text)) out += '\'';
  out += text;
  return out;
}

void CsvWriter::text(std::string_view value) {
  // OWASP: the guarded field is also put in double quotes.
  if (needs_formula_guard(value)) field(formula_guarded(value), true);
  else field(value, false);
}

void CsvWriter::plain(std::string_view value) { field(value, false); }

void CsvWriter::field(std::string_view value, bool force_quotes) {
  if (!first_in_row_) *out_ += ',';
  first_in_row_ = false;
  if (!force_quotes && value.find_first_of(",\"\r\n") == std::string_view::npos) {
    *out_ += value;
    return;
  }
  *out_ += '"';
  for (char c : value) {
    if (c == '"') *out_ += '"';
    *out_ += c;
  }
  *out_ += '"';
}

void CsvWriter::end_row() {
  *out_ += "\r\n";
  first_in_row_ = true;
}

}  // namespace fundpress
