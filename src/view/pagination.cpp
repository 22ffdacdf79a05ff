#include "view/pagination.h"

#include <algorithm>

namespace fundpress {

std::vector<PageItem> page_items(int current, int count) {
  std::vector<PageItem> items;
  for (int n = 1; n <= count; ++n) {
    bool shown = n == 1 || n == count || (n >= current - 1 && n <= current + 1);
    if (shown) items.push_back(PageItem{n});
    else if (items.empty() || !items.back().ellipsis()) items.push_back(PageItem{0});
  }
  return items;
}

int page_count(std::size_t rows, int page_size) {
  if (rows == 0 || page_size <= 0) return 1;
  return static_cast<int>((rows + static_cast<std::size_t>(page_size) - 1) /
                          static_cast<std::size_t>(page_size));
}

std::pair<std::size_t, std::size_t> page_slice(std::size_t rows, std::size_t page_size,
                                               std::size_t page) {
  std::size_t first = std::min(rows, (page - 1) * page_size);
  return {first, std::min(rows, first + page_size)};
}

nlohmann::json pagination_context(int current, int count, const std::string& label,
                                  const std::function<std::string(int)>& path_of) {
  nlohmann::json items = nlohmann::json::array();
  for (const PageItem& item : page_items(current, count)) {
    items.push_back({{"ellipsis", item.ellipsis()},
                     {"number", item.ellipsis() ? "" : std::to_string(item.number)},
                     {"path", item.ellipsis() ? "" : path_of(item.number)},
                     {"current", item.number == current}});
  }
  auto link = [&](int page) -> nlohmann::json {
    if (page < 1 || page > count) return false;
    return {{"path", path_of(page)}};
  };
  return {{"show", count > 1},
          {"label", label},
          {"previous", link(current - 1)},
          {"next", link(current + 1)},
          {"items", items}};
}

}  // namespace fundpress
