// What the outputs can hold, known to check so that anything `build` would
// refuse is found by `check`, with the cell it comes from.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fundpress {

/// Characters one spreadsheet cell holds (Excel's limit; LibreOffice's too).
constexpr std::size_t max_cell_characters = 32767;

/// Pence a spreadsheet number holds exactly: a double's 53-bit mantissa.
/// Larger amounts, or totals, would be rounded by Excel.
constexpr int64_t max_exact_pence = int64_t{1} << 53;

}  // namespace fundpress
