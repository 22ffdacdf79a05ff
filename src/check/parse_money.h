// Amounts as finance exports and printed tables write them, to exact pence.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/money.h"

namespace fundpress {

enum class AmountKind {
  empty,       // nothing in the cell
  money,       // a figure: "307,849", "£12.3m", "(1,234.00)"
  nil,         // "-", "–", "—" or "nil": printed for nothing, read as zero
  percentage,  // "4.4%": not money; a percentage row's figure
};

/// One amount cell, read.
struct AmountText {
  AmountKind kind = AmountKind::empty;
  Money value;             // money: exact pence; nil: zero
  int64_t unit = 1;        // pounds per unit of the figure as printed (1000 for "98,450k")
  bool cell_unit = false;  // the cell itself says its unit ("£12.3m")
  int decimals = 0;        // digits printed after the point
  /// Pence one step of the last printed digit is worth: 100 for "1,234",
  /// 1 for "8,683.75", 10,000,000 for "£12.3m". A figure in a unit above
  /// pounds is rounded to this step; pounds and pence are exact.
  int64_t step = 100;
  /// percentage: the figure times 10^decimals ("4.4%" -> 44, "-12%" -> -12).
  int64_t percent = 0;
  /// Forms read with a warning: "a space inside the number".
  std::vector<std::string> warnings;
};

/// Reads an amount cell. `unit` is how many pounds one unit of a figure is
/// when the cell does not say (1000 for a column in £000s). Accepts
/// "307,849", "8,683.75", "£1,234", "1234.5", "-1,234", "(1,234.00)",
/// "−1,234", per-cell units ("£12.3m", "£98,450k", "£1.2bn", "12.3 million"),
/// percentages ("4.4%") and nil ("-"). Stray spaces inside a number, a
/// Unicode minus and a pound sign inside brackets are read with a warning.
/// Rejects more decimals than whole pence allow, misplaced grouping ("1,23"),
/// words ("TBC"), a symbol alone, other currencies, and anything that would
/// not fit in 64 bits of pence. On failure returns false and sets *error to a
/// sentence saying why and what to do.
bool read_amount(std::string_view text, int64_t unit, AmountText* amount, std::string* error);

/// Whether read_amount reads `text` as nil ("-", "–", "—", "nil", spaces
/// around them allowed). Any other text without an ASCII digit is no figure.
bool reads_as_nil(std::string_view text);

/// A money figure only (settings such as a fund's maximum award): as
/// read_amount, but anything other than a figure is refused.
bool parse_money(std::string_view text, int64_t unit, Money* value, std::string* error);

/// The half-width of the rounding a figure carries: half a step when it is
/// printed in a unit above pounds, else 0 (pounds and pence are exact).
int64_t rounding_of(const AmountText& amount);

}  // namespace fundpress
