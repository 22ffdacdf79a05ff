#include "view/listing_view.h"

#include <algorithm>

#include "model/areas.h"
#include "model/text.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/format.h"
#include "view/fund_view.h"
#include "view/page.h"
#include "view/plan_tree.h"
#include "view/printed_notes.h"
#include "view/site_charts.h"
#include "view/table_view.h"
#include "view/year_tables.h"

namespace fundpress {
namespace {

std::string pounds(const Project& project, Money amount) {
  return format_total_pounds(amount, project.display);
}

bool several_years(const Project& project) { return project.years.size() > 1; }

// The years index with several years: each year's lines and total, and the
// change from the year before; years are never added together.
nlohmann::json years_index_table(const Project& project, const SitePaths& paths,
                                 const YearsRollup& years) {
  std::vector<std::string> links;
  for (std::size_t y = 0; y < project.years.size(); ++y)
    links.push_back(paths.item(Dimension::year, static_cast<int>(y)));
  return by_year_table(project, years.totals, "years-table",
                       say(project, "years_table_caption",
                           {{"measure", measure_text(project, project.measure)}}),
                       links);
}

nlohmann::json index_table(const Project& project, const SitePaths& paths, Dimension dimension,
                           const std::vector<Group>& groups, const YearsRollup& years) {
  if (dimension == Dimension::year && several_years(project))
    return years_index_table(project, paths, years);
  const DimensionNames& names = names_of(dimension);
  bool area = dimension == Dimension::area;
  // With several years the table is the latest year's, beside the year before.
  bool several = several_years(project);
  int y = latest_year(project);
  std::string in_year = several ? ", " + project.years[y].label() : "";
  nlohmann::json columns = {
      {{"label", field_label(project.wording, names.field)}, {"numeric", false}},
      {{"label", text_of(project, area ? "col_lines_recorded" : "col_lines") + in_year},
       {"numeric", true}},
      {{"label", text_of(project, area ? "col_amount_recorded" : "col_amount") + in_year},
       {"numeric", true}}};
  if (area) {
    columns.push_back(
        {{"label", text_of(project, "col_lines_within") + in_year}, {"numeric", true}});
    columns.push_back(
        {{"label", text_of(project, "col_amount_within") + in_year}, {"numeric", true}});
  }
  if (several) {
    columns.push_back(
        {{"label", say(project, "col_amount_in", {{"year", project.years[y - 1].label()}})},
         {"numeric", true}});
    columns.push_back({{"label", text_of(project, "change")}, {"numeric", true}});
  }
  bool fund = dimension == Dimension::fund;
  if (fund) {  // a fund's rules are public, on its index as on its page
    columns.push_back({{"label", text_of(project, "col_award_limits")}, {"numeric", false}});
    columns.push_back({{"label", text_of(project, "col_envelope_used")}, {"numeric", false}});
  }
  nlohmann::json table = empty_table(
      std::string(names.key) + "-table",
      say(project, "index_caption",
          {{"title", title_of(project, dimension) + in_year},
           {"measure", measure_text(project, several ? measure_of(project, project.years[y])
                                                     : project.measure)}}),
      columns);
  Total direct_sum;
  for (const Group& group : groups) {
    Total direct = area ? total_of(project, awards_in_area_itself(project, group.awards, group.key))
                        : group.total;
    Total within = group.total;
    if (several) {
      direct = years.of(dimension)[group.key][y];
      within = area ? years.area_within[group.key][y] : direct;
    }
    direct_sum.amount += direct.amount;
    nlohmann::json cells = {plain_cell(name_of(project, dimension, group.key),
                                       paths.item(dimension, group.key), false, true),
                            plain_cell(std::to_string(direct.rows), "", true),
                            plain_cell(pounds(project, direct.amount), "", true)};
    if (area) {
      cells.push_back(plain_cell(std::to_string(within.rows), "", true));
      cells.push_back(plain_cell(pounds(project, within.amount), "", true));
    }
    if (several) {
      const Total& previous = years.of(dimension)[group.key][y - 1];
      cells.push_back(plain_cell(pounds(project, previous.amount), "", true));
      cells.push_back(plain_cell(change_text(project, change_between(previous, direct)), "", true));
    }
    if (fund) {
      cells.push_back(plain_cell(fund_limits_text(project, group.key)));
      cells.push_back(plain_cell(envelope_use_text(project, group.key)));
    }
    table["rows"].push_back({{"cells", cells}});
  }
  set_total_row(&table, 2, text_of(project, "total") + in_year, pounds(project, direct_sum.amount));
  label_cells(&table);
  return table;
}

// What each kind of mechanism is, and the rule fundpress checks for it, in words.
const std::string& mechanism_kind_title(const Project& project, MechanismKind kind) {
  switch (kind) {
    case MechanismKind::grant: return text_of(project, "mech_grant");
    case MechanismKind::contract: return text_of(project, "mech_contract");
    case MechanismKind::partnership: return text_of(project, "mech_partnership");
    case MechanismKind::aqp: return text_of(project, "mech_aqp");
    case MechanismKind::pooled: return text_of(project, "mech_pooled");
  }
  return text_of(project, "mech_grant");
}

// About one value: a fund's source, a priority's number, an area's neighbours.
nlohmann::json details(const Project& project, const SitePaths& paths, Dimension dimension, int key,
                       AbbreviationMarker& abbreviations) {
  nlohmann::json facts = nlohmann::json::array();
  auto fact = [&](const std::string& label, const std::string& text, const std::string& url = "") {
    if (!text.empty())
      facts.push_back({{"label", label},
                       {"runs", abbreviations.runs(text)},
                       {"url", url},
                       {"has_url", !url.empty()}});
  };
  if (dimension == Dimension::fund) {
    fact(text_of(project, "fact_about_fund"), project.funds[key].description);
    fact(text_of(project, "fact_source"), project.funds[key].source);
  } else if (dimension == Dimension::priority) {
    fact(text_of(project, "fact_plan_number"), project.priorities[key].number);
    fact(text_of(project, "fact_about_priority"), project.priorities[key].description);
  } else if (dimension == Dimension::mechanism) {
    const Mechanism& mechanism = project.mechanisms[key];
    fact(text_of(project, "fact_kind"), mechanism_kind_title(project, mechanism.kind));
    fact(text_of(project, "fact_about_it"), mechanism.description);
    if (mechanism.has_single_tender_threshold)
      fact(text_of(project, "fact_single_tender"),
           say(project,
               mechanism.single_tender_approver.empty() ? "single_tender_rule"
                                                        : "single_tender_rule_named",
               {{"amount", format_pounds(mechanism.single_tender_threshold, 0)},
                {"approver", mechanism.single_tender_approver}}));
  } else if (dimension == Dimension::organisation) {
    fact(text_of(project, "field_org_id"), project.organisations[key].org_id);
    fact(text_of(project, "field_charity_number"), project.organisations[key].charity_number);
    fact(text_of(project, "field_company_number"), project.organisations[key].company_number);
  } else if (dimension == Dimension::area) {
    fact(text_of(project, "fact_ons_code"), project.areas[key].code);
    for (std::size_t outer = 0; outer < project.areas.size(); ++outer) {
      const std::vector<int>& inner = project.areas[outer].contains;
      if (std::find(inner.begin(), inner.end(), key) != inner.end())
        fact(text_of(project, "fact_part_of"), project.areas[outer].name,
             paths.item(Dimension::area, static_cast<int>(outer)));
    }
  } else if (dimension == Dimension::year) {
    FinancialYear year = project.years[key];
    fact(text_of(project, "fact_report"), project.wording.report_title + " " + year.label(),
         SitePaths::report(year, ".html"));
  }
  return facts;
}

// An area's own rows and those of the areas inside it, one line per area.
nlohmann::json within_table(const Project& project, const SitePaths& paths, const Group& group) {
  std::vector<int> areas = {group.key};
  for (int inner : areas_within(project.areas, group.key)) areas.push_back(inner);
  nlohmann::json table =
      empty_table("within-table",
                  say(project, "within_caption", {{"name", project.areas[group.key].name}}),
                  {{{"label", field_label(project.wording, Field::area)}, {"numeric", false}},
                   {{"label", text_of(project, "col_lines")}, {"numeric", true}},
                   {{"label", text_of(project, "col_amount")}, {"numeric", true}}});
  for (int area : areas) {
    Total direct = total_of(project, awards_in_area_itself(project, group.awards, area));
    std::string name = area == group.key
                           ? say(project, "area_itself", {{"name", project.areas[area].name}})
                           : project.areas[area].name;
    table["rows"].push_back(
        {{"cells",
          {plain_cell(name, area == group.key ? "" : paths.item(Dimension::area, area), false,
                      true),
           plain_cell(std::to_string(direct.rows), "", true),
           plain_cell(pounds(project, direct.amount), "", true)}}});
  }
  set_total_row(&table, 2, text_of(project, "within_total"), pounds(project, group.total.amount));
  label_cells(&table);
  return table;
}

// The lines of the wider areas that include `area`: they cover it too, so its
// page lists them, with their own total, apart from its own lines and never
// added to them. False when no wider area has lines. `year`: only that year's.
nlohmann::json wider_areas(const Project& project, const SitePaths& paths, int area,
                           AbbreviationMarker& abbreviations, const FinancialYear* year) {
  std::vector<std::size_t> rows = awards_in_wider_areas(
      project, year ? awards_in_year(project, *year) : all_awards(project), area);
  if (rows.empty()) return false;
  const std::string& name = project.areas[area].name;
  nlohmann::json names = nlohmann::json::array();
  for (int outer : areas_including(project.areas, area))
    names.push_back({{"name", project.areas[outer].name},
                     {"path", paths.item(Dimension::area, outer)}});
  Total total = total_of(project, rows);
  std::vector<AwardColumn> columns = award_columns(project, rows);
  std::size_t amount_at = 0;
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].numeric) amount_at = c;
  nlohmann::json table =
      award_table(project, paths, rows, columns, "wider-table",
                  say(project, "wider_caption",
                      {{"name", name}, {"rows", count_rows(project, total.rows)}}),
                  abbreviations);
  set_total_row(&table, amount_at, text_of(project, "wider_total"), pounds(project, total.amount));
  return {{"heading", say(project, "wider_heading", {{"name", name}})},
          {"areas", names},
          {"summary", say(project, "wider_summary",
                          {{"rows", count_rows(project, total.rows)},
                           {"amount", pounds(project, total.amount)},
                           {"name", name}})},
          {"table", table}};
}

