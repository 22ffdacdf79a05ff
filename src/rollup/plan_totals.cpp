#include "rollup/plan_totals.h"

namespace fundpress {

PlanTotals plan_totals(const Project& project, const std::vector<std::size_t>& awards) {
  PlanTotals out;
  out.aims.resize(project.aims.size());
  out.priorities.resize(project.priorities.size());
  out.priority_itself.resize(project.priorities.size());
  out.focus_areas.resize(project.priorities.size());
  for (std::size_t p = 0; p < project.priorities.size(); ++p)
    out.focus_areas[p].resize(project.priorities[p].focus_areas.size());
  for (const Group& group : group_by(project, awards, Dimension::priority)) {
    out.priorities[group.key] = group.total;
    std::vector<std::size_t> itself;
    std::vector<std::vector<std::size_t>> by_focus(out.focus_areas[group.key].size());
    for (std::size_t i : group.awards) {
      int focus = project.awards[i].focus_area;
      if (focus >= 0 && static_cast<std::size_t>(focus) < by_focus.size())
        by_focus[focus].push_back(i);
      else
        itself.push_back(i);
    }
    out.priority_itself[group.key] = total_of(project, itself);
    for (std::size_t f = 0; f < by_focus.size(); ++f)
      out.focus_areas[group.key][f] = total_of(project, by_focus[f]);
    int aim = project.priorities[group.key].aim;
    if (aim >= 0 && static_cast<std::size_t>(aim) < out.aims.size()) {
      Total& total = out.aims[aim];
      total.rows += group.total.rows;
      total.unknown_amounts += group.total.unknown_amounts;
      total.amount += group.total.amount;
    }
  }
  return out;
}

}  // namespace fundpress
