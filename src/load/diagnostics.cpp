#include "load/diagnostics.h"

namespace fundpress {

std::string format_diagnostic(const Diagnostic& d) {
  std::string text = d.where.file;
  if (d.where.line > 0) {
    text += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) text += ':' + std::to_string(d.where.column);
  }
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