// A year's page compares its sections and its largest recipients.
nlohmann::json item_charts(const Project& project, const SitePaths& paths, Dimension dimension,
                           const Group& group) {
  nlohmann::json charts = nlohmann::json::array();
  if (dimension != Dimension::year) return charts;
  std::string year = project.years[group.key].label();
  for (nlohmann::json chart :
       {section_chart(project, paths, group.awards, "chart-sections", year),
        largest_recipients_chart(project, paths, group.awards, "chart-recipients", year)})
    if (!chart.is_boolean()) charts.push_back(std::move(chart));
  return charts;
}

// An index compares its values: years as a trend, and in the latest year the
// ten largest organisations, sections and areas side by side.
nlohmann::json index_charts(const Project& project, const SitePaths& paths, Dimension dimension) {
  // One year's figures: several years are never added together.
  std::vector<std::size_t> awards =
      several_years(project) ? awards_in_year(project, project.years.back()) : all_awards(project);
  std::string when =
      project.years.empty() ? text_of(project, "all_years") : project.years.back().label();
  nlohmann::json chart = false;
  if (dimension == Dimension::year) chart = year_trend_chart(project, paths);
  if (dimension == Dimension::section)
    chart = section_chart(project, paths, awards, "chart-sections", when);
  if (dimension == Dimension::organisation)
    chart = largest_recipients_chart(project, paths, awards, "chart-recipients", when);
  if (dimension == Dimension::area) chart = area_chart(project, paths, awards, "chart-areas", when);
  nlohmann::json charts = nlohmann::json::array();
  if (!chart.is_boolean()) charts.push_back(std::move(chart));
  return charts;
}

