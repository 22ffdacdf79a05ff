// Year by year: each financial year's totals for every value of a dimension,
// and what changed from one year to the next (previous, current, change, per
// cent; new and ended values; the significant changes). Computed once per
// build and read by every page, report and workbook that shows a year.
#pragma once

#include <cstdint>
#include <vector>

#include "model/money.h"
#include "model/project.h"
#include "rollup/fund_use.h"
#include "rollup/rollup.h"
#include "rollup/year_lines.h"

namespace fundpress {

/// What a variance compares: a catalogue's values, or the service lines.
enum class VarianceKind { section, fund, priority, organisation, line };

/// The Dimension a kind's keys index (a line's key is an award, of no dimension).
Dimension variance_dimension(VarianceKind kind);

/// One value's change between two years.
struct Variance {
  VarianceKind kind = VarianceKind::section;
  /// The value's index in its catalogue; for a line, the award it is read
  /// from (its current year's first, else its previous year's).
  int key = -1;
  Money previous;
  Money current;
  Money change;  // current - previous, exact
  /// change / previous in tenths of a per cent, rounded half away from zero;
  /// absent when the previous year had nothing (previous is zero).
  bool has_percent = false;
  int64_t percent_tenths = 0;
  bool added = false;  // no lines the previous year
  bool ended = false;  // no lines this year
  bool significant = false;
};

/// The change from `previous` to `current` (kind and key left unset).
Variance change_between(const Total& previous, const Total& current);

/// Two consecutive years of the register compared.
struct YearComparison {
  FinancialYear previous;
  FinancialYear current;
  /// Every value with lines in either year: sections, funds, priorities,
  /// organisations, then lines, each in catalogue (lines: source) order.
  std::vector<Variance> changes;
  /// Indices into `changes` of those reaching the threshold, largest change first.
  std::vector<std::size_t> significant;
};

/// True when `change` reaches either figure of `threshold`: its amount, or
/// (when there is a previous figure) its per cent of the previous figure.
bool is_significant(const Variance& change, const ChangeThreshold& threshold);

/// Compares `current` with `previous`. A service line is the same line in both
/// years when its organisation and service name are (case and spacing aside).
YearComparison compare_years(const Project& project, FinancialYear previous, FinancialYear current);

/// Each value's total in each year: totals[key][y] for Project::years[y].
using TotalsByYear = std::vector<std::vector<Total>>;

/// Everything year by year, computed once.
struct YearsRollup {
  /// Each year's lines and their total (index as Project::years): what a
  /// page, report or workbook of one year lists and adds up.
  LinesByYear lines;
  /// per dimension (index: static_cast<int>(Dimension)); area totals are what
  /// is recorded against the area itself.
  std::vector<TotalsByYear> by_dimension;
  /// Each area's totals including the areas within it, per year.
  TotalsByYear area_within;
  /// comparisons[y - 1] compares Project::years[y - 1] with years[y].
  std::vector<YearComparison> comparisons;
  /// Each fund's use of its envelope, period by period (index: Project::funds).
  std::vector<FundUse> funds;

  const TotalsByYear& of(Dimension dimension) const {
    return by_dimension[static_cast<int>(dimension)];
  }
  /// The comparison ending in year index `y`, or nullptr for the first year.
  const YearComparison* ending_in(std::size_t y) const {
    return y == 0 || y > comparisons.size() ? nullptr : &comparisons[y - 1];
  }
};

YearsRollup roll_up_years(const Project& project);

/// The index in Project::years of the year pages show unless asked for
/// another: the latest. -1 when there is no year.
int latest_year(const Project& project);

}  // namespace fundpress
