// A horizontal bar chart drawn at build time as inline SVG: the view works
// out every coordinate (in whole units of the SVG's viewBox) and the text
// alternative; templates/site/partials/bar-chart.html.mustache draws it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/money.h"

namespace fundpress {

struct ChartBar {
  std::string label;
  Money amount;
};

/// "31.0%": `part` as a share of `whole`, to one decimal place, rounded half
/// away from zero; "" when `whole` is not positive.
std::string format_share(Money part, Money whole);

/// {"id", "title", "description", "width", "height", "bars": [{"label",
/// "value", "label_y", "bar_y", "bar_width", "bar_height", "value_x",
/// "value_y"}]}. Bars are scaled to the largest
/// amount; a negative amount draws no bar. `description` reads every figure,
/// for people who cannot see the chart.
nlohmann::json bar_chart(const std::string& id, const std::string& title,
                         const std::vector<ChartBar>& bars);

}  // namespace fundpress
