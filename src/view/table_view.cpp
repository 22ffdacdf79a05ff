#include "view/table_view.h"

#include "rollup/rollup.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/json_object.h"
#include "view/lazy_list.h"
#include "view/page.h"

namespace fundpress {

std::string award_cell_text(const Project& project, const Award& award, Field field) {
  return field == Field::amount ? amount_text(award, project.display)
                                : award_field_text(project, award, field);
}

std::string award_cell_url(const Project& project, const SitePaths& paths, const Award& award,
                           Field field) {
  switch (field) {
    case Field::service: return SitePaths::award(award);
    case Field::organisation:
      return award.organisation >= 0 ? paths.item(Dimension::organisation, award.organisation) : "";
    case Field::section: return paths.item(Dimension::section, award.section);
    case Field::area: return award.area >= 0 ? paths.item(Dimension::area, award.area) : "";
    case Field::fund: return award.fund >= 0 ? paths.item(Dimension::fund, award.fund) : "";
    case Field::mechanism:
      return award.mechanism_kind >= 0 ? paths.item(Dimension::mechanism, award.mechanism_kind)
                                       : "";
    case Field::year: {
      int key = year_key(project, award.year);
      return key >= 0 ? paths.item(Dimension::year, key) : "";
    }
    default: return "";
  }
}

std::vector<AwardColumn> award_columns(const Project& project,
                                       const std::vector<std::size_t>& awards,
                                       std::optional<Field> leave_out) {
  static const Field candidates[] = {
      Field::service,   Field::organisation, Field::description, Field::amount, Field::area,
      Field::section,   Field::fund,         Field::priority,    Field::year,   Field::status,
      Field::mechanism, Field::start_date,   Field::end_date};
  std::vector<AwardColumn> columns;
  for (Field field : candidates) {
    if (field == leave_out) continue;
    bool shown = field == Field::service || field == Field::amount;
    if (field == Field::year) shown = project.years.size() > 1;
    else if (field == Field::section) shown = project.sections.size() > 1;
    for (std::size_t i = 0;
         !shown && i < awards.size() && field != Field::year && field != Field::section; ++i)
      shown = !award_field_text(project, project.awards[awards[i]], field).empty();
    if (shown)
      columns.push_back(
          {field, heading_for(project, field, project.display.unit), field == Field::amount});
  }
  return columns;
}

nlohmann::json table_cell(nlohmann::json runs, const std::string& url, bool numeric,
                          bool row_header, const std::string& label) {
  return JsonObject()
      .add("has_url", !url.empty())
      .add("label", label)
      .add("numeric", numeric)
      .add("row_header", row_header)
      .add("runs", std::move(runs))
      .add("url", url)
      .take();
}

nlohmann::json plain_cell(const std::string& text, const std::string& url, bool numeric,
                          bool row_header) {
  return table_cell(unmarked_runs(text), url, numeric, row_header);
}

nlohmann::json empty_table(const std::string& id, const std::string& caption,
                           const nlohmann::json& columns) {
  return {{"id", id},
          {"caption", caption},
          {"columns", columns},
          {"rows", nlohmann::json::array()},
          {"has_total", false},
          {"total",
           {{"label", ""}, {"label_span", 1}, {"amount", ""}, {"blank_after", blank_cells(0)}}}};
}

namespace {

// A table's award rows, made row by row as the page is rendered. What marks
// abbreviations is settled when the table is made, in reading order, as the
// rest of the page's context is (MarkedTexts).
class AwardRows : public LazyList {
 public:
  AwardRows(const Project& project, const SitePaths& paths, const std::vector<std::size_t>& awards,
            const std::vector<AwardColumn>& columns, AbbreviationMarker& abbreviations)
      : project_(project), paths_(paths), awards_(awards), columns_(columns) {
    for (std::size_t i : awards) {
      const Award& award = project.awards[i];
      for (const AwardColumn& column : columns)
        // The figure is never marked as an abbreviation; the texts are, in reading order.
        texts_.add(award_cell_text(project, award, column.field),
                   column.field == Field::amount ? nullptr : &abbreviations);
    }
  }

  std::size_t size() const override { return awards_.size(); }

  // {"cells": [a table_cell per column]}, labelled as label_cells would; a
  // row written before keeps its cells, and only their values are written.
  void fill(std::size_t r, nlohmann::json* row) const override {
    std::size_t count = columns_.size();
    if (!row->is_object()) {
      nlohmann::json cells = nlohmann::json::array();
      for (std::size_t c = 0; c < count; ++c)
        cells.push_back(
            table_cell(unmarked_runs(""), "", columns_[c].numeric, c == 0, columns_[c].label));
      *row = JsonObject().add("cells", std::move(cells)).take();
    }
    const Award& award = project_.awards[awards_[r]];
    auto& cells = (*row)["cells"].get_ref<nlohmann::json::array_t&>();
    for (std::size_t c = 0; c < count; ++c) {
      auto& cell = cells[c].get_ref<nlohmann::json::object_t&>();
      Field field = columns_[c].field;
      std::string url = award_cell_url(project_, paths_, award, field);
      cell["has_url"] = !url.empty();
      cell["numeric"] = field == Field::amount && award.amount_known;
      cell["url"].get_ref<std::string&>() = std::move(url);
      texts_.write_runs(r * count + c, &cell["runs"]);
    }
  }

 private:
  const Project& project_;
  SitePaths paths_;
  std::vector<std::size_t> awards_;
  std::vector<AwardColumn> columns_;
  MarkedTexts texts_;  // by row, then column
};

}  // namespace

nlohmann::json award_table(const Project& project, const SitePaths& paths,
                           const std::vector<std::size_t>& awards,
                           const std::vector<AwardColumn>& columns, const std::string& id,
                           const std::string& caption, AbbreviationMarker& abbreviations) {
  nlohmann::json headings = nlohmann::json::array();
  for (const AwardColumn& column : columns)
    headings.push_back({{"label", column.label}, {"numeric", column.numeric}});
  nlohmann::json table = empty_table(id, caption, headings);
  table["rows"] =
      lazy_list(std::make_unique<AwardRows>(project, paths, awards, columns, abbreviations));
  return table;
}

void label_cells(nlohmann::json* table) {
  const nlohmann::json& columns = (*table)["columns"];
  for (nlohmann::json& row : (*table)["rows"]) {
    nlohmann::json& cells = row["cells"];
    for (std::size_t c = 0; c < cells.size() && c < columns.size(); ++c)
      cells[c]["label"] = columns[c]["label"];
  }
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
