#include "view/listing_view.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

#include "model/areas.h"
#include "model/money_format.h"
#include "model/text.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/format.h"
#include "view/fund_view.h"
#include "view/page.h"
#include "view/pagination.h"
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
  std::vector<Total> totals;
  for (std::size_t y = 0; y < project.years.size(); ++y) {
    links.push_back(paths.item(Dimension::year, static_cast<int>(y)));
    totals.push_back(years.lines[y].total);
  }
  return by_year_table(
      project, totals, "years-table",
      say(project, "years_table_caption", {{"measure", measure_text(project, project.measure)}}),
      links);
}

// A dimension's index: the values it lists, found once when the site is
// planned and shared by its pages. Over `site.listing_page_size` values (the
// organisations of a national register are tens of thousands), it is split
// into pages as a value's lines are, the total of them all on the first and
// the last.
struct IndexBasis {
  Dimension dimension = Dimension::section;
  std::vector<Group> groups;  // in index order, without their lines
  std::vector<Total> recorded;  // an area's, by group: recorded against the area itself
  Money total;  // of what the table's amount column shows, over every value
  std::size_t page_size = 0;
  int pages = 1;

  /// Page `page`'s slice of `groups` (1-based): [first, last).
  std::pair<std::size_t, std::size_t> slice(int page) const {
    return page_slice(groups.size(), page_size, static_cast<std::size_t>(page));
  }
};

// The label of the index's total row, naming how many values it adds up when
// the page lists only some of them.
std::string index_total_label(const Project& project, const IndexBasis& basis,
                              const std::string& in_year) {
  std::string label = text_of(project, "total") + in_year;
  if (basis.pages == 1) return label;
  return say(project, "listing_total_all",
             {{"label", label}, {"rows", grouped(basis.groups.size())}});
}

// What value `g`'s row shows as its own: with several years the latest
// year's, and for an area what is recorded against the area itself.
Total shown_own(const Project& project, const IndexBasis& basis, std::size_t g,
                const YearsRollup& years) {
  const Group& group = basis.groups[g];
  if (several_years(project)) return years.of(basis.dimension)[group.key][latest_year(project)];
  return basis.dimension == Dimension::area ? basis.recorded[g] : group.total;
}

// The years index of several years is a table of its own (years_index_table).
bool years_table(const Project& project, Dimension dimension) {
  return dimension == Dimension::year && several_years(project);
}

// Page `page`'s rows of the index table; the last page ends with the total.
nlohmann::json index_table(const Project& project, const SitePaths& paths,
                           const IndexBasis& basis, int page, const YearsRollup& years) {
  Dimension dimension = basis.dimension;
  if (years_table(project, dimension)) return years_index_table(project, paths, years);
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
  auto [from, to] = basis.slice(page);
  for (std::size_t g = from; g < to; ++g) {
    const Group& group = basis.groups[g];
    Total direct = shown_own(project, basis, g, years);
    Total within = several && area ? years.area_within[group.key][y] : group.total;
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
      cells.push_back(plain_cell(envelope_use_text(project, years.funds[group.key])));
    }
    table["rows"].push_back({{"cells", cells}});
  }
  if (page == basis.pages)
    set_total_row(&table, 2, index_total_label(project, basis, in_year),
                  pounds(project, basis.total));
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
// A page lists at most `site.listing_page_size` of them (a county's lines
// would fill every town's page): all are on the wider areas' own pages.
nlohmann::json wider_areas(const Project& project, const SitePaths& paths, const AreaLines& own,
                           int area, AbbreviationMarker& abbreviations, const FinancialYear* year) {
  std::vector<std::size_t> rows = awards_in_wider_areas(project, own, area);
  if (year)
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](std::size_t i) { return !(project.awards[i].year == *year); }),
               rows.end());
  if (rows.empty()) return false;
  const std::string& name = project.areas[area].name;
  nlohmann::json names = nlohmann::json::array();
  for (int outer : areas_including(project.areas, area))
    names.push_back({{"name", project.areas[outer].name},
                     {"path", paths.item(Dimension::area, outer)}});
  Total total = total_of(project, rows);
  std::string heading = say(project, "wider_heading", {{"name", name}});
  std::string caption =
      say(project, "wider_caption", {{"name", name}, {"rows", count_rows(project, total.rows)}});
  std::string total_label = text_of(project, "wider_total");
  std::string more;
  std::size_t most = static_cast<std::size_t>(project.site.listing_page_size);
  if (rows.size() > most) {
    rows.resize(most);
    caption = say(project, "listing_caption_part",
                  {{"table", heading},
                   {"rows", rows_noun(project)},
                   {"first", grouped(1)},
                   {"last", grouped(most)},
                   {"count", grouped(total.rows)}});
    total_label = say(project, "listing_total_all",
                      {{"label", total_label}, {"rows", count_rows(project, total.rows)}});
    more = say(project, "wider_more", {{"shown", grouped(most)}});
  }
  std::vector<AwardColumn> columns = award_columns(project, rows);
  std::size_t amount_at = 0;
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].numeric) amount_at = c;
  nlohmann::json table =
      award_table(project, paths, rows, columns, "wider-table", caption, abbreviations);
  set_total_row(&table, amount_at, total_label, pounds(project, total.amount));
  return {{"heading", heading},
          {"areas", names},
          {"summary", say(project, "wider_summary",
                          {{"rows", count_rows(project, total.rows)},
                           {"amount", pounds(project, total.amount)},
                           {"name", name}})},
          {"table", std::move(table)},
          {"more", more}};
}

