// The register as the open-data downloads publish it (awards.csv,
// awards.json): every published row, and the columns the data fills. Rows are
// indices into the project, so a register of a million rows is not copied.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

struct RegisterColumn {
  Field field;
  std::string name;   // "organisation": the CSV header and the JSON key
  std::string label;  // the publisher's heading: "Delivery organisation"
};

struct RegisterView {
  const Project* project = nullptr;
  std::vector<RegisterColumn> columns;
  std::vector<std::size_t> rows;  // indices into project->awards, in source order
  /// What the rows are, as the members of awards.json before its "awards":
  /// title, publisher, licence, as_of, measure, currency.
  nlohmann::ordered_json about;
};

RegisterView register_view(const Project& project);

/// The JSON key that carries an amount as an integer of pence, beside the
/// decimal string under the column's own name.
extern const char* const pence_key;

}  // namespace fundpress