// Several years: the value's total each year (each year linking to its rows
// below), and its rows under each year, latest first, each year with its own
// sub-total. Returns the context's "by_year" and "year_tables".
void add_years(const Project& project, const SitePaths& paths, Dimension dimension,
               const Group& group, const std::vector<std::size_t>& rows, const YearsRollup& years,
               const std::string& subtotal_label, AbbreviationMarker& abbreviations,
               nlohmann::json* listing) {
  const DimensionNames& names = names_of(dimension);
  std::string name = name_of(project, dimension, group.key);
  std::vector<std::string> anchors;
  // Links are made from the site's root, so each names this page with the year's anchor.
  for (FinancialYear year : project.years)
    anchors.push_back(paths.item(dimension, group.key) + "#year-" + year_slug(year));
  (*listing)["by_year"] = by_year_table(project, years.of(dimension)[group.key], "by-year-table",
                                        say(project, "by_year_caption", {{"name", name}}), anchors);
  nlohmann::json tables = nlohmann::json::array();
  for (std::size_t y = project.years.size(); y-- > 0;) {
    FinancialYear year = project.years[y];
    std::vector<std::size_t> in_year;
    for (std::size_t i : rows)
      if (project.awards[i].year == year) in_year.push_back(i);
    if (in_year.empty()) continue;
    const Total& total = years.of(dimension)[group.key][y];
    std::vector<AwardColumn> columns = award_columns(
        project, in_year,
        dimension == Dimension::area ? std::nullopt : std::optional<Field>(names.field));
    std::size_t amount_at = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].field == Field::amount)
        columns[c].label = heading_for(project, Field::amount, project.display.unit, year);
      if (columns[c].numeric) amount_at = c;
    }
    std::string slug = year_slug(year);
    nlohmann::json table = award_table(
        project, paths, in_year, columns, "rows-table-" + slug,
        name + ", " + year.label() + ": " + count_rows(project, total.rows), abbreviations);
    set_total_row(&table, amount_at, subtotal_label + ", " + year.label(),
                  pounds(project, total.amount));
    tables.push_back(
        {{"anchor", "year-" + slug},
         {"heading", year.label()},
         {"summary", count_rows(project, total.rows) + ", " + pounds(project, total.amount)},
         {"table", table}});
  }
  (*listing)["year_tables"] = tables;
}

