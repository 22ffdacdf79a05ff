// The one registry of rule codes: every rule the check stage applies to a
// register, its default severity, and the publisher's choice of severity
// ("rules": {"fund-limit": "warning"}).
#pragma once

#include <array>
#include <string>

#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

enum class Rule {
  fund_limit,
  fund_envelope,
  extension_term,
  single_tender_approval,
  partnership_counterparty,
  ineligible_cost,
  ineligible_applicant,
  spans_years,
  one_off_repeat,
  cdr_grant_incomplete,
  unknown_fund,
  unknown_priority,
  unknown_section,
  unknown_mechanism,
  unknown_area,
  duplicate_id,
  end_before_start,
  past_retention,
  impossible_rule,
};
constexpr int rule_count = static_cast<int>(Rule::impossible_rule) + 1;

/// What a broken rule does: stop the build, warn, or nothing.
enum class RuleSeverity { error, warning, off };

struct RuleInfo {
  Rule rule;
  const char* code;  // "fund-limit": the key in "rules" and the diagnostic's [category]
  RuleSeverity default_severity;
  const char* meaning;  // one sentence for the README and messages
};

const RuleInfo& rule_info(Rule rule);
/// The rule whose code is `code`, or false.
bool rule_by_code(const std::string& code, Rule* rule);
/// "fund-limit, fund-envelope, ...": every code, for messages.
std::string rule_codes();

/// The severity of each rule for one project: defaults, then fundpress.json's "rules".
struct RuleSettings {
  std::array<RuleSeverity, rule_count> severity;
  RuleSettings();
  RuleSeverity of(Rule rule) const { return severity[static_cast<int>(rule)]; }
};

/// Reports that `rule` is broken at `where`, as its severity says, with the
/// rule's code as the category. A warning that concerns a fund or a line is
/// also kept in `project->breaches`, for the pages. `project` may be null.
/// By value: a register may break a rule on every line, and the place and
/// message made for the call are moved in, not copied.
void report_rule(const RuleSettings& settings, Diagnostics& diagnostics, Rule rule, Position where,
                 std::string message, Project* project = nullptr, int fund = -1, int award = -1);

}  // namespace fundpress
