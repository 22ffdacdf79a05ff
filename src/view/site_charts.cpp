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
  nlohmann::json table = empty_table(id + "-table", heading + ": the chart's figures",
                                     {{{"label", name_heading}, {"numeric", false}},
                                      {{"label", "Lines"}, {"numeric", true}},
                                      {{"label", "Amount"}, {"numeric", true}},
                                      {{"label", "Share"}, {"numeric", true}}});
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
          {"table", table},
          {"summary", summary}};
}

// "Victims had the most, £1.448m (31.0% of £4.668m); Vulnerable the least, £860k (18.4%)."
std::string largest_and_least(const std::vector<Bar>& bars) {
  Money sum;
  for (const Bar& bar : bars) sum += bar.total.amount;
  auto by_amount = [](const Bar& a, const Bar& b) { return a.total.amount < b.total.amount; };
  const Bar& most = *std::max_element(bars.begin(), bars.end(), by_amount);
  const Bar& least = *std::min_element(bars.begin(), bars.end(), by_amount);
  return most.label + " had the most, " + format_short(most.total.amount) + " (" +
         format_share(most.total.amount, sum) + " of " + format_short(sum) + "); " + least.label +
         " the least, " + format_short(least.total.amount) + " (" +
         format_share(least.total.amount, sum) + ").";
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
    summary = "One year so far: " + format_short(last.total.amount) + " in " + last.label + ".";
  } else {
    // The difference of two totals of bounded amounts fits (see Money's operator+).
    Money change{last.total.amount.pence - first.total.amount.pence};
    std::string direction = change.pence > 0 ? "a rise of " : change.pence < 0 ? "a fall of " : "";
    Money size = change.pence < 0 ? Money{-change.pence} : change;
    summary = "From " + format_short(first.total.amount) + " in " + first.label + " to " +
              format_short(last.total.amount) + " in " + last.label +
              (direction.empty() ? ", no change"
                                 : ", " + direction + format_short(size) +
                                       (first.total.amount.pence > 0
                                            ? " (" + format_share(size, first.total.amount) + ")"
                                            : "")) +
              ".";
  }
  return chart_block(project, "chart-years", "Spending by year (" +
                                           std::string(measure_name(project.measure)) + ")",
                     "Year", bars, sum_of(bars), summary);
}

nlohmann::json section_chart(const Project& project, const SitePaths& paths,
                             const std::vector<std::size_t>& awards, const std::string& id,
                             const std::string& when) {
  std::vector<Bar> bars =
      bars_of(project, paths, Dimension::section, group_by(project, awards, Dimension::section));
  if (bars.size() < 2) return false;
  return chart_block(project, id, "Spending by section, " + when, "Section", bars, sum_of(bars),
                     largest_and_least(bars));
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
  std::string summary = (organisations > shown ? "The " + std::to_string(shown) + " largest of " +
                                                     count_of(organisations, "organisation")
                                               : "All " + count_of(shown, "organisation")) +
                        " received " + format_short(top) + " (" + format_share(top, all) +
                        " of " + format_short(all) + " to named recipients); the largest, " + bars.front().label +
                        ", " + format_short(bars.front().total.amount) + ".";
  return chart_block(project, id, "The " + std::to_string(shown) + " largest recipients, " + when,
                     "Organisation", bars, all, summary);
}

nlohmann::json area_chart(const Project& project, const SitePaths& paths,
                          const std::vector<std::size_t>& awards, const std::string& id,
                          const std::string& when) {
  std::vector<Bar> bars;
  for (std::size_t key = 0; key < project.areas.size(); ++key) {
    Total own = total_of(project, awards_in_area_itself(project, awards, static_cast<int>(key)));
    if (own.rows == 0) continue;
    bars.push_back({project.areas[key].name, paths.item(Dimension::area, static_cast<int>(key)),
                    own});
  }
  if (bars.size() < 2) return false;
  return chart_block(project, id, "Spending by area, " + when, "Area", bars, sum_of(bars),
                     largest_and_least(bars) +
                         " Each line counts against the area it names: a line for a wider area "
                         "is not shared out among the areas within it.");
}

}  // namespace fundpress
