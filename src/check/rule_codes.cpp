#include "check/rule_codes.h"

#include <utility>

namespace fundpress {
namespace {

const RuleInfo rules[rule_count] = {
    {Rule::fund_limit, "fund-limit", RuleSeverity::error,
     "An award is below its fund's minimum or above its maximum."},
    {Rule::fund_envelope, "fund-envelope", RuleSeverity::error,
     "A fund's awards add up to more than its envelope in a year, or over its period."},
    {Rule::extension_term, "extension-term", RuleSeverity::error,
     "A term's extension options are longer than its initial term."},
    {Rule::single_tender_approval, "single-tender-approval", RuleSeverity::error,
     "A single tender action above the sign-off threshold names no approver."},
    {Rule::partnership_counterparty, "partnership-counterparty", RuleSeverity::error,
     "A partnership agreement is with a body that is not public sector."},
    {Rule::ineligible_cost, "ineligible-cost", RuleSeverity::error,
     "An award pays for a cost category its fund does not fund."},
    {Rule::ineligible_applicant, "ineligible-applicant", RuleSeverity::error,
     "An award goes to a kind of applicant its fund is not open to."},
    {Rule::spans_years, "spans-years", RuleSeverity::error,
     "An award from a one-year-only fund runs across financial years."},
    {Rule::one_off_repeat, "one-off-repeat", RuleSeverity::error,
     "A one-off fund pays the same recipient twice."},
    {Rule::cdr_grant_incomplete, "cdr-grant-incomplete", RuleSeverity::error,
     "A crime and disorder reduction grant lacks its recipient, purpose, conditions or reasons."},
    {Rule::unknown_fund, "unknown-fund", RuleSeverity::error,
     "A line names a fund that fundpress.json's \"funds\" does not list."},
    {Rule::unknown_priority, "unknown-priority", RuleSeverity::error,
     "A line names a priority the plan does not have."},
    {Rule::unknown_section, "unknown-section", RuleSeverity::error,
     "A line names a section that fundpress.json's \"sections\" does not list."},
    {Rule::unknown_mechanism, "unknown-mechanism", RuleSeverity::error,
     "A line names a mechanism that fundpress.json's \"mechanisms\" does not list."},
    {Rule::unknown_area, "unknown-area", RuleSeverity::error,
     "A line names an area that fundpress.json's \"areas\" does not list."},
    {Rule::duplicate_id, "duplicate-id", RuleSeverity::error,
     "Two lines have the same reference."},
    {Rule::end_before_start, "end-before-start", RuleSeverity::error,
     "A line ends before it starts."},
    {Rule::past_retention, "past-retention", RuleSeverity::warning,
     "A line's records are past their retention date (end of funding + \"retention_years\")."},
    {Rule::impossible_rule, "impossible-rule", RuleSeverity::error,
     "fundpress.json sets a rule that its own column mapping makes impossible to apply."},
};

}  // namespace

const RuleInfo& rule_info(Rule rule) { return rules[static_cast<int>(rule)]; }

bool rule_by_code(const std::string& code, Rule* rule) {
  for (const RuleInfo& info : rules)
    if (code == info.code) {
      *rule = info.rule;
      return true;
    }
  return false;
}

std::string rule_codes() {
  std::string codes;
  for (const RuleInfo& info : rules) codes += (codes.empty() ? "" : ", ") + std::string(info.code);
  return codes;
}

RuleSettings::RuleSettings() {
  for (const RuleInfo& info : rules) severity[static_cast<int>(info.rule)] = info.default_severity;
}

void report_rule(const RuleSettings& settings, Diagnostics& diagnostics, Rule rule, Position where,
                 std::string message, Project* project, int fund, int award) {
  switch (settings.of(rule)) {
    case RuleSeverity::off: return;
    case RuleSeverity::error:
      diagnostics.error(std::move(where), std::move(message), rule_info(rule).code);
      return;
    case RuleSeverity::warning:
      if (project && (fund >= 0 || award >= 0))
        project->breaches.push_back(Breach{rule_info(rule).code, message, fund, award});
      diagnostics.warning(std::move(where), std::move(message), rule_info(rule).code);
      return;
  }
}

}  // namespace fundpress
