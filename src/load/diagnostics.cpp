#include "load/diagnostics.h"

namespace fundpress {

std::string format_position(const Position& where) {
  std::string text = where.file;
  if (where.line > 0) {
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

void Diagnostics::error(const Position& where, const std::string& message,
                        const std::string& category) {
  all_.push_back(Diagnostic{where, Severity::error, message, category});
  ++errors_;
}

void Diagnostics::warning(const Position& where, const std::string& message,
                          const std::string& category) {
  all_.push_back(Diagnostic{where, Severity::warning, message, category});
}

}  // namespace fundpress
