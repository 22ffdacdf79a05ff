// Amounts as finance exports write them, to exact pence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/money.h"

namespace fundpress {

/// Parses an amount. Accepts "307,849", "8,683.75", "£1,234", "1234.5",
/// "-1,234", "(1,234.00)" (negative), "−1,234" (U+2212). `unit` is how many
/// pounds one unit of the figure is (1000 when the publisher prints thousands),
/// so "(153,890)" in thousands is -£153,890,000. Rejects more decimals than
/// whole pence allow, misplaced grouping ("1,23"), words ("TBC"), an empty or
/// symbol-only amount, and anything that would not fit in 64 bits of pence.
/// On failure returns false and sets *error to a sentence about `text`.
bool parse_money(std::string_view text, int64_t unit, Money* value, std::string* error);

}  // namespace fundpress
