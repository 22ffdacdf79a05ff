// fundpress.json: the publisher's settings, checked and typed.
#pragma once

#include <map>
#include <string>
#include <vector>

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
};

/// How to read the register: settings the check stage uses and the model
/// does not keep.
struct InputRules {
  std::map<Field, std::vector<std::string>> column_aliases;
  bool has_default_year = false;
  FinancialYear default_year;
  int64_t amount_unit = 1;  // pounds per unit of the amount column
  char delimiter = ',';
  std::vector<std::string> unknown_amount_statuses;  // statuses that allow an empty amount
  std::vector<WithholdRule> withhold;
  std::string awards_file;  // relative to the project folder; empty: awards.csv or awards.json
};

/// Reads the settings in `config` into `project` (publisher, sections, funds,
/// priorities, areas, display, wording, site) and `rules`. Every problem is
/// reported with its position; unknown keys are warnings.
bool check_config(const JsonDocument& config, Project* project, InputRules* rules,
                  Diagnostics& diagnostics);

}  // namespace fundpress
