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
/// In the language `project`'s pages are planned in.
nlohmann::json data_dictionary(const Project& project, const RegisterView& view);

}  // namespace fundpress
