#include "view/format.h"

#include <cstdio>

#include "model/units.h"

namespace fundpress {

std::string format_row_amount(Money money, const DisplayRules& rules) {
  return format_amount(money, rules.row_decimals, rules.negative_in_brackets, rules.unit);
}

std::string format_total_amount(Money money, const DisplayRules& rules) {
  return format_amount(money, rules.total_decimals, rules.negative_in_brackets, rules.unit);
}

std::string format_total_pounds(Money money, const DisplayRules& rules) {
  return format_pounds(money, rules.total_decimals, rules.negative_in_brackets, rules.unit);
}

std::string heading_for(const Project& project, Field field, int64_t unit, FinancialYear year) {
  std::string label =
      year.start ? field_label(project.wording, field, year) : field_label(project.wording, field);
  // A label that states no unit over figures in pounds needs none.
  if (field != Field::amount || (unit == 1 && stated_unit(label) == 0)) return label;
  std::string bare = without_unit(label);
  std::string marker = std::string("(") + unit_marker(unit) + ")";
  return bare.empty() ? marker : bare + " " + marker;
}

std::string amount_text(const Award& award, const DisplayRules& rules) {
  return award.amount_known ? format_row_amount(award.amount, rules) : award.status;
}

std::string format_date(const Project& project, const Date& date) {
  if (date.empty()) return "";
  return std::to_string(date.day) + " " + text_of(project, "month_" + std::to_string(date.month)) +
         " " + std::to_string(date.year);
}

std::string year_slug(FinancialYear year) {
  std::string label = year.label();
  label[4] = '-';
  return label;
}

std::string file_size_text(const Project& project, uint64_t bytes) {
  if (bytes < 1024) return count_text(project, bytes, "byte");
  bool mega = bytes >= 1024 * 1024;
  uint64_t unit = mega ? 1024 * 1024 : 1024;
  uint64_t tenths = (bytes * 10 + unit / 2) / unit;
  return grouped(tenths / 10) + "." + std::to_string(tenths % 10) + (mega ? " MB" : " KB");
}

}  // namespace fundpress
