#include "view/year_tables.h"

#include "model/money_format.h"
#include "view/format.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

std::string pounds(const Project& project, Money amount) {
  return format_total_pounds(amount, project.display);
}

// What a significant change's note says: a line or value new this year, or ended.
std::string change_note(const Project& project, const YearComparison& comparison,
                        const Variance& v) {
  if (v.added) return say(project, "new_in", {{"year", comparison.current.label()}});
  if (v.ended) return say(project, "ended_after", {{"year", comparison.previous.label()}});
  return "";
}

}  // namespace

std::string change_text(const Project& project, const Variance& variance) {
  return format_change(variance.change, project.display.total_decimals, project.display.unit);
}

std::string percent_text(const Variance& variance) {
  return variance.has_percent ? format_percent_tenths(variance.percent_tenths) : "";
}

std::string variance_name(const Project& project, const Variance& variance) {
  if (variance.kind == VarianceKind::line) {
    const Award& award = project.awards[variance.key];
    std::string name = award.service;
    if (award.organisation >= 0 && project.organisations[award.organisation].name != name)
      name += ", " + project.organisations[award.organisation].name;
    return say(project, "variance_line", {{"name", name}});
  }
  Dimension dimension = variance_dimension(variance.kind);
  return say(project, "variance_value", {{"name", name_of(project, dimension, variance.key)},
                                         {"thing", singular_of(project, dimension)}});
}

std::string variance_path(const Project& project, const SitePaths& paths,
                          const Variance& variance) {
  if (variance.kind == VarianceKind::line) return SitePaths::award(project.awards[variance.key]);
  return paths.item(variance_dimension(variance.kind), variance.key);
}

nlohmann::json by_year_table(const Project& project, const std::vector<Total>& by_year,
                             const std::string& id, const std::string& caption,
                             const std::vector<std::string>& year_links) {
  nlohmann::json table = empty_table(id, caption,
                                     {{{"label", text_of(project, "col_year")}, {"numeric", false}},
                                      {{"label", text_of(project, "col_lines")}, {"numeric", true}},
                                      {{"label", text_of(project, "total")}, {"numeric", true}},
                                      {{"label", text_of(project, "change")}, {"numeric", true}},
                                      {{"label", text_of(project, "change_percent")}, {"numeric", true}}});
  for (std::size_t y = 0; y < by_year.size() && y < project.years.size(); ++y) {
    std::string change, percent;
    if (y > 0) {
      Variance v = change_between(by_year[y - 1], by_year[y]);
      change = change_text(project, v);
      percent = percent_text(v);
    }
    table["rows"].push_back({{"cells",
                              {plain_cell(project.years[y].label(),
                                          y < year_links.size() ? year_links[y] : "", false, true),
                               plain_cell(std::to_string(by_year[y].rows), "", true),
                               plain_cell(pounds(project, by_year[y].amount), "", true),
                               plain_cell(change, "", true), plain_cell(percent, "", true)}}});
  }
  label_cells(&table);
  return table;
}

nlohmann::json section_changes_table(const Project& project, const SitePaths& paths,
                                     const YearComparison& comparison) {
  std::string previous = comparison.previous.label(), current = comparison.current.label();
  nlohmann::json table =
      empty_table("section-changes-table",
                  say(project, "section_changes_caption",
                      {{"previous", previous}, {"current", current}}),
                  {{{"label", text_of(project, "col_section")}, {"numeric", false}},
                   {{"label", previous}, {"numeric", true}},
                   {{"label", current}, {"numeric", true}},
                   {{"label", text_of(project, "change")}, {"numeric", true}},
                   {{"label", text_of(project, "change_percent")}, {"numeric", true}}});
  for (const Variance& v : comparison.changes) {
    if (v.kind != VarianceKind::section) continue;
    table["rows"].push_back(
        {{"cells",
          {plain_cell(name_of(project, Dimension::section, v.key), variance_path(project, paths, v),
                      false, true),
           plain_cell(pounds(project, v.previous), "", true),
           plain_cell(pounds(project, v.current), "", true),
           plain_cell(change_text(project, v), "", true), plain_cell(percent_text(v), "", true)}}});
  }
  label_cells(&table);
  return table;
}

nlohmann::json significant_changes_table(const Project& project, const SitePaths& paths,
                                         const YearComparison& comparison, std::size_t most) {
  if (comparison.significant.empty()) return false;
  std::string previous = comparison.previous.label(), current = comparison.current.label();
  nlohmann::json table =
      empty_table("significant-changes-table",
                  say(project, "significant_caption",
                      {{"previous", previous}, {"current", current}}),
                  {{{"label", text_of(project, "col_what")}, {"numeric", false}},
                   {{"label", previous}, {"numeric", true}},
                   {{"label", current}, {"numeric", true}},
                   {{"label", text_of(project, "change")}, {"numeric", true}},
                   {{"label", text_of(project, "change_percent")}, {"numeric", true}},
                   {{"label", text_of(project, "col_note")}, {"numeric", false}}});
  for (std::size_t n = 0; n < comparison.significant.size() && n < most; ++n) {
    const Variance& v = comparison.changes[comparison.significant[n]];
    std::string note = change_note(project, comparison, v);
    table["rows"].push_back(
        {{"cells",
          {plain_cell(variance_name(project, v), variance_path(project, paths, v), false, true),
           plain_cell(pounds(project, v.previous), "", true),
           plain_cell(pounds(project, v.current), "", true),
           plain_cell(change_text(project, v), "", true), plain_cell(percent_text(v), "", true),
           plain_cell(note)}}});
  }
  label_cells(&table);
  return table;
}

nlohmann::json significant_more(const Project& project, const YearComparison& comparison,
                                std::size_t most) {
  if (comparison.significant.size() <= most) return false;
  std::string workbook = SitePaths::workbook(comparison.current);
  return {{"text", say(project, "significant_more",
                       {{"shown", grouped(most)}, {"count", grouped(comparison.significant.size())}})},
          {"link", say(project, "significant_more_link", {{"year", comparison.current.label()}})},
          {"href", workbook}};
}

nlohmann::json significant_changes_list(const Project& project, const YearComparison& comparison,
                                        std::size_t most) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t n = 0; n < comparison.significant.size() && n < most; ++n) {
    const Variance& v = comparison.changes[comparison.significant[n]];
    rows.push_back({{"what", variance_name(project, v)},
                    {"previous", pounds(project, v.previous)},
                    {"current", pounds(project, v.current)},
                    {"change", change_text(project, v)},
                    {"percent", percent_text(v)},
                    {"note", change_note(project, comparison, v)}});
  }
  bool has_rows = !rows.empty();
  nlohmann::json more = significant_more(project, comparison, most);
  // The Markdown report links it from the report's own folder.
  if (more.is_object()) more["from_report"] = "../../" + more["href"].get<std::string>();
  return {{"heading",
           say(project, "significant_heading", {{"previous", comparison.previous.label()}})},
          {"previous_label", comparison.previous.label()},
          {"current_label", comparison.current.label()},
          {"rule", significance_rule(project)},
          {"rows", std::move(rows)},
          {"has_rows", has_rows},
          {"more", std::move(more)}};
}

std::string significance_rule(const Project& project) {
  return say(project, "significance_rule",
             {{"amount", format_pounds(project.significant_change.amount, -1)},
              {"percent", std::to_string(project.significant_change.percent)}});
}

}  // namespace fundpress
