#include "load/diagnostics.h"

#include <utility>

namespace fundpress {
namespace {

// Excel quotes a sheet name in a reference unless it is a plain word:
// 'My sheet'!C7, with a quote inside doubled.
std::string sheet_reference(const std::string& sheet) {
  bool plain = true;
  for (char c : sheet) {
    bool word =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    plain = plain && word;
  }
  if (plain) return sheet + '!';
  std::string quoted = "'";
  for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return quoted + "'!";
}

}  // namespace

std::string column_letters(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

std::string format_position(const Position& where) {
  std::string text = where.file;
  if (where.line > 0 && !where.sheet.empty()) {
    text += ':' + sheet_reference(where.sheet);
    std::string row = std::to_string(where.line);
    text += where.column > 0 ? column_letters(where.column) + row : row + ':' + row;
  } else if (where.line > 0) {
    text += ':' + std::to_string(where.line);
    if (where.column > 0) text += ':' + std::to_string(where.column);
  }
  return text;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string text = format_position(d.where);
  text += d.severity == Severity::error ? ": error: " : ": warning: ";
  text += d.message;
  if (!d.category.empty()) text += " [" + d.category + "]";
  return text;
}

void Diagnostics::error(Position where, std::string message, std::string category) {
  all_.push_back(
      Diagnostic{placed(std::move(where)), Severity::error, std::move(message), std::move(category)});
  ++errors_;
}

void Diagnostics::warning(Position where, std::string message, std::string category) {
  all_.push_back(Diagnostic{placed(std::move(where)), Severity::warning, std::move(message),
                            std::move(category)});
}

void Diagnostics::read_from_sheet(const std::string& file, const std::string& sheet) {
  sheets_[file] = sheet;
}

Position Diagnostics::placed(Position where) const {
  if (where.line <= 0 || !where.sheet.empty()) return where;
  auto sheet = sheets_.find(where.file);
  if (sheet != sheets_.end()) where.sheet = sheet->second;
  return where;
}

}  // namespace fundpress
