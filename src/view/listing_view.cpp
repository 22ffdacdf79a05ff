#include "view/listing_view.h"

#include <algorithm>

#include "model/areas.h"
#include "model/text.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/format.h"
#include "view/fund_view.h"
#include "view/page.h"
#include "view/printed_notes.h"
#include "view/site_charts.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

std::string pounds(const Project& project, Money amount) {
  return format_total_pounds(amount, project.display);
}

nlohmann::json index_table(const Project& project, const SitePaths& paths, Dimension dimension,
                           const std::vector<Group>& groups) {
  const DimensionNames& names = names_of(dimension);
  bool area = dimension == Dimension::area;
  nlohmann::json columns = {
      {{"label", field_label(project.wording, names.field)}, {"numeric", false}},
      {{"label", area ? "Lines recorded against it" : "Lines"}, {"numeric", true}},
      {{"label", area ? "Amount recorded against it" : "Amount"}, {"numeric", true}}};
  if (area) {
    columns.push_back({{"label", "Lines including areas within"}, {"numeric", true}});
    columns.push_back({{"label", "Amount including areas within"}, {"numeric", true}});
  }
  bool fund = dimension == Dimension::fund;
  if (fund) {  // a fund's rules are public, on its index as on its page
    columns.push_back({{"label", "Award limits"}, {"numeric", false}});
    columns.push_back({{"label", "Envelope used"}, {"numeric", false}});
  }
  nlohmann::json table = empty_table(
      std::string(names.key) + "-table",
      std::string(names.title) + ": " + measure_name(project.measure) + " amounts", columns);
  Total direct_sum;
  for (const Group& group : groups) {
    Total direct = area ? total_of(project, awards_in_area_itself(project, group.awards, group.key))
                        : group.total;
    direct_sum.amount += direct.amount;
    nlohmann::json cells = {plain_cell(name_of(project, dimension, group.key),
                                       paths.item(dimension, group.key), false, true),
                            plain_cell(std::to_string(direct.rows), "", true),
                            plain_cell(pounds(project, direct.amount), "", true)};
    if (area) {
      cells.push_back(plain_cell(std::to_string(group.total.rows), "", true));
      cells.push_back(plain_cell(pounds(project, group.total.amount), "", true));
    }
    if (fund) {
      cells.push_back(plain_cell(fund_limits_text(project, group.key)));
      cells.push_back(plain_cell(envelope_use_text(project, group.key)));
    }
    table["rows"].push_back({{"cells", cells}});
  }
  // Priorities overlap (an award may serve several), so their amounts do not add up.
  if (dimension != Dimension::priority)
    set_total_row(&table, 2, "Total", pounds(project, direct_sum.amount));
  label_cells(&table);
  return table;
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
    fact("About the fund", project.funds[key].description);
    fact("Source of the money", project.funds[key].source);
  } else if (dimension == Dimension::priority) {
    fact("Number in the plan", project.priorities[key].number);
    fact("About the priority", project.priorities[key].description);
  } else if (dimension == Dimension::organisation) {
    fact("Organisation identifier", project.organisations[key].org_id);
    fact("Charity number", project.organisations[key].charity_number);
    fact("Company number", project.organisations[key].company_number);
  } else if (dimension == Dimension::area) {
    fact("ONS code", project.areas[key].code);
    for (std::size_t outer = 0; outer < project.areas.size(); ++outer) {
      const std::vector<int>& inner = project.areas[outer].contains;
      if (std::find(inner.begin(), inner.end(), key) != inner.end())
        fact("Part of", project.areas[outer].name,
             paths.item(Dimension::area, static_cast<int>(outer)));
    }
  } else if (dimension == Dimension::year) {
    FinancialYear year = project.years[key];
    fact("Report", project.wording.report_title + " " + year.label(),
         SitePaths::report(year, ".html"));
  }
  return facts;
}

// An area's own rows and those of the areas inside it, one line per area.
nlohmann::json within_table(const Project& project, const SitePaths& paths, const Group& group) {
  std::vector<int> areas = {group.key};
  for (int inner : areas_within(project.areas, group.key)) areas.push_back(inner);
  nlohmann::json table =
      empty_table("within-table", project.areas[group.key].name + " and the areas within it",
                  {{{"label", field_label(project.wording, Field::area)}, {"numeric", false}},
                   {{"label", "Lines"}, {"numeric", true}},
                   {{"label", "Amount"}, {"numeric", true}}});
  for (int area : areas) {
    Total direct = total_of(project, awards_in_area_itself(project, group.awards, area));
    std::string name = project.areas[area].name + (area == group.key ? " (itself)" : "");
    table["rows"].push_back(
        {{"cells",
          {plain_cell(name, area == group.key ? "" : paths.item(Dimension::area, area), false,
                      true),
           plain_cell(std::to_string(direct.rows), "", true),
           plain_cell(pounds(project, direct.amount), "", true)}}});
  }
  set_total_row(&table, 2, "Total including the areas within", pounds(project, group.total.amount));
  label_cells(&table);
  return table;
}

