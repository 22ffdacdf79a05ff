#include "view/home_view.h"

#include "rollup/rollup.h"
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
void add_sections(const Project& project, const SitePaths& paths, FinancialYear year,
                  const Total& total, nlohmann::json* home) {
  std::vector<Group> groups = group_by(project, awards_in_year(project, year), Dimension::section);
  std::vector<ChartBar> bars;
  nlohmann::json table = empty_table(
      "sections-table",
      "Spending by section, " + year.label() + " (" + measure_name(project.measure) + ")",
      {{{"label", "Section"}, {"numeric", false}},
       {{"label", "Lines"}, {"numeric", true}},
       {{"label", "Amount"}, {"numeric", true}},
       {{"label", "Share"}, {"numeric", true}}});
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
  set_total_row(&table, 2, "Total", format_total_pounds(total.amount, project.display));
  (*home)["chart"] = bar_chart("sections-chart", "Spending by section, " + year.label(), bars);
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
  FinancialYear latest = project.years.empty() ? FinancialYear{} : project.years.back();
  std::vector<std::size_t> awards = awards_in_year(project, latest);
  Total total = total_of(project, awards);
  std::size_t organisations = group_by(project, awards, Dimension::organisation).size();

  AbbreviationMarker abbreviations(project.glossary);
  nlohmann::json home = {
      {"heading", fill(text_of(project, "home_heading"), project.publisher.short_name)},
      {"intro",
       {{"runs", abbreviations.runs("Every service and grant funded by " + project.publisher.name +
                                    ", with the figures as published in its annual report.")}}},
      {"year", latest.label()},
      {"total_label",
       "Total " + std::string(measure_name(project.measure)) + ", " + latest.label()},
      {"total_short", format_short(total.amount)},
      {"total_exact", format_pounds(total.amount, 2)},
      {"lines", figure_and_noun(count_rows(project, total.rows))},
      // A budget table that names no recipients has no organisations to count.
      {"organisations", organisations ? figure_and_noun(count_of(organisations, "organisation"))
                                      : nlohmann::json(false)},
      {"report_path", SitePaths::report(latest, ".html")},
      {"report_title", project.wording.report_title + " " + latest.label()},
      // A register with no rows and no configured year has no year to show.
      {"has_year", !project.years.empty()},
      {"nothing_yet",
       "Nothing has been published yet: the register has no " + row_noun(project) + "s."},
  };
  // Figures are the latest year's; every year has its own page.
  nlohmann::json years = nlohmann::json::array();
  for (std::size_t y = project.years.size(); y-- > 0;)
    years.push_back({{"label", project.years[y].label()},
                     {"path", paths.item(Dimension::year, static_cast<int>(y))},
                     {"last", y == 0}});
  home["has_other_years"] = project.years.size() > 1;
  home["other_years"] = project.years.size() > 1 ? years : nlohmann::json::array();
  add_sections(project, paths, latest, total, &home);
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
  explore.push_back(link("Funding register", SitePaths::register_page(1),
                         "every " + row_noun(project) + ", to search, filter and sort"));
  for (Dimension dimension : paths.listed()) {
    const DimensionNames& names = names_of(dimension);
    explore.push_back(
        link(names.title, paths.index(dimension), std::string("totals by ") + names.singular));
  }
  explore.push_back(link("Reports", SitePaths::reports_index(), "the annual-report tables"));
  explore.push_back(link("Open data downloads", SitePaths::downloads_index(),
                         "the register as CSV, JSON, 360Giving and a spreadsheet"));
  home["explore"] = explore;

  nlohmann::json about = nlohmann::json::array();
  for (const ProsePage& page : project.pages)
    if (!replaces_statement(page))
      about.push_back(link(page.title, SitePaths::prose(page.slug), ""));
  about.push_back(link("Glossary", SitePaths::glossary(), "what the abbreviations mean"));
  about.push_back(link("Accessibility statement", SitePaths::accessibility(),
                       "how accessible this site is, and how to report a problem"));
  home["about"] = about;
  context["home"] = home;
  plan->push_back(PlannedOutput::from_context(SitePaths::home(), ready(std::move(context))));
}

}  // namespace fundpress
