// A register exported from a printed table keeps the table's own layout rows:
// a section's heading alone on its row, the section's sub-total, the grand
// total. They are recognised by rule, never by the data's wording alone: a
// heading is a row with exactly one field filled and no amount; a total is a
// row with an amount, no organisation, and a label that is a configured
// sub-total or grand-total label or ends in "total".
#pragma once

#include <string>
#include <vector>

#include "model/project.h"

namespace fundpress {

enum class LayoutRowKind { data, heading, subtotal, grand_total };

struct LayoutRow {
  LayoutRowKind kind = LayoutRowKind::data;
  std::string label;  // the heading or the total's label, as written
  int section = -1;   // a sub-total's section, when its label names one
};

/// Classifies a row from its trimmed field texts: `filled` counts the
/// non-empty fields, `label` is the first non-empty one that is not the
/// amount, `organisation` and `amount` the texts of those fields.
LayoutRow classify_layout_row(const Project& project, std::size_t filled, const std::string& label,
                              const std::string& organisation, const std::string& amount);

/// The index of the section whose name or printed heading is `text`, or -1.
int section_by_heading(const Project& project, const std::string& text);

}  // namespace fundpress
