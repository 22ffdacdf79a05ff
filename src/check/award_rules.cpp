#include "check/award_rules.h"

namespace fundpress {

Position RegisterCells::at(const Award& award, Field field) const {
  const std::string& file = (*files)[award.source.file];
  if (award.source.file < 0 || static_cast<std::size_t>(award.source.file) >= columns.size())
    return Position{file, award.source.line, 0};
  const ColumnMap& map = columns[award.source.file];
  int column = map.of(field);
  // A wide table's amount is in its year's column.
  if (field == Field::amount && map.wide())
    for (const AmountColumn& amount : map.amounts)
      if (amount.heading.year == award.year) column = amount.column;
  return Position{file, award.source.line, column + 1};
}

void check_award_rules(Project* project, const RegisterCells& cells, const InputRules& rules,
                       Diagnostics& diagnostics) {
  RuleContext context{project, cells, rules, diagnostics};
  check_config_rules(context);
  check_fund_rules(context);
  check_mechanism_rules(context);
  check_term_rules(context);
  check_cdr_rules(context);
}

}  // namespace fundpress