// A year's page compares its sections and its largest recipients, of `awards`.
nlohmann::json item_charts(const Project& project, const SitePaths& paths, Dimension dimension,
                           int key, const std::vector<std::size_t>& awards) {
  nlohmann::json charts = nlohmann::json::array();
  if (dimension != Dimension::year) return charts;
  std::string year = project.years[key].label();
  for (nlohmann::json chart :
       {section_chart(project, paths, awards, "chart-sections", year),
        largest_recipients_chart(project, paths, awards, "chart-recipients", year)})
    if (!chart.is_boolean()) charts.push_back(std::move(chart));
  return charts;
}

// An index compares its values: years as a trend, and in the latest year the
// ten largest organisations, sections and areas side by side.
nlohmann::json index_charts(const Project& project, const SitePaths& paths, Dimension dimension,
                            const YearsRollup& years) {
  // One year's figures: several years are never added together.
  std::vector<std::size_t> awards =
      several_years(project) ? years.lines.back().awards : all_awards(project);
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

// What every page of one value shares, made once when the site is planned.
struct ListingBasis {
  Dimension dimension = Dimension::section;
  Group group;  // its awards kept for an area only: the others' are split.lines
  ListingLines split;
  PageExtra extra;
  // Each table's columns, from all of its lines so that every part of it has
  // the same: made by the first of the value's pages rendered, on its thread.
  std::once_flag columns_made;
  std::vector<std::vector<AwardColumn>> columns;  // by table
};

// Each table's columns, without the field the page is about; an amount
// under a heading naming its year.
std::vector<std::vector<AwardColumn>> table_columns(const Project& project,
                                                    const ListingBasis& basis) {
  const ListingLines& split = basis.split;
  std::optional<Field> leave_out;
  if (basis.dimension != Dimension::area) leave_out = names_of(basis.dimension).field;
  std::vector<std::vector<AwardColumn>> all;
  for (const LineTable& table : split.tables) {
    auto begin = split.lines.begin() + static_cast<std::ptrdiff_t>(table.first);
    std::vector<AwardColumn> columns = award_columns(
        project, {begin, begin + static_cast<std::ptrdiff_t>(table.count)}, leave_out);
    int year = basis.dimension == Dimension::year ? basis.group.key : table.year;
    for (AwardColumn& column : columns)
      if (year >= 0 && column.field == Field::amount)
        column.label =
            heading_for(project, Field::amount, project.display.unit, project.years[year]);
    all.push_back(std::move(columns));
  }
  return all;
}

// The part of table `t` on one page: lines [from, to) of the value's lines.
// A table cut across pages says in its caption which of its lines each part
// holds, and only its last part has a total row, labelled as the total of all
// its lines: no part ends with a total that reads as the sum of those above.
nlohmann::json table_part(const Project& project, const SitePaths& paths, const ListingBasis& basis,
                          std::size_t t, std::size_t from, std::size_t to, const std::string& id,
                          const std::string& name, const std::string& total_label,
                          AbbreviationMarker& abbreviations) {
  const LineTable& table = basis.split.tables[t];
  const std::vector<AwardColumn>& columns = basis.columns[t];
  std::size_t amount_at = 0;
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].numeric) amount_at = c;
  std::size_t end = table.first + table.count;
  bool whole = from == table.first && to == end;
  std::string caption = whole ? name + ": " + count_rows(project, table.total.rows)
                              : say(project, "listing_caption_part",
                                    {{"table", name},
                                     {"rows", rows_noun(project)},
                                     {"first", grouped(from - table.first + 1)},
                                     {"last", grouped(to - table.first)},
                                     {"count", grouped(table.count)}});
  auto lines = basis.split.lines.begin();
  nlohmann::json part = award_table(
      project, paths,
      {lines + static_cast<std::ptrdiff_t>(from), lines + static_cast<std::ptrdiff_t>(to)}, columns,
      id, caption, abbreviations);
  if (whole) set_total_row(&part, amount_at, total_label, pounds(project, table.total.amount));
  else if (to == end)
    set_total_row(&part, amount_at,
                  say(project, "listing_total_all",
                      {{"label", total_label}, {"rows", count_rows(project, table.total.rows)}}),
                  pounds(project, table.total.amount));
  return part;
}

