// Page numbers for a long listing, in the GOV.UK pagination pattern: the
// first and last pages, the current page and its neighbours, ellipses for the
// gaps; no "previous" on the first page and no "next" on the last.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace fundpress {

/// One entry of the list: a page number, or an ellipsis (number 0).
struct PageItem {
  int number = 0;
  bool ellipsis() const { return number == 0; }
};

/// The entries for page `current` (1-based) of `count`.
std::vector<PageItem> page_items(int current, int count);

/// How many pages `rows` rows make at `page_size` a page (at least 1).
int page_count(std::size_t rows, int page_size);

/// Page `page`'s (1-based) share of `rows` rows at `page_size` a page: [first, last).
std::pair<std::size_t, std::size_t> page_slice(std::size_t rows, std::size_t page_size,
                                               std::size_t page);

/// The context of the partial "pagination": {"show", "label", "previous",
/// "next", "items"}; `path_of(n)` is page n's path from the site root.
nlohmann::json pagination_context(int current, int count, const std::string& label,
                                  const std::function<std::string(int)>& path_of);

}  // namespace fundpress
