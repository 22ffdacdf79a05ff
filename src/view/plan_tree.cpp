#include "view/plan_tree.h"

#include "rollup/plan_totals.h"
#include "rollup/years.h"
#include "view/format.h"

namespace fundpress {
namespace {

std::string numbered(const std::string& number, const std::string& name) {
  return number.empty() ? name : number + " " + name;
}

std::string amount_of(const Project& project, const Total& total) {
  return say(project, "plan_amount",
             {{"amount", format_total_pounds(total.amount, project.display)},
              {"lines", count_text(project, total.rows, "line")}});
}

}  // namespace

nlohmann::json plan_tree(const Project& project, const SitePaths& paths, const LinesByYear& years) {
  if (project.aims.empty()) return nullptr;
  FinancialYear year = project.years.empty() ? FinancialYear{}
                                             : project.years[latest_year(project)];
  PlanTotals totals = year.start ? plan_totals(project, years[latest_year(project)].awards)
                                 : plan_totals(project, all_awards(project));
  nlohmann::json aims = nlohmann::json::array();
  for (std::size_t a = 0; a < project.aims.size(); ++a) {
    nlohmann::json priorities = nlohmann::json::array();
    for (std::size_t p = 0; p < project.priorities.size(); ++p) {
      const Priority& priority = project.priorities[p];
      if (priority.aim != static_cast<int>(a)) continue;
      nlohmann::json focus_areas = nlohmann::json::array();
      for (std::size_t f = 0; f < priority.focus_areas.size(); ++f)
        focus_areas.push_back(
            {{"label", numbered(priority.focus_areas[f].number, priority.focus_areas[f].name)},
             {"amount", amount_of(project, totals.focus_areas[p][f])}});
      if (!focus_areas.empty() && totals.priority_itself[p].rows > 0)
        focus_areas.push_back({{"label", text_of(project, "plan_no_focus_area")},
                               {"amount", amount_of(project, totals.priority_itself[p])}});
      bool listed = totals.priorities[p].rows > 0;
      priorities.push_back({{"label", numbered(priority.number, priority.name)},
                            {"url", listed ? paths.item(Dimension::priority, static_cast<int>(p))
                                           : ""},
                            {"has_url", listed},
                            {"amount", amount_of(project, totals.priorities[p])},
                            {"has_focus_areas", !focus_areas.empty()},
                            {"focus_areas", focus_areas}});
    }
    aims.push_back({{"label", numbered(project.aims[a].number, project.aims[a].name)},
                    {"amount", amount_of(project, totals.aims[a])},
                    {"priorities", priorities}});
  }
  return {{"heading", project.plan_name.empty() ? text_of(project, "plan_heading") : project.plan_name},
          {"intro", say(project, year.start ? "plan_intro_year" : "plan_intro",
                        {{"measure", measure_text(project, year.start ? measure_of(project, year)
                                                                      : project.measure)},
                         {"year", year.label()}})},
          {"aims", aims}};
}

}  // namespace fundpress