// Page `page`'s line tables: "table" (all the lines), or with several years
// "year_tables", latest first, each under its year's heading; a year carried
// on from the page before is headed so, and its summary is where it starts.
void add_line_tables(const Project& project, const SitePaths& paths, const ListingBasis& basis,
                     int page, const std::string& name, const std::string& subtotal_label,
                     AbbreviationMarker& abbreviations, nlohmann::json* listing) {
  const ListingLines& split = basis.split;
  auto [from, to] = split.slice(page);
  nlohmann::json year_tables = nlohmann::json::array();
  for (std::size_t t = 0; t < split.tables.size(); ++t) {
    const LineTable& table = split.tables[t];
    std::size_t begin = std::max(from, table.first);
    std::size_t end = std::max(begin, std::min(to, table.first + table.count));
    if (!split.by_year) {
      (*listing)["table"] = table_part(project, paths, basis, t, begin, end, "rows-table", name,
                                       subtotal_label, abbreviations);
      continue;
    }
    if (begin == end) continue;
    FinancialYear year = project.years[table.year];
    std::string slug = year_slug(year);
    bool starts = begin == table.first;
    year_tables.push_back(
        {{"anchor", "year-" + slug},
         {"heading",
          starts ? year.label() : say(project, "year_continued", {{"year", year.label()}})},
         {"summary", starts ? count_rows(project, table.total.rows) + ", " +
                                  pounds(project, table.total.amount)
                            : ""},
         {"table", table_part(project, paths, basis, t, begin, end, "rows-table-" + slug,
                              name + ", " + year.label(), subtotal_label + ", " + year.label(),
                              abbreviations)}});
  }
  if (split.by_year) (*listing)["year_tables"] = std::move(year_tables);
}

// Several years: the value's total each year, each year linking to its lines
// on the page where they start.
nlohmann::json by_year(const Project& project, const SitePaths& paths, const ListingBasis& basis,
                       const YearsRollup& years, const std::string& name) {
  std::vector<std::string> anchors;
  // Links are made from the site's root, so each names its page with the year's anchor.
  for (std::size_t y = 0; y < project.years.size(); ++y) {
    int page = 1;
    for (const LineTable& table : basis.split.tables)
      if (table.year == static_cast<int>(y)) page = basis.split.page_of(table.first);
    anchors.push_back(paths.item_page(basis.dimension, basis.group.key, page) + "#year-" +
                      year_slug(project.years[y]));
  }
  return by_year_table(project, years.of(basis.dimension)[basis.group.key], "by-year-table",
                       say(project, "by_year_caption", {{"name", name}}), anchors);
}

