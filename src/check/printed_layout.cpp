#include "check/printed_layout.h"

#include "check/columns.h"

namespace fundpress {
namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

int section_by_heading(const Project& project, const std::string& text) {
  std::string key = normalise_header(text);
  for (std::size_t i = 0; i < project.sections.size(); ++i)
    if (normalise_header(project.sections[i].name) == key ||
        normalise_header(project.sections[i].heading) == key)
      return static_cast<int>(i);
  return -1;
}

LayoutRow classify_layout_row(const Project& project, std::size_t filled, const std::string& label,
                              const std::string& organisation, const std::string& amount) {
  LayoutRow row;
  row.label = label;
  if (filled == 1 && amount.empty() && !label.empty()) {
    row.kind = LayoutRowKind::heading;
    return row;
  }
  if (amount.empty() || !organisation.empty() || label.empty()) return row;
  std::string key = normalise_header(label);
  for (std::size_t i = 0; i < project.sections.size(); ++i) {
    if (normalise_header(project.sections[i].subtotal_label) == key) {
      row.kind = LayoutRowKind::subtotal;
      row.section = static_cast<int>(i);
      return row;
    }
  }
  if (key == normalise_header(project.wording.grand_total_label) || key == "total" ||
      key == "grand total" || key == "overall total") {
    row.kind = LayoutRowKind::grand_total;
    return row;
  }
  for (const char* suffix : {" sub-total", " subtotal", " sub total", " total"}) {
    if (!ends_with(key, suffix)) continue;
    // "Victims total" belongs to Victims; a bare "sub-total" to the section above it.
    row.section = section_by_heading(project, key.substr(0, key.size() - std::string(suffix).size()));
    if (row.section >= 0 || std::string(suffix) != " total") row.kind = LayoutRowKind::subtotal;
    return row;
  }
  if (key == "sub-total" || key == "subtotal") row.kind = LayoutRowKind::subtotal;
  return row;
}

}  // namespace fundpress
