// The rules of a fund: its limits, its envelope, what it pays for, how long
// its awards run and whether a recipient may have a second one.
#include <algorithm>
#include <map>

#include "check/award_rules.h"
#include "check/columns.h"
#include "model/money_format.h"
#include "model/text.h"

namespace fundpress {
namespace {

std::string pounds(Money money) { return format_pounds(money, -1); }
Money minus(Money a, Money b) { return Money{a.pence - b.pence}; }

void check_limits(const RuleContext& c, const Award& award, int index) {
  const Fund& fund = c.project->funds[award.fund];
  Position at = c.cells.at(award, Field::amount);
  if (fund.has_max_award && fund.max_award < award.amount)
    c.report(Rule::fund_limit, at,
             pounds(award.amount) + " is above the " + fund.name + " maximum of " +
                 pounds(fund.max_award) + " by " + pounds(minus(award.amount, fund.max_award)),
             award.fund, index);
  if (fund.has_min_award && award.amount < fund.min_award)
    c.report(Rule::fund_limit, at,
             pounds(award.amount) + " is below the " + fund.name + " minimum of " +
                 pounds(fund.min_award) + " by " + pounds(minus(fund.min_award, award.amount)),
             award.fund, index);
}

bool listed(const std::vector<std::string>& names, const std::string& name) {
  for (const std::string& candidate : names)
    if (normalise_header(candidate) == normalise_header(name)) return true;
  return false;
}

void check_cost(const RuleContext& c, const Award& award, int index) {
  const Fund& fund = c.project->funds[award.fund];
  if (award.text(Field::cost_category).empty()) return;
  bool ineligible = listed(fund.ineligible_costs, award.text(Field::cost_category));
  bool not_eligible = !fund.eligible_costs.empty() && !listed(fund.eligible_costs, award.text(Field::cost_category));
  if (!ineligible && !not_eligible) return;
  std::string list;
  for (const std::string& name : ineligible ? fund.ineligible_costs : fund.eligible_costs)
    list += (list.empty() ? "" : ", ") + in_quotes(name);
  c.report(Rule::ineligible_cost, c.cells.at(award, Field::cost_category),
           "cost category " + in_quotes(award.text(Field::cost_category)) + " is not eligible for the " +
               fund.name + (ineligible ? "; it does not fund " : "; it funds only ") + list,
           award.fund, index);
}

// Who may apply: a line that names its applicant type must be one the fund lists.
void check_applicant(const RuleContext& c, const Award& award, int index) {
  const Fund& fund = c.project->funds[award.fund];
  if (award.text(Field::applicant_type).empty() || fund.eligible_applicants.empty() ||
      listed(fund.eligible_applicants, award.text(Field::applicant_type)))
    return;
  std::string list;
  for (const std::string& name : fund.eligible_applicants)
    list += (list.empty() ? "" : ", ") + in_quotes(name);
  c.report(Rule::ineligible_applicant, c.cells.at(award, Field::applicant_type),
           "applicant type " + in_quotes(award.text(Field::applicant_type)) + " may not apply to the " +
               fund.name + "; it is open to " + list,
           award.fund, index);
}

void check_spans_years(const RuleContext& c, const Award& award, int index) {
  const Fund& fund = c.project->funds[award.fund];
  if (fund.duration != FundDuration::one_year_only || award.start_date.empty() ||
      award.end_date.empty())
    return;
  FinancialYear from = FinancialYear::containing(award.start_date);
  FinancialYear to = FinancialYear::containing(award.end_date);
  if (from == to) return;
  c.report(Rule::spans_years, c.cells.at(award, Field::end_date),
           "runs from " + format_iso_date(award.start_date) + " to " +
               format_iso_date(award.end_date) + ", across " + from.label() + " and " +
               to.label() + ", but the " + fund.name + " funds one year only",
           award.fund, index);
}

// A fund's envelope covers periods of envelope_years financial years from its
// envelope_start (see envelope_period_of): "£300,000 over 3 years". The line
// that takes a period over is the one reported.
void check_envelopes(const RuleContext& c) {
  const Project& project = *c.project;
  for (std::size_t f = 0; f < project.funds.size(); ++f) {
    const Fund& fund = project.funds[f];
    if (!fund.has_envelope) continue;
    std::map<int, Money> spent;  // first year of a period -> its awards so far
    std::map<int, bool> reported;
    for (std::size_t i = 0; i < project.awards.size(); ++i) {
      const Award& award = project.awards[i];
      if (award.fund != static_cast<int>(f) || !award.amount_known) continue;
      FinancialYear from = envelope_period_of(project, fund, award.year);
      Money& total = spent[from.start];
      total += award.amount;
      if (!(fund.envelope < total) || reported[from.start]) continue;
      reported[from.start] = true;
      FinancialYear to{from.start + fund.envelope_years - 1};
      std::string when =
          fund.envelope_years == 1 ? "in " + from.label() : "in " + from.label() + " to " + to.label();
      c.report(Rule::fund_envelope, c.cells.at(award, Field::amount),
               "awards from the " + fund.name + " " + when + " reach " + pounds(total) +
                   " with this line, above its envelope of " + pounds(fund.envelope) + " by " +
                   pounds(minus(total, fund.envelope)),
               static_cast<int>(f), static_cast<int>(i));
    }
  }
}

// A one-off fund pays a recipient once; placeholders ("To be confirmed") name nobody.
void check_one_off(const RuleContext& c) {
  const Project& project = *c.project;
  std::map<std::pair<int, int>, std::size_t> first;  // (fund, organisation) -> award
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    if (award.fund < 0 || award.organisation < 0 ||
        project.funds[award.fund].duration != FundDuration::one_off ||
        project.organisations[award.organisation].placeholder)
      continue;
    auto [it, inserted] = first.emplace(std::make_pair(award.fund, award.organisation), i);
    if (inserted) continue;
    const Award& earlier = project.awards[it->second];
    c.report(Rule::one_off_repeat, c.cells.at(award, Field::organisation),
             in_quotes(project.organisations[award.organisation].name) +
                 " already has an award from the " + project.funds[award.fund].name +
                 " (line " + std::to_string(earlier.source.line) + "); the fund is one-off",
             award.fund, static_cast<int>(i));
  }
}

}  // namespace

void check_fund_rules(const RuleContext& c) {
  for (std::size_t i = 0; i < c.project->awards.size(); ++i) {
    const Award& award = c.project->awards[i];
    if (award.fund < 0) continue;
    if (award.amount_known) check_limits(c, award, static_cast<int>(i));
    check_cost(c, award, static_cast<int>(i));
    check_applicant(c, award, static_cast<int>(i));
    check_spans_years(c, award, static_cast<int>(i));
  }
  check_envelopes(c);
  check_one_off(c);
}

}  // namespace fundpress
