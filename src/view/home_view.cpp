#include "view/home_view.h"

#include "rollup/rollup.h"
#include "rollup/year_lines.h"
#include "view/abbreviations.h"
#include "view/chart_view.h"
#include "view/format.h"
#include "view/page.h"
#include "view/printed_notes.h"
#include "view/site_charts.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

// "42 budget lines" -> {"figure": "42", "noun": "budget lines"}, to print the figure large.
nlohmann::json figure_and_noun(const std::string& counted) {
  std::size_t space = counted.find(' ');
  return {{"figure", counted.substr(0, space)}, {"noun", counted.substr(space + 1)}};
}

nlohmann::json link(const std::string& label, const std::string& path, const std::string& about) {
  return {{"label", label}, {"path", path}, {"about", about}};
}

// The latest year's spend by section, as a chart and as the same figures in a table.
void add_sections(const Project& project, const SitePaths& paths, const YearLines& latest,
                  nlohmann::json* home) {
  FinancialYear year = latest.year;
  const Total& total = latest.total;
  std::vector<Group> groups = group_by(project, latest.awards, Dimension::section);
  std::vector<ChartBar> bars;
  nlohmann::json table = empty_table(
      "sections-table",
      say(project, "home_sections_caption",
          {{"year", year.label()}, {"measure", measure_text(project, project.measure)}}),
      {{{"label", text_of(project, "col_section")}, {"numeric", false}},
       {{"label", text_of(project, "col_lines")}, {"numeric", true}},
       {{"label", text_of(project, "col_amount")}, {"numeric", true}},
       {{"label", text_of(project, "col_share")}, {"numeric", true}}});
  for (const Group& group : groups) {
    const std::string& name = project.sections[group.key].name;
    bars.push_back({name, group.total.amount});
    table["rows"].push_back(
        {{"cells",
          {plain_cell(name, paths.item(Dimension::section, group.key), false, true),
           plain_cell(std::to_string(group.total.rows), "", true),
           plain_cell(format_total_pounds(group.total.amount, project.display), "", true),
           plain_cell(format_share(group.total.amount, total.amount), "", true)}}});
  }
  set_total_row(&table, 2, text_of(project, "total"), format_total_pounds(total.amount, project.display));
  (*home)["chart"] = bar_chart("sections-chart",
                                 say(project, "home_sections_chart", {{"year", year.label()}}), bars);
  label_cells(&table);
  (*home)["sections_table"] = table;
  (*home)["has_sections"] = !groups.empty();
}

}  // namespace

void plan_home(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  const SitePaths& paths = in.paths;
  nlohmann::json context = page_frame(project, SitePaths::home(), text_of(project, "site_tagline"),
                                      {{text_of(project, "nav_home"), ""}});
  add_navigation(project, paths, "home", &context);
  // The latest year's lines, from the years rollup; none when there is no year.
  const YearLines no_year;
  const YearLines& lines = in.years->lines.empty() ? no_year : in.years->lines.back();
  FinancialYear latest = lines.year;
  const std::vector<std::size_t>& awards = lines.awards;
  const Total& total = lines.total;
  std::size_t organisations = group_by(project, awards, Dimension::organisation).size();

  AbbreviationMarker abbreviations(project.glossary);
  nlohmann::json home = {
      {"heading", say(project, "home_heading", {{"name", project.publisher.short_name}})},
      {"intro",
       {{"runs", abbreviations.runs(
                    say(project, "home_intro", {{"publisher", project.publisher.name}}))}}},
      {"year", latest.label()},
      {"total_label",
       say(project, "home_total_label",
           {{"measure", measure_text(project, project.measure)}, {"year", latest.label()}})},
      {"total_short", format_short(total.amount)},
      {"total_exact", format_pounds(total.amount, 2)},
      {"lines", figure_and_noun(count_rows(project, total.rows))},
      // A budget table that names no recipients has no organisations to count.
      {"organisations", organisations ? figure_and_noun(count_text(project, organisations, "organisation"))
                                      : nlohmann::json(false)},
      {"report_path", SitePaths::report(latest, ".html")},
      {"report_title", project.wording.report_title + " " + latest.label()},
      // A register with no rows and no configured year has no year to show.
      {"has_year", !project.years.empty()},
      {"nothing_yet",
       say(project, "home_nothing_yet", {{"rows", rows_noun(project)}})},
  };
  // Figures are the latest year's; every year has its own page.
  nlohmann::json years = nlohmann::json::array();
  for (std::size_t y = project.years.size(); y-- > 0;)
    years.push_back({{"label", project.years[y].label()},
                     {"path", paths.item(Dimension::year, static_cast<int>(y))},
                     {"last", y == 0}});
  home["has_other_years"] = project.years.size() > 1;
  home["other_years"] = project.years.size() > 1 ? years : nlohmann::json::array();
  add_sections(project, paths, lines, &home);
  nlohmann::json charts = nlohmann::json::array();
  for (nlohmann::json chart :
       {year_trend_chart(project, paths),
        largest_recipients_chart(project, paths, awards, "chart-recipients", latest.label()),
        area_chart(project, paths, awards, "chart-areas", latest.label())})
    if (!chart.is_boolean()) charts.push_back(std::move(chart));
  home["charts"] = charts;
  context["printed_notes"] =
      project.years.empty() ? nlohmann::json(false) : printed_notes_context(project, {latest});

  nlohmann::json explore = nlohmann::json::array();
  explore.push_back(link(text_of(project, "funding_register"), SitePaths::register_page(1),
                         say(project, "home_register_about", {{"row", row_noun(project)}})));
  for (Dimension dimension : paths.listed()) {
    explore.push_back(link(title_of(project, dimension), paths.index(dimension),
                           say(project, "home_totals_by", {{"thing", singular_of(project, dimension)}})));
  }
  explore.push_back(link(text_of(project, "reports"), SitePaths::reports_index(),
                         text_of(project, "home_reports_about")));
  explore.push_back(link(text_of(project, "open_data_downloads"), SitePaths::downloads_index(),
                         text_of(project, "home_downloads_about")));
  home["explore"] = explore;

  nlohmann::json about = nlohmann::json::array();
  for (const ProsePage& page : project.pages)
    if (!replaces_statement(page))
      about.push_back(link(page.title, SitePaths::prose(page.slug), ""));
  about.push_back(link(text_of(project, "glossary"), SitePaths::glossary(),
                       text_of(project, "home_glossary_about")));
  about.push_back(link(text_of(project, "a11y_heading"), SitePaths::accessibility(),
                       text_of(project, "home_a11y_about")));
  home["about"] = about;
  context["home"] = home;
  plan->push_back(PlannedOutput::from_context(SitePaths::home(), ready(std::move(context))));
}

}  // namespace fundpress