// A year's page, from the second year on: what changed from the year before.
// Its significant changes are as many as its lines can be, so the page shows
// the largest as many as a page lists lines, and says where all of them are:
// the year's workbook, whose Changes sheet has every one.
nlohmann::json year_changes(const Project& project, const SitePaths& paths,
                            const YearComparison& comparison) {
  std::size_t most = static_cast<std::size_t>(project.site.listing_page_size);
  nlohmann::json significant = significant_changes_table(project, paths, comparison, most);
  nlohmann::json changes = {
      {"heading", say(project, "changes_from", {{"year", comparison.previous.label()}})},
      {"sections_table", section_changes_table(project, paths, comparison)},
      {"rule", significance_rule(project)},
      {"significant_table", std::move(significant)},
      {"has_significant", !comparison.significant.empty()},
      {"significant_more", significant_more(project, comparison, most)}};
  return changes;
}

// Page `page` of one value. Page 1 has everything about it; the pages after
// it, only its heading, which lines they list, their part of the line tables
// and the pagination.
nlohmann::json listing_page_context(const Project& project, const SitePaths& paths,
                                    const Navigation& navigation, const YearsRollup* years,
                                    const AreaLines& area_lines, ListingBasis& basis, int page) {
  Dimension dimension = basis.dimension;
  const Group& group = basis.group;
  const ListingLines& split = basis.split;
  const DimensionNames& names = names_of(dimension);
  std::string name = name_of(project, dimension, group.key);
  std::vector<Crumb> crumbs = {{text_of(project, "nav_home"), SitePaths::home()},
                               {title_of(project, dimension), paths.index(dimension)}};
  add_page_crumbs(project, name, paths.item(dimension, group.key), page, &crumbs);
  std::string title =
      page == 1 ? name : name + " (" + page_of_pages(project, page, split.pages) + ")";
  nlohmann::json context =
      page_frame(project, paths.item_page(dimension, group.key, page), title, crumbs);
  navigation.add_to(names.key, &context);
  std::call_once(basis.columns_made, [&] { basis.columns = table_columns(project, basis); });
  AbbreviationMarker abbreviations(project.glossary);
  std::string subtotal_label = dimension == Dimension::section
                                   ? project.sections[group.key].subtotal_label
                                   : text_of(project, "subtotal");
  auto [from, to] = split.slice(page);
  std::string page_note = split.pages == 1 ? ""
                                           : say(project, "listing_page_note",
                                                 {{"rows", rows_noun(project)},
                                                  {"first", grouped(from + 1)},
                                                  {"last", grouped(to)},
                                                  {"count", grouped(split.lines.size())}});
  nlohmann::json pagination = false;
  if (split.pages > 1)
    pagination = pagination_context(
        page, split.pages, say(project, "listing_pages", {{"name", name}}),
        [&paths, dimension, key = group.key](int n) { return paths.item_page(dimension, key, n); });
  if (page > 1) {
    context["listing"] = {
        {"heading", name},
        {"kind", singular_of(project, dimension)},
        {"summary", page_note},
        {"page_note", ""},
        {"facts", nlohmann::json::array()},
        {"has_facts", false},
        {"has_rows", true},
        {"table", false},
        {"by_year", false},
        {"year_tables", nlohmann::json::array()},
        {"has_within", false},
        {"within_summary", ""},
        {"within_table", false},
        {"wider", false},
        {"charts", nlohmann::json::array()},
        {"changes", false},
        {"pagination", pagination},
    };
    add_line_tables(project, paths, basis, page, name, subtotal_label, abbreviations,
                    &context["listing"]);
    context["printed_notes"] = false;
    return context;
  }

  bool area = dimension == Dimension::area;
  // With several years, a page other than a year's shows each year apart.
  bool by_years = split.by_year;
  FinancialYear latest = project.years.empty() ? FinancialYear{} : project.years.back();
  // What an area's table of the areas within it counts: the latest year's lines.
  Group shown;
  shown.key = group.key;
  shown.total = group.total;
  for (std::size_t i : group.awards)  // kept for an area only
    if (!by_years || project.awards[i].year == latest) shown.awards.push_back(i);
  // What the summary counts: the latest year's lines, or all of them.
  Total total = split.tables.empty() ? Total{} : split.tables.front().total;
  if (by_years) {
    shown.total =
        area ? years->area_within[group.key].back() : years->of(dimension)[group.key].back();
    total = years->of(dimension)[group.key].back();
  }
  nlohmann::json facts = details(project, paths, dimension, group.key, abbreviations);
  nlohmann::json listing = {
      {"table", false},
      {"year_tables", nlohmann::json::array()},
  };
  // The marker explains a term where it first sees it: the line tables, then
  // the wider areas' lines, but with several years the wider areas' first, as
  // the pages always had it.
  if (!by_years)
    add_line_tables(project, paths, basis, page, name, subtotal_label, abbreviations, &listing);
  bool has_inner = area && !areas_within(project.areas, group.key).empty();
  nlohmann::json wider =
      area ? wider_areas(project, paths, area_lines, group.key, abbreviations,
                         by_years ? &latest : nullptr)
           : nlohmann::json(false);
  if (by_years)
    add_line_tables(project, paths, basis, page, name, subtotal_label, abbreviations, &listing);
  std::string summary =
      say(project, area && (has_inner || !wider.is_boolean()) ? "summary_itself" : "summary_rows",
          {{"rows", count_rows(project, total.rows)},
           {"amount", pounds(project, total.amount)},
           {"name", name}});
  if (by_years)
    summary = say(project, "summary_in_year", {{"summary", summary}, {"year", latest.label()}});
  // One that ended: its earlier years are in the table by year below.
  if (by_years && !area && total.rows == 0)
    summary = say(project, "no_rows_in_year", {{"rows", rows_noun(project)}, {"year", latest.label()}});
  // Set one by one, so the line tables already in `listing` and the wider
  // areas' table are moved into it, not copied as update() would.
  listing["heading"] = name;
  listing["kind"] = singular_of(project, dimension);
  listing["summary"] = summary;
  listing["page_note"] = page_note;
  listing["has_facts"] = !facts.empty();
  listing["facts"] = std::move(facts);
  listing["has_rows"] = !split.lines.empty();
  listing["by_year"] =
      by_years ? by_year(project, paths, basis, *years, name) : nlohmann::json(false);
  listing["has_within"] = has_inner;
  listing["within_summary"] = say(project, by_years ? "within_summary_year" : "within_summary",
                                  {{"year", latest.label()},
                                   {"rows", count_rows(project, shown.total.rows)},
                                   {"amount", pounds(project, shown.total.amount)}});
  listing["within_table"] =
      has_inner ? within_table(project, paths, shown) : nlohmann::json(false);
  listing["wider"] = std::move(wider);
  listing["charts"] = item_charts(project, paths, dimension, group.key, split.lines);
  listing["changes"] = false;
  listing["pagination"] = std::move(pagination);
  if (dimension == Dimension::year && years)
    if (const YearComparison* comparison = years->ending_in(group.key))
      listing["changes"] = year_changes(project, paths, *comparison);
  context["listing"] = std::move(listing);
  context["printed_notes"] = dimension == Dimension::year
                                 ? printed_notes_context(project, {project.years[group.key]})
                                 : nlohmann::json(false);
  return context;
}

