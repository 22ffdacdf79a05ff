// Units of money as tables print them: "£000s", "(£ thousands)", "£m". Read
// from headings by check, and written after headings by the outputs, so a
// copied label never states one unit over figures shown in another.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fundpress {

/// The unit `text` states, as pounds per unit ("£000s" -> 1000), or 0.
int64_t stated_unit(std::string_view text);

/// `text` without the unit it states: "Grant (£000s)" -> "Grant",
/// "2019/20 £m" -> "2019/20". Text that states no unit is returned trimmed.
std::string without_unit(std::string_view text);

/// How a unit is written after a heading: "£", "£000s", "£m", "£bn".
const char* unit_marker(int64_t unit);

}  // namespace fundpress
