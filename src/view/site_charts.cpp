#include "view/site_charts.h"

#include <algorithm>

#include "model/text.h"
#include "rollup/rollup.h"
#include "view/chart_view.h"
#include "view/format.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

struct Bar {
  std::string label;
  std::string url;
  Total total;
};

// The chart, its table (name, lines, amount, share of `whole`) and its summary.
nlohmann::json chart_block(const Project& project, const std::string& id,
                           const std::string& heading, const std::string& name_heading,
                           const std::vector<Bar>& bars, Money whole, const std::string& summary) {
  std::vector<ChartBar> drawn;
  for (const Bar& bar : bars) drawn.push_back({bar.label, bar.total.amount});
  nlohmann::json table = empty_table(id + "-table", say(project, "chart_figures", {{"heading", heading}}),
                                     {{{"label", name_heading}, {"numeric", false}},
                                      {{"label", text_of(project, "col_lines")}, {"numeric", true}},
                                      {{"label", text_of(project, "col_amount")}, {"numeric", true}},
                                      {{"label", text_of(project, "col_share")}, {"numeric", true}}});
  for (const Bar& bar : bars)
    table["rows"].push_back(
        {{"cells",
          {plain_cell(bar.label, bar.url, false, true),
           plain_cell(std::to_string(bar.total.rows), "", true),
           plain_cell(format_total_pounds(bar.total.amount, project.display), "", true),
           plain_cell(format_share(bar.total.amount, whole), "", true)}}});
  label_cells(&table);
  return {{"id", id},
          {"heading", heading},
          {"chart", bar_chart(id + "-chart", heading, drawn)},
          {"table", std::move(table)},
          {"summary", summary}};
}

// "Victims had the most, £1.448m (31.0% of £4.668m); Vulnerable the least, £860k (18.4%)."
std::string largest_and_least(const Project& project, const std::vector<Bar>& bars) {
  Money sum;
  for (const Bar& bar : bars) sum += bar.total.amount;
  auto by_amount = [](const Bar& a, const Bar& b) { return a.total.amount < b.total.amount; };
  const Bar& most = *std::max_element(bars.begin(), bars.end(), by_amount);
  const Bar& least = *std::min_element(bars.begin(), bars.end(), by_amount);
  return say(project, "chart_most_least",
             {{"most", most.label},
              {"most_amount", format_short(most.total.amount)},
              {"most_share", format_share(most.total.amount, sum)},
              {"sum", format_short(sum)},
              {"least", least.label},
              {"least_amount", format_short(least.total.amount)},
              {"least_share", format_share(least.total.amount, sum)}});
}

Money sum_of(const std::vector<Bar>& bars) {
  Money sum;
  for (const Bar& bar : bars) sum += bar.total.amount;
  return sum;
}

std::vector<Bar> bars_of(const Project& project, const SitePaths& paths, Dimension dimension,
                         const std::vector<Group>& groups) {
  std::vector<Bar> bars;
  for (const Group& group : groups)
    bars.push_back({name_of(project, dimension, group.key), paths.item(dimension, group.key),
                    group.total});
  return bars;
}

}  // namespace

nlohmann::json year_trend_chart(const Project& project, const SitePaths& paths) {
  std::vector<Group> groups = group_by(project, all_awards(project), Dimension::year);
  if (groups.empty()) return false;
  std::vector<Bar> bars = bars_of(project, paths, Dimension::year, groups);
  const Bar& first = bars.front();
  const Bar& last = bars.back();
  std::string summary;
  if (bars.size() == 1) {
    summary = say(project, "chart_one_year",
                  {{"amount", format_short(last.total.amount)}, {"year", last.label}});
  } else {
    // The difference of two totals of bounded amounts fits (see Money's operator+).
    Money change{last.total.amount.pence - first.total.amount.pence};
    Money size = change.pence < 0 ? Money{-change.pence} : change;
    summary = say(project,
                  change.pence > 0   ? "chart_trend_rise"
                  : change.pence < 0 ? "chart_trend_fall"
                                     : "chart_trend_same",
                  {{"first_amount", format_short(first.total.amount)},
                   {"first", first.label},
                   {"last_amount", format_short(last.total.amount)},
                   {"last", last.label},
                   {"change", format_short(size)},
                   {"share", first.total.amount.pence > 0
                                 ? " (" + format_share(size, first.total.amount) + ")"
                                 : ""}});
  }
  return chart_block(project, "chart-years",
                     say(project, "chart_years", {{"measure", measure_text(project, project.measure)}}),
                     text_of(project, "col_year"), bars, sum_of(bars), summary);
}

nlohmann::json section_chart(const Project& project, const SitePaths& paths,
                             const std::vector<std::size_t>& awards, const std::string& id,
                             const std::string& when) {
  std::vector<Bar> bars =
      bars_of(project, paths, Dimension::section, group_by(project, awards, Dimension::section));
  if (bars.size() < 2) return false;
  return chart_block(project, id, say(project, "chart_sections", {{"year", when}}),
                     text_of(project, "col_section"), bars, sum_of(bars),
                     largest_and_least(project, bars));
}

nlohmann::json largest_recipients_chart(const Project& project, const SitePaths& paths,
                                        const std::vector<std::size_t>& awards,
                                        const std::string& id, const std::string& when) {
  // A name that stands for no recipient yet ("To be confirmed") is nobody's award.
  std::vector<Group> groups;
  for (Group& group : group_by(project, awards, Dimension::organisation))
    if (!project.organisations[group.key].placeholder) groups.push_back(std::move(group));
  if (groups.size() < 2) return false;
  std::stable_sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
    if (!(a.total.amount == b.total.amount)) return b.total.amount < a.total.amount;
    return ascii_lower(project.organisations[a.key].name) <
           ascii_lower(project.organisations[b.key].name);
  });
  Money all;
  for (const Group& group : groups) all += group.total.amount;
  std::size_t organisations = groups.size();
  std::size_t shown = std::min<std::size_t>(organisations, 10);
  groups.resize(shown);
  std::vector<Bar> bars = bars_of(project, paths, Dimension::organisation, groups);
  Money top;
  for (const Bar& bar : bars) top += bar.total.amount;
  std::string summary =
      say(project, organisations > shown ? "chart_top_of" : "chart_top_all",
          {{"shown", std::to_string(shown)},
           {"organisations", count_text(project, organisations, "organisation")},
           {"top", format_short(top)},
           {"share", format_share(top, all)},
           {"all", format_short(all)},
           {"largest", bars.front().label},
           {"largest_amount", format_short(bars.front().total.amount)}});
  return chart_block(project, id,
                     say(project, "chart_recipients", {{"shown", std::to_string(shown)}, {"year", when}}),
                     text_of(project, "field_organisation"), bars, all, summary);
}

nlohmann::json area_chart(const Project& project, const SitePaths& paths,
                          const std::vector<std::size_t>& awards, const std::string& id,
                          const std::string& when) {
  std::vector<Bar> bars;
  // Each area's own lines, not those of the areas within it: a line counts once.
  for (const Group& group : group_by(project, awards, Dimension::area))
    bars.push_back({project.areas[group.key].name, paths.item(Dimension::area, group.key),
                    group.total});
  if (bars.size() < 2) return false;
  return chart_block(project, id, say(project, "chart_areas", {{"year", when}}),
                     text_of(project, "field_area"), bars, sum_of(bars),
                     largest_and_least(project, bars) + " " + text_of(project, "chart_areas_note"));
}

}  // namespace fundpress