// The pages of one value. Unless a page extra cannot say what it reads, each
// can tell its inputs: what
// every listing page reads (`shared`: the project but its awards, the paths,
// the years rollup and each area's own lines, digested once per plan), the
// value's basis and the awards its pages show, digested once per value, and
// its page number.
class ListingItemPages : public ContextSource {
 public:
  ListingItemPages(const PlanInputs& in, std::shared_ptr<ListingBasis> basis,
                   std::shared_ptr<const std::string> shared)
      : project_(in.project),
        paths_(in.paths),
        years_(in.years),
        area_lines_(in.area_lines),
        basis_(std::move(basis)),
        shared_(std::move(shared)),
        digest_of_(in.digest),
        awards_(in.awards),
        navigation_(in.navigation) {}

  nlohmann::json context(std::uint32_t page) const override {
    nlohmann::json context = listing_page_context(project_, paths_, *navigation_, years_.get(),
                                                  *area_lines_, *basis_, static_cast<int>(page));
    if (basis_->extra.add)
      basis_->extra.add(basis_->group.key, basis_->split, static_cast<int>(page), &context);
    return context;
  }

  bool inputs(std::uint32_t page, InputDigest& digest) const override {
    // A page extra that does not say what it reads is fingerprinted by its context.
    if (!shared_ || !digest_of_ || !awards_ || (basis_->extra.add && !basis_->extra.inputs))
      return false;
    digest.add(*shared_);
    digest.add(std::uint64_t{page});
    if (page == 1) {
      std::call_once(value_digested_,
                     [&] { value_ = digest_of_([&](InputDigest& d) { feed_value(d); }); });
      digest.add(value_);
      return true;
    }
    // A later page shows only its slice of the lines, in tables of the
    // value's columns: a line changed there leaves the value's other pages as
    // they were.
    digest.add(frame());
    auto [from, to] = basis_->split.slice(static_cast<int>(page));
    auto lines = basis_->split.lines.begin();
    feed_awards(*awards_, lines + static_cast<std::ptrdiff_t>(from),
                lines + static_cast<std::ptrdiff_t>(to), digest);
    return true;
  }

