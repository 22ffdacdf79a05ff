// The rules about a whole register, applied once every line is read: each
// family in a file of its own (fund_rules.cpp, mechanism_rules.cpp,
// term_rules.cpp, cdr_rules.cpp, config_rules.cpp), every breach reported at
// its cell with the figures involved, at the severity the publisher chose.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/columns.h"
#include "check/config.h"
#include "check/rule_codes.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// Where each field of a line was read: every register file's columns.
struct RegisterCells {
  const std::vector<std::string>* files = nullptr;  // Project::source_files
  std::vector<ColumnMap> columns;                   // by source file index
  /// The cell of `field` on `award`'s line; the line alone when its file has no such column.
  Position at(const Award& award, Field field) const;
};

/// What every rule family reads, and how it reports.
struct RuleContext {
  Project* project;
  const RegisterCells& cells;
  const InputRules& rules;
  Diagnostics& diagnostics;
  void report(Rule rule, Position where, std::string message, int fund = -1, int award = -1) const {
    report_rule(rules.rule_settings, diagnostics, rule, std::move(where), std::move(message),
                project, fund, award);
  }
};

/// Applies every rule of check/rule_codes.h that needs the whole register.
void check_award_rules(Project* project, const RegisterCells& cells, const InputRules& rules,
                       Diagnostics& diagnostics);

// The families, each in its own file.
void check_fund_rules(const RuleContext& context);       // fund-limit, fund-envelope,
                                                          // ineligible-cost,
                                                          // ineligible-applicant,
                                                          // spans-years, one-off-repeat
void check_mechanism_rules(const RuleContext& context);  // single-tender-approval,
                                                          // partnership-counterparty
void check_term_rules(const RuleContext& context);       // extension-term, past-retention
void check_cdr_rules(const RuleContext& context);        // cdr-grant-incomplete
void check_config_rules(const RuleContext& context);     // impossible-rule

}  // namespace fundpress
