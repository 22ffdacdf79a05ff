// The listings: an index per dimension (sections/, areas/, organisations/,
// years/, and funds/ and priorities/ when the data has them) with each
// value's total, and a page per value with its rows and sub-total.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "rollup/rollup.h"
#include "rollup/years.h"
#include "view/site_plan.h"

namespace fundpress {

/// The values of `dimension` that have a page, each with its rows (an area:
/// every row inside it), in the order the index lists them. An area with no
/// rows of its own or inside it has a page when a wider area's rows cover it.
std::vector<Group> listed_groups(const Project& project, Dimension dimension);

/// sections/index.html, areas/index.html, ...
void plan_listing_indexes(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// sections/<slug>/index.html, ...: one page per value that has rows (funds
/// have pages of their own: view/fund_view.h).
void plan_listing_items(const PlanInputs& in, std::vector<PlannedOutput>* plan);

/// One table of a value's lines: all of them, or with several years one
/// year's (each year apart, latest first).
struct LineTable {
  int year = -1;          // its index in Project::years when the lines are by year
  std::size_t first = 0;  // its first line in ListingLines::lines
  std::size_t count = 0;  // how many lines it lists
  Total total;            // of all its lines: the year's from the years rollup
};

/// A value's lines in the order its tables list them, and how they split into
/// pages of `site.listing_page_size`: made once per value when the site is
/// planned and shared by its pages, each made from its own slice.
struct ListingLines {
  bool by_year = false;
  std::vector<std::size_t> lines;  // indices into Project::awards
  std::vector<LineTable> tables;
  std::size_t page_size = 0;
  int pages = 1;

  /// Page `page`'s slice of `lines` (1-based): [first, last).
  std::pair<std::size_t, std::size_t> slice(int page) const;
  /// The page on which line `at` of `lines` is listed.
  int page_of(std::size_t at) const { return static_cast<int>(at / page_size) + 1; }
};

/// The lines of `group`'s page (an area: those recorded against it itself).
/// With several years (`years` given), by year for every dimension but the year.
ListingLines listing_lines(const Project& project, Dimension dimension, const Group& group,
                           const YearsRollup* years);

/// What only the pages of one kind carry (a fund's rules, the breaches of the
/// lines each page lists).
struct PageExtra {
  /// Adds it to page `page` of value `key`; `split` is the value's lines and pages.
  std::function<void(int key, const ListingLines& split, int page, nlohmann::json* context)> add;
  /// Feeds what `add` reads besides the project (its awards aside) and the
  /// value's lines, so that the pages are kept by their inputs; without it,
  /// they are kept by their whole context.
  std::function<void(int key, InputDigest& digest)> inputs;
};

/// Plans the pages of each of `groups`, values of `dimension`, with `extra`:
/// a value's facts, rows and sub-total ("listing"), and the page's frame and
/// navigation. With several years, its totals year by year and its rows
/// under each year with that year's sub-total: years are never added
/// together. When its lines are more than `site.listing_page_size`, page 1
/// lists the first of them and pages 2..n (<its folder>/page/<n>/) the rest,
/// with the heading and pagination; everything else is on page 1 only.
void plan_listing_values(const PlanInputs& in, Dimension dimension, std::vector<Group> groups,
                         std::vector<PlannedOutput>* plan, PageExtra extra);

}  // namespace fundpress