 private:
  // The digest of what every page reads besides its lines: the value, how its
  // lines are split into tables and pages, each table's columns (made from
  // all its lines, so that every page has the same) and what the page extra
  // reads. Made once, by the first page that asks.
  const std::string& frame() const {
    std::call_once(frame_digested_,
                   [&] { frame_ = digest_of_([&](InputDigest& d) { feed_frame(d); }); });
    return frame_;
  }
  void feed_frame(InputDigest& digest) const {
    ListingBasis& basis = *basis_;
    const ListingLines& split = basis.split;
    std::call_once(basis.columns_made, [&] { basis.columns = table_columns(project_, basis); });
    InputFeeder feeder(digest);
    feeder.all(basis.dimension, basis.group.key, basis.group.total, split.by_year,
               std::uint64_t{split.page_size}, split.pages, std::uint64_t{split.lines.size()},
               std::uint64_t{split.tables.size()});
    for (const LineTable& table : split.tables)
      feeder.all(table.year, std::uint64_t{table.first}, std::uint64_t{table.count}, table.total);
    feeder.feed(basis.columns);
    if (basis.extra.inputs) basis.extra.inputs(basis.group.key, digest);
  }

  // The first page's: the frame, and every award the value's pages show: its
  // lines, an area's own (with the areas within it) and its wider areas'
  // lines, and a year's and the year before's (its page compares the two).
  void feed_value(InputDigest& digest) const {
    const ListingBasis& basis = *basis_;
    const AwardDigests& awards = *awards_;
    digest.add(frame());
    feed_awards(awards, basis.group.awards, digest);
    feed_awards(awards, basis.split.lines, digest);
    if (basis.dimension == Dimension::area)
      feed_awards(awards, awards_in_wider_areas(project_, *area_lines_, basis.group.key), digest);
    if (basis.dimension == Dimension::year && basis.group.key > 0 && years_)
      feed_awards(awards, years_->lines[static_cast<std::size_t>(basis.group.key - 1)].awards,
                  digest);
  }

  const Project& project_;
  SitePaths paths_;
  std::shared_ptr<const YearsRollup> years_;
  std::shared_ptr<const AreaLines> area_lines_;
  std::shared_ptr<ListingBasis> basis_;
  std::shared_ptr<const std::string> shared_;  // null: the pages cannot tell their inputs
  DigestOf digest_of_;
  std::shared_ptr<const AwardDigests> awards_;
  std::shared_ptr<const Navigation> navigation_;
  mutable std::once_flag value_digested_;
  mutable std::string value_;  // what the first page reads
  mutable std::once_flag frame_digested_;
  mutable std::string frame_;  // what every later page reads besides its lines
};

// What every listing page reads alike, as ListingItemPages takes it: null
// when the plan digests nothing.
std::shared_ptr<const std::string> listing_shared(const PlanInputs& in) {
  if (!in.digest || !in.years || !in.area_lines || in.site_digest.empty() ||
      in.years_digest.empty())
    return nullptr;
  return std::make_shared<const std::string>(in.digest([&](InputDigest& digest) {
    digest.add(in.site_digest);
    digest.add(in.years_digest);
    InputFeeder(digest).feed(*in.area_lines);
  }));
}

