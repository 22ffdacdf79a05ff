// What the register's columns mean and how they are typed, three ways from one
// mapping: a JSON Schema of awards.json, CSV on the Web metadata of
// awards.csv, and the data dictionary on the downloads page.
#pragma once

#include <nlohmann/json.hpp>

#include "view/register_view.h"

namespace fundpress {

/// downloads/awards.schema.json: JSON Schema (draft 2020-12) of awards.json.
nlohmann::ordered_json awards_schema(const RegisterView& view);

/// downloads/awards.csv-metadata.json: W3C tabular metadata (CSV on the Web)
/// of awards.csv, which it names by the relative URL "awards.csv".
nlohmann::ordered_json csvw_metadata(const RegisterView& view);

/// One entry per column of awards.csv (and key of awards.json): name, label,
/// meaning, type in words, an example from the data.
nlohmann::json data_dictionary(const RegisterView& view);

/// What the amounts in the downloads are, in words, for the schema and the page.
extern const char* const amounts_explained;
/// How awards.csv neutralises formulas, in words, for the metadata and the page.
extern const char* const formula_guard_explained;

}  // namespace fundpress
