#include "rollup/rollup.h"

#include <algorithm>
#include <map>

#include "model/areas.h"

namespace fundpress {
namespace {

void add(Total* total, const Award& award) {
  ++total->rows;
  if (award.amount_known) total->amount += award.amount;
  else ++total->unknown_amounts;
}

int key_of(const Project& project, const Award& award, Dimension dimension) {
  switch (dimension) {
    case Dimension::section: return award.section;
    case Dimension::organisation: return award.organisation;
    case Dimension::area: return award.area;
    case Dimension::fund: return award.fund;
    // A line serving several priorities counts once, under its primary (first) one.
    case Dimension::priority: return award.priorities.empty() ? -1 : award.priorities.front();
    case Dimension::mechanism: return award.mechanism_kind;
    case Dimension::year: return year_key(project, award.year);
  }
  return -1;
}

}  // namespace

std::vector<std::size_t> all_awards(const Project& project) {
  std::vector<std::size_t> indices(project.awards.size());
  for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = i;
  return indices;
}

Total total_of(const Project& project, const std::vector<std::size_t>& awards) {
  Total total;
  for (std::size_t i : awards) add(&total, project.awards[i]);
  return total;
}

int year_key(const Project& project, FinancialYear year) {
  for (std::size_t i = 0; i < project.years.size(); ++i)
    if (project.years[i] == year) return static_cast<int>(i);
  return -1;
}

std::size_t catalogue_size(const Project& project, Dimension dimension) {
  switch (dimension) {
    case Dimension::section: return project.sections.size();
    case Dimension::organisation: return project.organisations.size();
    case Dimension::area: return project.areas.size();
    case Dimension::fund: return project.funds.size();
    case Dimension::priority: return project.priorities.size();
    case Dimension::mechanism: return project.mechanisms.size();
    case Dimension::year: return project.years.size();
  }
  return 0;
}

std::vector<Group> group_by(const Project& project, const std::vector<std::size_t>& awards,
                            Dimension dimension) {
  std::vector<Group> by_key(catalogue_size(project, dimension));
  for (std::size_t i : awards) {
    const Award& award = project.awards[i];
    int key = key_of(project, award, dimension);
    if (key < 0 || static_cast<std::size_t>(key) >= by_key.size()) continue;
    by_key[key].awards.push_back(i);
    add(&by_key[key].total, award);
  }
  std::vector<Group> groups;
  for (std::size_t key = 0; key < by_key.size(); ++key) {
    if (by_key[key].awards.empty()) continue;
    by_key[key].key = static_cast<int>(key);
    groups.push_back(std::move(by_key[key]));
  }
  return groups;
}

std::vector<std::vector<std::size_t>> awards_within_each_area(
    const Project& project, const std::vector<std::size_t>& awards) {
  std::vector<std::vector<int>> including = areas_including_each(project.areas);
  std::vector<std::vector<std::size_t>> within(project.areas.size());
  for (std::size_t i : awards) {
    int a = project.awards[i].area;
    if (a < 0) continue;
    within[a].push_back(i);
    for (int outer : including[a]) within[outer].push_back(i);
  }
  return within;
}

std::vector<std::size_t> awards_in_area_itself(const Project& project,
                                               const std::vector<std::size_t>& awards, int area) {
  std::vector<std::size_t> found;
  for (std::size_t i : awards)
    if (project.awards[i].area == area) found.push_back(i);
  return found;
}

AreaLines lines_of_each_area(const Project& project) {
  AreaLines own(project.areas.size());
  for (std::size_t i = 0; i < project.awards.size(); ++i)
    if (project.awards[i].area >= 0) own[project.awards[i].area].push_back(i);
  return own;
}

std::vector<std::size_t> awards_in_wider_areas(const Project& project, const AreaLines& own,
                                               int area) {
  std::vector<std::size_t> found;
  for (int outer : areas_including(project.areas, area))
    found.insert(found.end(), own[outer].begin(), own[outer].end());
  // Each wider area's lines are in source order and no line is in two of them.
  std::sort(found.begin(), found.end());
  return found;
}

Reconciliation reconcile(const Project& project, const Total& published) {
  Reconciliation r;
  r.read.rows = project.read.rows;
  r.read.amount = project.read.amount;
  r.published = published;
  for (const Withheld& w : project.withheld) {
    ++r.withheld.rows;
    r.withheld.amount += w.amount;
  }
  return r;
}

}  // namespace fundpress