// The pages of one value, `shared` as ListingItemPages takes it.
void plan_value_pages(const PlanInputs& in, Dimension dimension, Group group,
                      std::vector<PlannedOutput>* plan, PageExtra extra,
                      std::shared_ptr<const std::string> shared) {
  auto basis = std::make_shared<ListingBasis>();
  basis->dimension = dimension;
  basis->split = listing_lines(in.project, dimension, group, in.years.get());
  basis->group = std::move(group);
  // The value's lines are the split's: only an area's page reads the group's
  // apart (they include the areas within it), so no other keeps them twice.
  if (dimension != Dimension::area) basis->group.awards = {};
  basis->extra = std::move(extra);
  auto pages = std::make_shared<const ListingItemPages>(in, basis, std::move(shared));
  for (int page = 1; page <= basis->split.pages; ++page)
    plan->push_back(
        PlannedOutput::from_source(in.paths.item_page(dimension, basis->group.key, page), pages,
                                   static_cast<std::uint32_t>(page)));
}

}  // namespace

std::pair<std::size_t, std::size_t> ListingLines::slice(int page) const {
  return page_slice(lines.size(), page_size, static_cast<std::size_t>(page));
}

ListingLines listing_lines(const Project& project, Dimension dimension, const Group& group,
                           const YearsRollup* years) {
  ListingLines split;
  split.page_size = static_cast<std::size_t>(project.site.listing_page_size);
  bool area = dimension == Dimension::area;
  std::vector<std::size_t> rows =
      area ? awards_in_area_itself(project, group.awards, group.key) : group.awards;
  split.by_year = years && several_years(project) && dimension != Dimension::year;
  if (!split.by_year) {
    split.tables.push_back({-1, 0, rows.size(), area ? total_of(project, rows) : group.total});
    split.lines = std::move(rows);
  } else {
    // Each year's lines in source order, the latest year first; its total is the rollup's.
    std::vector<std::vector<std::size_t>> in_year(project.years.size());
    for (std::size_t i : rows) {
      int y = year_key(project, project.awards[i].year);
      if (y >= 0) in_year[static_cast<std::size_t>(y)].push_back(i);
    }
    for (std::size_t y = project.years.size(); y-- > 0;) {
      if (in_year[y].empty()) continue;
      split.tables.push_back({static_cast<int>(y), split.lines.size(), in_year[y].size(),
                              years->of(dimension)[group.key][y]});
      split.lines.insert(split.lines.end(), in_year[y].begin(), in_year[y].end());
    }
  }
  split.pages = page_count(split.lines.size(), project.site.listing_page_size);
  return split;
}