// The lines of the wider areas that include `area`: they cover it too, so its
// page lists them, with their own total, apart from its own lines and never
// added to them. False when no wider area has lines.
nlohmann::json wider_areas(const Project& project, const SitePaths& paths, int area,
                           AbbreviationMarker& abbreviations) {
  std::vector<std::size_t> rows = awards_in_wider_areas(project, all_awards(project), area);
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
                  "Wider areas that include " + name + ": " + count_rows(project, total.rows),
                  abbreviations);
  set_total_row(&table, amount_at, "Total for the wider areas", pounds(project, total.amount));
  return {{"heading", "Wider areas that include " + name},
          {"areas", names},
          {"summary", count_rows(project, total.rows) + ", " + pounds(project, total.amount) +
                          ", recorded against areas that include " + name +
                          ". These lines serve " + name + " among other places, so their total "
                          "is shown apart and is not added to " + name + "'s own."},
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

// An index compares its values over every year: years as a trend, the ten
// largest organisations, sections and areas side by side.
nlohmann::json index_charts(const Project& project, const SitePaths& paths, Dimension dimension) {
  std::vector<std::size_t> awards = all_awards(project);
  std::string when = project.years.size() == 1 ? project.years.front().label() : "all years";
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

}  // namespace

nlohmann::json listing_item_context(const Project& project, const SitePaths& paths, Dimension dimension,
                            const Group& group) {
  const DimensionNames& names = names_of(dimension);
  std::string name = name_of(project, dimension, group.key);
  std::string path = paths.item(dimension, group.key);
  nlohmann::json context =
      page_frame(project, path, name,
                 {{"Home", SitePaths::home()}, {names.title, paths.index(dimension)}, {name, ""}});
  add_navigation(project, paths, names.key, &context);
  AbbreviationMarker abbreviations(project.glossary);

  bool area = dimension == Dimension::area;
  std::vector<std::size_t> rows =
      area ? awards_in_area_itself(project, group.awards, group.key) : group.awards;
  Total total = total_of(project, rows);
  std::vector<AwardColumn> columns =
      award_columns(project, rows, area ? std::nullopt : std::optional<Field>(names.field));
  std::size_t amount_at = 0;
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].numeric) amount_at = c;
  std::string subtotal_label =
      dimension == Dimension::section ? project.sections[group.key].subtotal_label : "Sub-total";
  nlohmann::json facts = details(project, paths, dimension, group.key, abbreviations);
  nlohmann::json table = award_table(project, paths, rows, columns, "rows-table",
                                     name + ": " + count_rows(project, total.rows), abbreviations);
  set_total_row(&table, amount_at, subtotal_label, pounds(project, total.amount));
  bool has_inner = area && !areas_within(project.areas, group.key).empty();
  nlohmann::json wider = area ? wider_areas(project, paths, group.key, abbreviations)
                              : nlohmann::json(false);
  context["listing"] = {
      {"heading", name},
      {"kind", names.singular},
      {"summary", count_rows(project, total.rows) + ", " + pounds(project, total.amount) +
                      (area && (has_inner || !wider.is_boolean()) ? " recorded against " + name + " itself"
                                                                   : "")},
      {"facts", facts},
      {"has_facts", !facts.empty()},
      {"has_rows", !rows.empty()},
      {"table", table},
      {"has_within", has_inner},
      {"within_summary", "Including the areas within it: " + count_rows(project, group.total.rows) +
                             ", " + pounds(project, group.total.amount) + "."},
      {"within_table", has_inner ? within_table(project, paths, group) : nlohmann::json(false)},
      {"wider", wider},
      {"charts", item_charts(project, paths, dimension, group)},
  };
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
    nlohmann::json context =
        page_frame(project, path, names.title, {{"Home", SitePaths::home()}, {names.title, ""}});
    add_navigation(project, paths, names.key, &context);
    std::string intro = std::string("Every ") + names.singular + " with its " + row_noun(project) +
                        "s and their " + measure_name(project.measure) + " total.";
    if (dimension == Dimension::area)
      intro +=
          " An area can contain other areas: its page shows what is recorded against the area "
          "itself and the total including the areas within it.";
    if (dimension == Dimension::priority)
      intro +=
          " A line can serve several priorities, so these amounts overlap and are not added up.";
    context["listing"] = {{"heading", names.title},
                          {"intro", intro},
                          {"table", index_table(project, paths, dimension, groups)},
                          {"charts", index_charts(project, paths, dimension)}};
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
      plan->push_back(
          PlannedOutput::from_context(path, [&project, paths, dimension, group = std::move(group)] {
            return listing_item_context(project, paths, dimension, group);
          }));
    }
  }
}

}  // namespace fundpress
