// Rollups: pure functions that group awards and add them up in exact pence.
// Nothing here rounds or formats; see src/view for that.
#pragma once

#include <cstddef>
#include <vector>

#include "model/money.h"
#include "model/project.h"

namespace fundpress {

/// How many rows, and their exact sum. Rows whose amount is not yet known
/// count as rows and add nothing.
struct Total {
  std::size_t rows = 0;
  std::size_t unknown_amounts = 0;
  Money amount;
};

/// A set of awards sharing one value of a dimension.
struct Group {
  int key = -1;                     // index into the dimension's catalogue
  std::vector<std::size_t> awards;  // indices into Project::awards, source order
  Total total;
};

enum class Dimension { section, organisation, area, fund, priority, mechanism, year };
inline constexpr Dimension all_dimensions[] = {
    Dimension::section,  Dimension::organisation, Dimension::area, Dimension::fund,
    Dimension::priority, Dimension::mechanism,    Dimension::year};

/// Indices of every award, in source order.
std::vector<std::size_t> all_awards(const Project& project);

Total total_of(const Project& project, const std::vector<std::size_t>& awards);

/// Groups `awards` by `dimension`, one Group per value that has awards, in
/// catalogue order (sections in their configured order; years ascending).
/// An award with several priorities counts once, under its primary (first)
/// priority, so every dimension partitions the awards (awards with no value
/// for it are left out) and its groups add up to their total.
std::vector<Group> group_by(const Project& project, const std::vector<std::size_t>& awards,
                            Dimension dimension);

/// For every area (indexed by area), the awards of `awards` in it or in any
/// area it contains, directly or not, in the order of `awards`. One pass over
/// `awards`, not one per area (a national register has hundreds of areas):
/// each award is added to its area and to every area that includes it.
std::vector<std::vector<std::size_t>> awards_within_each_area(
    const Project& project, const std::vector<std::size_t>& awards);

/// The awards recorded against `area` itself, not an area inside it.
std::vector<std::size_t> awards_in_area_itself(const Project& project,
                                               const std::vector<std::size_t>& awards, int area);

/// Each area's own lines (those recorded against the area itself), indexed
/// by area, in source order.
using AreaLines = std::vector<std::vector<std::size_t>>;

/// AreaLines of every award, from one pass over the register.
AreaLines lines_of_each_area(const Project& project);

/// The awards recorded against a wider area that includes `area` (for
/// Rutland, those of "Leicestershire and Rutland" and of "LLR"), in source
/// order: they cover `area` too, but are not its own, so a page totals them
/// apart from it. Read from `own`, so a page never passes over the register.
std::vector<std::size_t> awards_in_wider_areas(const Project& project, const AreaLines& own,
                                               int area);

/// The key of `year` in the year dimension (its index in Project::years), or -1.
int year_key(const Project& project, FinancialYear year);

/// The size of the dimension's catalogue (sections, organisations, ...).
std::size_t catalogue_size(const Project& project, Dimension dimension);

/// Rows and pounds in against rows and pounds out: read = published + withheld.
struct Reconciliation {
  Total read;
  Total published;
  Total withheld;
  bool balances() const {
    return read.rows == published.rows + withheld.rows &&
           read.amount == published.amount + withheld.amount;
  }
};

/// Compares what the reader counted (Project::read) with `published`, the
/// total the outputs print, and the withheld rows.
Reconciliation reconcile(const Project& project, const Total& published);

}  // namespace fundpress