// Organisations in name order, the rest in catalogue order (sections as
// configured, years ascending).
std::vector<Group> listed_groups(const Project& project, Dimension dimension) {
  std::vector<std::size_t> awards = all_awards(project);
  std::vector<Group> groups;
  if (dimension == Dimension::area) {
    std::vector<std::vector<std::size_t>> within = awards_within_each_area(project, awards);
    std::vector<std::vector<int>> including = areas_including_each(project.areas);
    std::vector<bool> has_own(project.areas.size(), false);
    for (std::size_t i : awards)
      if (project.awards[i].area >= 0) has_own[project.awards[i].area] = true;
    for (std::size_t key = 0; key < project.areas.size(); ++key) {
      // An area with no lines of its own still has a page when wider areas cover it.
      const std::vector<int>& wider = including[key];
      if (within[key].empty() &&
          std::none_of(wider.begin(), wider.end(), [&](int outer) { return has_own[outer]; }))
        continue;
      Group group;
      group.key = static_cast<int>(key);
      group.awards = std::move(within[key]);
      group.total = total_of(project, group.awards);
      groups.push_back(std::move(group));
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

namespace {

// <dimension>/index.html, and its pages 2..n when it lists more values than
// `site.listing_page_size`: the intro, the charts and the plan on the first.
nlohmann::json listing_index_context(const Project& project, const SitePaths& paths,
                                     const IndexBasis& basis, int page, const YearsRollup& years) {
  Dimension dimension = basis.dimension;
  const DimensionNames& names = names_of(dimension);
  std::string heading = title_of(project, dimension);
  std::vector<Crumb> crumbs = {{text_of(project, "nav_home"), SitePaths::home()}};
  add_page_crumbs(project, heading, paths.index(dimension), page, &crumbs);
  std::string title =
      page == 1 ? heading : heading + " (" + page_of_pages(project, page, basis.pages) + ")";
  nlohmann::json context = page_frame(project, paths.index_page(dimension, page), title, crumbs);
  add_navigation(project, paths, names.key, &context);
  bool several = several_years(project);
  std::string in_year = several ? ", " + project.years.back().label() : "";
  std::string intro;
  if (page == 1) {
    intro = say(project,
                !several                       ? "index_intro"
                : dimension == Dimension::year ? "index_intro_year_index"
                                               : "index_intro_years",
                {{"thing", singular_of(project, dimension)},
                 {"rows", rows_noun(project)},
                 {"measure", measure_text(project, project.measure)},
                 {"year", several ? project.years.back().label() : ""},
                 {"previous", several ? project.years[project.years.size() - 2].label() : ""}});
    if (dimension == Dimension::area) intro += " " + text_of(project, "index_intro_areas");
    if (dimension == Dimension::priority) intro += " " + text_of(project, "index_intro_priorities");
  }
  std::string page_note, total;
  nlohmann::json pagination = false;
  if (basis.pages > 1) {
    auto [from, to] = basis.slice(page);
    page_note = say(project, "index_page_note",
                    {{"first", grouped(from + 1)},
                     {"last", grouped(to)},
                     {"count", grouped(basis.groups.size())}});
    // The total of every value, on the first page as on the last's total row.
    if (page == 1)
      total = index_total_label(project, basis, in_year) + ": " + pounds(project, basis.total);
    pagination = pagination_context(
        page, basis.pages, say(project, "listing_pages", {{"name", heading}}),
        [&paths, dimension](int n) { return paths.index_page(dimension, n); });
  }
  bool first = page == 1;
  context["listing"] = {
      {"heading", heading},
      {"intro", intro},
      {"page_note", page_note},
      {"total", total},
      {"table", index_table(project, paths, basis, page, years)},
      {"pagination", pagination},
      {"charts", first ? index_charts(project, paths, dimension, years) : nlohmann::json::array()}};
  context["listing"]["plan"] = first && dimension == Dimension::priority
                                   ? plan_tree(project, paths, years.lines)
                                   : nlohmann::json();
  return context;
}

// The index's values and totals, from the listed groups; their lines are
// dropped, as the index shows only totals.
std::shared_ptr<const IndexBasis> index_basis(const PlanInputs& in, Dimension dimension) {
  const Project& project = in.project;
  auto basis = std::make_shared<IndexBasis>();
  basis->dimension = dimension;
  basis->groups = listed_groups(project, dimension);
  for (Group& group : basis->groups) {
    if (dimension == Dimension::area)
      basis->recorded.push_back(total_of(project, (*in.area_lines)[group.key]));
    group.awards = {};
  }
  for (std::size_t g = 0; g < basis->groups.size(); ++g)
    basis->total += shown_own(project, *basis, g, *in.years).amount;
  basis->page_size = static_cast<std::size_t>(project.site.listing_page_size);
  basis->pages = years_table(project, dimension)
                     ? 1
                     : page_count(basis->groups.size(), project.site.listing_page_size);
  return basis;
}

}  // namespace

void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  for (Dimension dimension : in.paths.listed()) {
    std::shared_ptr<const IndexBasis> basis = index_basis(in, dimension);
    for (int page = 1; page <= basis->pages; ++page)
      plan->push_back(PlannedOutput::from_context(
          in.paths.index_page(dimension, page),
          [&project = in.project, paths = in.paths, basis, page, years = in.years] {
            return listing_index_context(project, paths, *basis, page, *years);
          }));
  }
}

void plan_listing_values(const PlanInputs& in, Dimension dimension, std::vector<Group> groups,
                         std::vector<PlannedOutput>* plan, PageExtra extra) {
  std::shared_ptr<const std::string> shared = listing_shared(in);
  for (Group& group : groups)
    plan_value_pages(in, dimension, std::move(group), plan, extra, shared);
}

void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  std::shared_ptr<const std::string> shared = listing_shared(in);
  for (Dimension dimension : in.paths.listed()) {
    if (dimension == Dimension::fund) continue;  // fund pages: view/fund_view.h
    for (Group& group : listed_groups(in.project, dimension))
      plan_value_pages(in, dimension, std::move(group), plan, PageExtra(), shared);
  }
}

}  // namespace fundpress
