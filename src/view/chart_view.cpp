#include "view/chart_view.h"

#include <algorithm>

#include "view/format.h"

namespace fundpress {
namespace {

// Layout, in viewBox units: a label line above each bar, the figure after it.
constexpr int64_t chart_width = 400;
constexpr int64_t bar_area = 300;  // the longest bar; the rest holds its figure
constexpr int64_t label_height = 20;
constexpr int64_t bar_height = 22;
constexpr int64_t row_gap = 12;
constexpr int64_t row_height = label_height + bar_height + row_gap;

}  // namespace

std::string format_share(Money part, Money whole) {
  if (whole.pence <= 0) return "";
  uint64_t tenths = rounded_scaled(magnitude(part), 1000, static_cast<uint64_t>(whole.pence));
  std::string text = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
  return part.pence < 0 ? "-" + text : text;
}

nlohmann::json bar_chart(const std::string& id, const std::string& title,
                         const std::vector<ChartBar>& bars) {
  Money largest, total;
  for (const ChartBar& bar : bars) {
    if (largest < bar.amount) largest = bar.amount;
    total += bar.amount;
  }
  nlohmann::json drawn = nlohmann::json::array();
  std::string description;
  int64_t y = 0;
  for (const ChartBar& bar : bars) {
    int64_t width = 0;
    if (bar.amount.pence > 0 && largest.pence > 0)
      width = std::max<int64_t>(1, static_cast<int64_t>(rounded_scaled(
                                       magnitude(bar.amount), bar_area, magnitude(largest))));
    std::string value = format_short(bar.amount);
    std::string share = format_share(bar.amount, total);
    drawn.push_back({{"label", bar.label},
                     {"value", value},
                     {"label_y", std::to_string(y + label_height - 5)},
                     {"bar_y", std::to_string(y + label_height)},
                     {"bar_width", std::to_string(width)},
                     {"bar_height", std::to_string(bar_height)},
                     {"value_x", std::to_string(width + 6)},
                     {"value_y", std::to_string(y + label_height + bar_height - 6)}});
    description += (description.empty() ? "" : "; ") + bar.label + ": " + value +
                   (share.empty() ? "" : " (" + share + ")");
    y += row_height;
  }
  return {{"id", id},
          {"title", title},
          {"description", description + "."},
          {"width", std::to_string(chart_width)},
          {"height", std::to_string(std::max<int64_t>(y - row_gap, 1))},
          {"bars", drawn}};
}

}  // namespace fundpress
