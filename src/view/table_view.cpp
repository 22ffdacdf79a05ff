#include "view/table_view.h"

#include "rollup/rollup.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/page.h"
#include "view/report_view.h"

namespace fundpress {
namespace {

// The page an award's field links to, if that field has pages.
std::string field_url(const Project& project, const SitePaths& paths, const Award& award,
                      const std::string& field) {
  if (field == "service") return SitePaths::award(award);
  if (field == "organisation") return paths.item(Dimension::organisation, award.organisation);
  if (field == "section") return paths.item(Dimension::section, award.section);
  if (field == "area" && award.area >= 0) return paths.item(Dimension::area, award.area);
  if (field == "fund" && award.fund >= 0) return paths.item(Dimension::fund, award.fund);
  if (field == "year" && year_key(project, award.year) >= 0)
    return paths.item(Dimension::year, year_key(project, award.year));
  return "";
}

}  // namespace

std::string row_noun(const Project& project) {
  switch (project.measure) {
    case Measure::proposed: return "budget line";
    case Measure::awarded: return "award";
    case Measure::paid: return "payment";
  }
  return "row";
}

std::string count_rows(const Project& project, std::size_t rows) {
  return count_of(rows, row_noun(project));
}

std::vector<AwardColumn> award_columns(const Project& project, const std::vector<std::size_t>& awards,
                                       const std::string& leave_out) {
  static const char* const candidates[] = {
      "service", "organisation", "description", "amount",    "area",       "section",  "fund",
      "priority", "year",        "status",      "mechanism", "start_date", "end_date"};
  std::vector<AwardColumn> columns;
  for (const char* field : candidates) {
    if (field == leave_out) continue;
    std::string name = field;
    bool shown = name == "service" || name == "organisation" || name == "amount" ||
                 (name == "year" && project.years.size() > 1);
    if (name == "section") shown = project.sections.size() > 1;
    for (std::size_t i = 0; !shown && i < awards.size() && name != "year" && name != "section"; ++i)
      shown = !award_field_text(project, project.awards[awards[i]], name).empty();
    if (shown) columns.push_back({name, field_label(project, name), name == "amount"});
  }
  return columns;
}

nlohmann::json table_cell(const nlohmann::json& marked, const std::string& url, bool numeric,
                          bool row_header) {
  return {{"runs", marked["runs"]}, {"text", marked["text"]}, {"url", url},
          {"has_url", !url.empty()}, {"numeric", numeric}, {"row_header", row_header}};
}

nlohmann::json plain_cell(const std::string& text, const std::string& url, bool numeric,
                          bool row_header) {
  nlohmann::json runs = nlohmann::json::array({{{"text", text}, {"abbr", false}, {"title", ""}}});
  return table_cell({{"text", text}, {"runs", runs}}, url, numeric, row_header);
}

nlohmann::json empty_table(const std::string& id, const std::string& caption,
                           const nlohmann::json& columns) {
  return {{"id", id}, {"caption", caption}, {"columns", columns}, {"rows", nlohmann::json::array()},
          {"has_total", false},
          {"total", {{"label", ""}, {"label_span", 1}, {"amount", ""}, {"blank_after", blank_cells(0)}}}};
}

nlohmann::json award_table(const Project& project, const SitePaths& paths,
                           const std::vector<std::size_t>& awards,
                           const std::vector<AwardColumn>& columns, const std::string& id,
                           const std::string& caption, AbbreviationMarker& abbreviations) {
  nlohmann::json headings = nlohmann::json::array();
  for (const AwardColumn& column : columns)
    headings.push_back({{"label", column.label}, {"numeric", column.numeric}});
  nlohmann::json table = empty_table(id, caption, headings);
  for (std::size_t i : awards) {
    const Award& award = project.awards[i];
    nlohmann::json cells = nlohmann::json::array();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string& field = columns[c].field;
      if (field == "amount") {
        std::string shown = award.amount_known ? format_row_amount(award.amount, project.display)
                                               : award.status;
        cells.push_back(plain_cell(shown, "", award.amount_known, c == 0));
      } else {
        cells.push_back(table_cell(abbreviations.text(award_field_text(project, award, field)),
                                   field_url(project, paths, award, field), false, c == 0));
      }
    }
    table["rows"].push_back({{"cells", cells}});
  }
  return table;
}

void set_total_row(nlohmann::json* table, std::size_t amount_column, const std::string& label,
                   const std::string& amount) {
  std::size_t columns = (*table)["columns"].size();
  (*table)["has_total"] = true;
  (*table)["total"] = {{"label", label},
                       {"label_span", amount_column == 0 ? 1 : amount_column},
                       {"amount", amount},
                       {"blank_after", blank_cells(columns - amount_column - 1)}};
}

}  // namespace fundpress