// A year's page, from the second year on: what changed from the year before.
nlohmann::json year_changes(const Project& project, const SitePaths& paths,
                            const YearComparison& comparison) {
  nlohmann::json significant = significant_changes_table(project, paths, comparison);
  return {{"heading", say(project, "changes_from", {{"year", comparison.previous.label()}})},
          {"sections_table", section_changes_table(project, paths, comparison)},
          {"rule", significance_rule(project)},
          {"significant_table", significant},
          {"has_significant", !significant.is_boolean()}};
}

}  // namespace

nlohmann::json listing_item_context(const Project& project, const SitePaths& paths,
                                    Dimension dimension, const Group& group,
                                    const YearsRollup* years) {
  const DimensionNames& names = names_of(dimension);
  std::string name = name_of(project, dimension, group.key);
  std::string path = paths.item(dimension, group.key);
  nlohmann::json context = page_frame(project, path, name,
                                      {{text_of(project, "nav_home"), SitePaths::home()},
                                       {title_of(project, dimension), paths.index(dimension)},
                                       {name, ""}});
  add_navigation(project, paths, names.key, &context);
  AbbreviationMarker abbreviations(project.glossary);

  bool area = dimension == Dimension::area;
  // With several years, a page other than a year's shows each year apart.
  bool by_year = years && several_years(project) && dimension != Dimension::year;
  FinancialYear latest = project.years.empty() ? FinancialYear{} : project.years.back();
  Group shown = group;  // what the summary and an area's other tables count: the latest year's
  if (by_year) {
    shown.awards.clear();
    for (std::size_t i : group.awards)
      if (project.awards[i].year == latest) shown.awards.push_back(i);
    shown.total = area ? years->area_within[group.key].back() : total_of(project, shown.awards);
  }
  std::vector<std::size_t> rows =
      area ? awards_in_area_itself(project, group.awards, group.key) : group.awards;
  std::vector<std::size_t> shown_rows =
      area ? awards_in_area_itself(project, shown.awards, group.key) : shown.awards;
  Total total = total_of(project, shown_rows);
  std::vector<AwardColumn> columns =
      award_columns(project, rows, area ? std::nullopt : std::optional<Field>(names.field));
  std::size_t amount_at = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // A year's figures under a heading naming that year.
    if (dimension == Dimension::year && columns[c].field == Field::amount)
      columns[c].label =
          heading_for(project, Field::amount, project.display.unit, project.years[group.key]);
    if (columns[c].numeric) amount_at = c;
  }
  std::string subtotal_label =
      dimension == Dimension::section ? project.sections[group.key].subtotal_label
                                      : text_of(project, "subtotal");
  nlohmann::json facts = details(project, paths, dimension, group.key, abbreviations);
  nlohmann::json table = false;
  if (!by_year) {
    table = award_table(project, paths, rows, columns, "rows-table",
                        name + ": " + count_rows(project, total.rows), abbreviations);
    set_total_row(&table, amount_at, subtotal_label, pounds(project, total.amount));
  }
  bool has_inner = area && !areas_within(project.areas, group.key).empty();
  nlohmann::json wider =
      area ? wider_areas(project, paths, group.key, abbreviations, by_year ? &latest : nullptr)
           : nlohmann::json(false);
  std::string summary =
      say(project, area && (has_inner || !wider.is_boolean()) ? "summary_itself" : "summary_rows",
          {{"rows", count_rows(project, total.rows)},
           {"amount", pounds(project, total.amount)},
           {"name", name}});
  if (by_year) summary = say(project, "summary_in_year", {{"summary", summary}, {"year", latest.label()}});
  // One that ended: its earlier years are in the table by year below.
  if (by_year && !area && total.rows == 0)
    summary = say(project, "no_rows_in_year", {{"rows", rows_noun(project)}, {"year", latest.label()}});
  context["listing"] = {
      {"heading", name},
      {"kind", singular_of(project, dimension)},
      {"summary", summary},
      {"facts", facts},
      {"has_facts", !facts.empty()},
      {"has_rows", !rows.empty()},
      {"table", table},
      {"by_year", false},
      {"year_tables", nlohmann::json::array()},
      {"has_within", has_inner},
      {"within_summary", say(project, by_year ? "within_summary_year" : "within_summary",
                             {{"year", latest.label()},
                              {"rows", count_rows(project, shown.total.rows)},
                              {"amount", pounds(project, shown.total.amount)}})},
      {"within_table", has_inner ? within_table(project, paths, shown) : nlohmann::json(false)},
      {"wider", wider},
      {"charts", item_charts(project, paths, dimension, group)},
      {"changes", false},
  };
  if (by_year)
    add_years(project, paths, dimension, group, rows, *years, subtotal_label, abbreviations,
              &context["listing"]);
  if (dimension == Dimension::year && years)
    if (const YearComparison* comparison = years->ending_in(group.key))
      context["listing"]["changes"] = year_changes(project, paths, *comparison);
  context["printed_notes"] = dimension == Dimension::year
                                 ? printed_notes_context(project, {project.years[group.key]})
                                 : nlohmann::json(false);
  return context;
}

