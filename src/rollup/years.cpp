#include "rollup/years.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "model/text.h"

namespace fundpress {
namespace {

struct Pair {
  Total previous, current;
  int key = -1;
};

Variance variance_of(VarianceKind kind, const Pair& pair) {
  Variance v = change_between(pair.previous, pair.current);
  v.kind = kind;
  v.key = pair.key;
  return v;
}

void add(Total* total, const Award& award) {
  ++total->rows;
  if (award.amount_known) total->amount += award.amount;
  else ++total->unknown_amounts;
}

// One line across the years: its organisation and service, as people read them.
std::string line_key(const Award& award) {
  return std::to_string(award.organisation) + "|" + ascii_lower(trim(award.service));
}

}  // namespace

Variance change_between(const Total& previous, const Total& current) {
  Variance v;
  v.previous = previous.amount;
  v.current = current.amount;
  // Exact: the check stage bounds the sum of every amount's magnitude.
  v.change = Money{v.current.pence - v.previous.pence};
  v.added = previous.rows == 0;
  v.ended = current.rows == 0;
  if (v.previous.pence != 0) {
    v.has_percent = true;
    auto tenths =
        static_cast<int64_t>(rounded_scaled(magnitude(v.change), 1000, magnitude(v.previous)));
    v.percent_tenths = v.change.pence < 0 ? -tenths : tenths;
  }
  return v;
}

Dimension variance_dimension(VarianceKind kind) {
  switch (kind) {
    case VarianceKind::section: return Dimension::section;
    case VarianceKind::fund: return Dimension::fund;
    case VarianceKind::priority: return Dimension::priority;
    case VarianceKind::organisation: return Dimension::organisation;
    case VarianceKind::line: break;
  }
  return Dimension::year;
}

bool is_significant(const Variance& change, const ChangeThreshold& threshold) {
  if (change.change.pence == 0) return false;
  uint64_t size = magnitude(change.change);
  if (size >= magnitude(threshold.amount)) return true;
  return change.has_percent && threshold.percent > 0 &&
         static_cast<uint128>(size) * 100 >= static_cast<uint128>(magnitude(change.previous)) *
                                                 static_cast<uint64_t>(threshold.percent);
}

YearComparison compare_years(const Project& project, FinancialYear previous,
                             FinancialYear current) {
  YearComparison out;
  out.previous = previous;
  out.current = current;
  std::vector<std::size_t> both;
  for (std::size_t i = 0; i < project.awards.size(); ++i)
    if (project.awards[i].year == previous || project.awards[i].year == current) both.push_back(i);
  for (VarianceKind kind : {VarianceKind::section, VarianceKind::fund, VarianceKind::priority,
                            VarianceKind::organisation}) {
    std::vector<Pair> pairs(catalogue_size(project, variance_dimension(kind)));
    for (Group& group : group_by(project, both, variance_dimension(kind)))
      for (std::size_t i : group.awards) {
        const Award& award = project.awards[i];
        add(award.year == current ? &pairs[group.key].current : &pairs[group.key].previous, award);
      }
    for (std::size_t key = 0; key < pairs.size(); ++key) {
      if (pairs[key].previous.rows == 0 && pairs[key].current.rows == 0) continue;
      pairs[key].key = static_cast<int>(key);
      out.changes.push_back(variance_of(kind, pairs[key]));
    }
  }
  // Lines in source order of their first appearance, this year's first; the
  // order is the vector's, so the index may be a hash (a national register
  // has hundreds of thousands of lines a year, and a tree compared the keys'
  // bytes at every level).
  std::unordered_map<std::string, std::size_t> at;
  at.reserve(both.size());
  std::vector<Pair> lines;
  for (FinancialYear year : {current, previous})
    for (std::size_t i : both) {
      const Award& award = project.awards[i];
      if (!(award.year == year)) continue;
      auto [it, inserted] = at.emplace(line_key(award), lines.size());
      if (inserted) lines.push_back(Pair{{}, {}, static_cast<int>(i)});
      add(year == current ? &lines[it->second].current : &lines[it->second].previous, award);
    }
  for (const Pair& pair : lines) out.changes.push_back(variance_of(VarianceKind::line, pair));

  for (std::size_t i = 0; i < out.changes.size(); ++i) {
    out.changes[i].significant = is_significant(out.changes[i], project.significant_change);
    if (out.changes[i].significant) out.significant.push_back(i);
  }
  std::stable_sort(out.significant.begin(), out.significant.end(),
                   [&](std::size_t a, std::size_t b) {
                     return magnitude(out.changes[b].change) < magnitude(out.changes[a].change);
                   });
  return out;
}

YearsRollup roll_up_years(const Project& project) {
  YearsRollup out;
  std::size_t years = project.years.size();
  out.lines = lines_of_each_year(project);
  out.by_dimension.resize(std::size(all_dimensions));
  for (Dimension dimension : all_dimensions)
    out.by_dimension[static_cast<int>(dimension)].assign(catalogue_size(project, dimension),
                                                         std::vector<Total>(years));
  for (std::size_t y = 0; y < years; ++y)
    for (Dimension dimension : all_dimensions)
      for (const Group& group : group_by(project, out.lines[y].awards, dimension))
        out.by_dimension[static_cast<int>(dimension)][group.key][y] = group.total;
  out.area_within.assign(project.areas.size(), std::vector<Total>(years));
  for (std::size_t y = 0; y < years; ++y) {
    std::vector<std::vector<std::size_t>> within =
        awards_within_each_area(project, out.lines[y].awards);
    for (std::size_t area = 0; area < project.areas.size(); ++area)
      out.area_within[area][y] = total_of(project, within[area]);
  }
  for (std::size_t y = 1; y < years; ++y)
    out.comparisons.push_back(compare_years(project, project.years[y - 1], project.years[y]));
  out.funds = fund_uses(project);
  return out;
}

int latest_year(const Project& project) { return static_cast<int>(project.years.size()) - 1; }

}  // namespace fundpress
