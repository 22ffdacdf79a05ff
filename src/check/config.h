// fundpress.json: the publisher's settings, checked and typed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/columns.h"
#include "check/organisations.h"
#include "check/parse_date.h"
#include "check/personal_data.h"
#include "check/rule_codes.h"
#include "check/total_labels.h"
#include "load/diagnostics.h"
#include "load/json_reader.h"
#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

/// Leaves a row out of every output when `field` holds one of `values`.
struct WithholdRule {
  Field field = Field::status;
  std::vector<std::string> values;
  std::string reason;
  Position where;  // the rule in fundpress.json, for a rule that can never match
};

struct InputRules;

/// One entry of "awards": a register file or a folder of them, with the
/// settings that differ for it ("columns", "year", "measure", "sheet").
struct AwardsEntry {
  std::string name;  // relative to the project folder; a folder ends in no extension
  Position where;    // the entry in fundpress.json
  bool has_year = false;
  FinancialYear year;
  bool has_columns = false;
  ColumnRules columns;
  bool has_measure = false;
  Measure measure = Measure::proposed;
  std::string sheet;  // empty: the top-level "xlsx" sheet
};

/// How to read the register: settings the check stage uses and the model
/// does not keep.
struct InputRules {
  ColumnRules columns;
  /// "year_range": [from, to], the years dates and financial years may fall in.
  YearRange years;
  bool has_default_year = false;
  FinancialYear default_year;
  /// "amount_unit": pounds per unit of figures that do not say their own unit
  /// (1, 1000, 1000000); 0 when not set, so units in headings and labels apply.
  int64_t amount_unit = 0;
  char delimiter = ',';
  std::string xlsx_sheet;  // the sheet of an .xlsx register; empty: its first
  std::vector<std::string> unknown_amount_statuses;  // statuses that allow an empty amount
  std::vector<WithholdRule> withhold;
  PersonalDataRules personal_data;  // "personal_data"
  std::vector<OrganisationEntry> organisations;  // "organisations": names, aliases, numbers
  /// "awards": the register's files and folders, in order; empty: awards.csv, .json or .xlsx.
  std::vector<AwardsEntry> awards;
  /// Set on the copy made for one file of a several-file register: what its
  /// amounts measure, when its entry says ("measure").
  bool has_file_measure = false;
  Measure file_measure = Measure::proposed;
  // How a printed table's totals are read and checked (check/total_labels.h).
  std::vector<ConfiguredTotal> totals;  // "totals": labels without the word, or what a total covers
  std::vector<std::string> not_totals;  // "not_totals": real lines whose names read like totals
  /// "printed_totals": "publish-with-note" publishes a total that disagrees
  /// with its lines as printed, with a note; by default it is an error.
  bool publish_differing_totals = false;
  /// "line_ceiling": a line above this is a warning (a total read as data, or
  /// a figure in the wrong unit). £1bn unless set.
  Money line_ceiling{100000000000};
  /// "rules": each rule's severity (check/rule_codes.h).
  RuleSettings rule_settings;
  /// Where fundpress.json maps a column to "section", and where it lists its
  /// funds: a config that makes a rule impossible is reported there.
  Position section_column_at;
  Position funds_at;
};

/// Reads the settings in `config` into `project` (publisher, sections, funds,
/// priorities, areas, display, wording, site) and `rules`. Every problem is
/// reported with its position; unknown keys are warnings.
bool check_config(const JsonDocument& config, Project* project, InputRules* rules,
                  Diagnostics& diagnostics);

}  // namespace fundpress