// Organisations in name order, the rest in catalogue order (sections as
// configured, years ascending).
std::vector<Group> listed_groups(const Project& project, Dimension dimension) {
  std::vector<std::size_t> awards = all_awards(project);
  std::vector<Group> groups;
  if (dimension == Dimension::area) {
    for (std::size_t key = 0; key < project.areas.size(); ++key) {
      Group group;
      group.key = static_cast<int>(key);
      group.awards = awards_within_area(project, awards, group.key);
      group.total = total_of(project, group.awards);
      // An area with no lines of its own still has a page when wider areas cover it.
      if (!group.awards.empty() || !awards_in_wider_areas(project, awards, group.key).empty())
        groups.push_back(group);
    }
  } else {
    groups = group_by(project, awards, dimension);
  }
  if (dimension == Dimension::organisation)
    std::stable_sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
      return ascii_lower(project.organisations[a.key].name) <
             ascii_lower(project.organisations[b.key].name);
    });
  return groups;
}

void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  const SitePaths& paths = in.paths;
  for (Dimension dimension : paths.listed()) {
    const DimensionNames& names = names_of(dimension);
    std::vector<Group> groups = listed_groups(project, dimension);
    std::string path = paths.index(dimension);
    nlohmann::json context = page_frame(
        project, path, title_of(project, dimension),
        {{text_of(project, "nav_home"), SitePaths::home()}, {title_of(project, dimension), ""}});
    add_navigation(project, paths, names.key, &context);
    bool several = several_years(project);
    std::string intro = say(
        project,
        !several                          ? "index_intro"
        : dimension == Dimension::year ? "index_intro_year_index"
                                          : "index_intro_years",
        {{"thing", singular_of(project, dimension)},
         {"rows", rows_noun(project)},
         {"measure", measure_text(project, project.measure)},
         {"year", several ? project.years.back().label() : ""},
         {"previous", several ? project.years[project.years.size() - 2].label() : ""}});
    if (dimension == Dimension::area) intro += " " + text_of(project, "index_intro_areas");
    if (dimension == Dimension::priority) intro += " " + text_of(project, "index_intro_priorities");
    context["listing"] = {{"heading", title_of(project, dimension)},
                          {"intro", intro},
                          {"table", index_table(project, paths, dimension, groups, *in.years)},
                          {"charts", index_charts(project, paths, dimension)}};
    context["listing"]["plan"] =
        dimension == Dimension::priority ? plan_tree(project, paths) : nlohmann::json();
    plan->push_back(PlannedOutput::from_context(path, ready(std::move(context))));
  }
}

void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  SitePaths paths = in.paths;
  for (Dimension dimension : paths.listed()) {
    if (dimension == Dimension::fund) continue;  // fund pages: view/fund_view.h
    for (Group& group : listed_groups(project, dimension)) {
      std::string path = paths.item(dimension, group.key);
      plan->push_back(PlannedOutput::from_context(
          path, [&project, paths, dimension, group = std::move(group), years = in.years] {
            return listing_item_context(project, paths, dimension, group, years.get());
          }));
    }
  }
}

}  // namespace fundpress
