#include "load/json_rows.h"

#include <map>
#include <string>

namespace fundpress {
namespace {

// One value as the text of a cell, as a CSV export would hold it. Returns
// false, having reported why, when it cannot be one.
bool cell_text(const JsonDocument& document, const std::string& key, const nlohmann::json& value,
               const std::string& pointer, std::string* text, Diagnostics& diagnostics) {
  if (value.is_string()) {
    *text = value.get<std::string>();
  } else if (value.is_number_integer() || value.is_number_unsigned()) {
    *text = value.dump();
  } else if (value.is_number_float()) {
    // A float has already lost exactness; amounts must be written as text or whole pence.
    // nlohmann holds a whole number past 64 bits as a float too: say which it was.
    bool whole = document.oversized_integers.count(pointer) > 0;
    diagnostics.error(
        document.position_of(pointer),
        "\"" + key +
            (whole ? "\" is a whole number too large to be read exactly (more than 64 "
                     "bits); check the figure"
                   : "\" is a JSON number with a fraction, which cannot hold pence "
                     "exactly; write it as a string, e.g. \"8683.75\""),
        "money");
    return false;
  } else if (value.is_boolean()) {
    *text = value.get<bool>() ? "yes" : "no";
  } else if (value.is_array()) {
    for (const auto& part : value) {
      if (!part.is_string()) {
        diagnostics.error(document.position_of(pointer), "\"" + key + "\" must be a list of texts",
                          "json");
        return false;
      }
      *text += (text->empty() ? "" : "; ") + part.get<std::string>();
    }
  } else if (!value.is_null()) {
    diagnostics.error(document.position_of(pointer),
                      "\"" + key + "\" must be text, a number or a list of texts", "json");
    return false;
  }
  return true;
}

}  // namespace

bool json_rows(const JsonDocument& document, const std::function<bool(Row&)>& on_row,
               Diagnostics& diagnostics) {
  std::string list_pointer;
  const nlohmann::json* list = &document.value;
  if (list->is_object() && list->contains("awards")) {
    list = &(*list)["awards"];
    list_pointer = "/awards";
  }
  if (!list->is_array()) {
    diagnostics.error(document.position_of(list_pointer),
                      "awards.json must be a list of awards, or an object with an \"awards\" list",
                      "json");
    return false;
  }
  Row header;
  std::map<std::string, int> column_of;
  for (const auto& award : *list) {
    if (!award.is_object()) continue;
    for (const auto& item : award.items()) {
      if (column_of.count(item.key())) continue;
      column_of[item.key()] = static_cast<int>(header.cells.size());
      header.cells.push_back(Cell{item.key(), 0, 0});
    }
  }
  Position start = document.position_of(list_pointer);
  header.line = start.line;
  for (Cell& cell : header.cells) cell.line = start.line;
  if (!on_row(header)) return false;

  for (std::size_t i = 0; i < list->size(); ++i) {
    std::string pointer = pointer_append(list_pointer, std::to_string(i));
    const nlohmann::json& award = (*list)[i];
    Position at = document.position_of(pointer);
    if (!award.is_object()) {
      diagnostics.error(at, "each award must be an object of field names and values", "json");
      continue;
    }
    Row row;
    row.line = at.line;
    row.cells.assign(header.cells.size(), Cell{"", at.line, at.column});
    bool usable = true;
    for (const auto& item : award.items()) {
      std::string value_pointer = pointer_append(pointer, item.key());
      Cell& cell = row.cells[column_of[item.key()]];
      Position value_at = document.position_of(value_pointer);
      cell.line = value_at.line;
      cell.column = value_at.column;
      usable &=
          cell_text(document, item.key(), item.value(), value_pointer, &cell.text, diagnostics);
    }
    if (usable && !on_row(row)) break;
  }
  return true;
}

}  // namespace fundpress
