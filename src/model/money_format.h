// The one formatter of money and counts, shared by check's messages, the
// views and the renderers, so a diagnostic prints a figure exactly as a page
// does. It rounds only what it shows: half away from zero (model/money.h).
#pragma once

#include <cstddef>
#include <string>

#include "model/money.h"

namespace fundpress {

/// How many decimals `money` is shown with when `decimals` asks for 0, 2, or
/// -1 (pence only when they are not zero): 0 or 2.
int shown_decimals(Money money, int decimals);

/// "1,448,239", "8,683.75", "-1,234" or "(1,234)". `decimals` is 0 or 2, or -1
/// for "pence only when they are not zero". In a `unit` above pounds (1000:
/// £000s, 1000000: £m) the figure counts units, rounded half away from zero to
/// unit_decimals(unit) places: 1,448,239.00 in £000s is "1,448"; in £m, "1.4".
std::string format_amount(Money money, int decimals, bool negative_in_brackets = false,
                          int64_t unit = 1);

/// format_amount with a pound sign, and in a unit above pounds with its
/// suffix, so the figure says its unit wherever it stands: "£1,448,239",
/// "-£1,234", "(£1,234)", "£1,448k", "£1.4m".
std::string format_pounds(Money money, int decimals, bool negative_in_brackets = false,
                          int64_t unit = 1);

/// Decimals a figure in `unit` is shown with: none in pounds' thousands, one
/// in millions (a whole number of millions says too little for a grant).
int unit_decimals(int64_t unit);

/// A change from one figure to another, signed either way: "+£12,000",
/// "-£1,234.50", "£0" (decimals and unit as format_pounds).
std::string format_change(Money change, int decimals, int64_t unit = 1);

/// A per cent given in tenths, signed either way, to one decimal:
/// 125 -> "+12.5%", -40 -> "-4.0%", 0 -> "0.0%".
std::string format_percent_tenths(int64_t tenths);

/// Headline form: "£4.668m", "£576k", "£950", "£1.2bn".
std::string format_short(Money money);

/// "1 row", "42 rows", "1,024 rows": `noun` is the singular; the plural adds "s".
std::string count_of(std::size_t count, const std::string& noun);

/// 1234567 -> "1,234,567".
std::string grouped(uint64_t whole);

}  // namespace fundpress
