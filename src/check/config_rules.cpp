// A fundpress.json that makes its own rules impossible to apply: the fund
// rules it sets could never fire, which would pass a breaking register silently.
#include <set>

#include "check/award_rules.h"
#include "check/columns.h"
#include "model/text.h"

namespace fundpress {
namespace {

bool fund_has_rules(const Fund& fund) {
  return fund.has_min_award || fund.has_max_award || fund.has_envelope ||
         !fund.eligible_costs.empty() || !fund.ineligible_costs.empty() ||
         fund.duration == FundDuration::one_off || fund.duration == FundDuration::one_year_only;
}

}  // namespace

void check_config_rules(const RuleContext& c) {
  const Project& project = *c.project;
  bool rules = false;
  std::set<std::string> fund_names;
  for (const Fund& fund : project.funds) {
    rules |= fund_has_rules(fund);
    fund_names.insert(normalise_header(fund.name));
  }
  if (!rules) return;
  bool any_fund = false;
  std::set<int> sections_used;
  for (const Award& award : project.awards) {
    any_fund |= award.fund >= 0;
    sections_used.insert(award.section);
  }
  if (any_fund) return;
  // The sections the lines fall in are the funds' names: the fund column is read as the section.
  std::string named;
  for (int s : sections_used)
    if (fund_names.count(normalise_header(project.sections[s].name)))
      named += (named.empty() ? "" : ", ") + in_quotes(project.sections[s].name);
  bool fund_column = false;
  for (const ColumnMap& map : c.cells.columns) fund_column |= map.of(Field::fund) >= 0;
  if (!named.empty()) {
    Position at = c.rules.section_column_at.file.empty() ? c.rules.funds_at
                                                         : c.rules.section_column_at;
    c.report(Rule::impossible_rule, at,
             "the column read as \"section\" holds the names of funds (" + named +
                 "), so no line has a fund and the funds' limits, envelopes and eligibility "
                 "are never checked: map that column to \"fund\" (and to \"section\" only if "
                 "the sections are something else)");
  } else if (!fund_column && !project.awards.empty()) {
    c.report(Rule::impossible_rule, c.rules.funds_at,
             "the funds set limits, envelopes or eligibility, but the register has no fund "
             "column, so they are never checked: add a fund column, or map one in \"columns\"");
  }
}

}  // namespace fundpress
