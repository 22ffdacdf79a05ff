// Money: an exact amount as a signed count of pence. No float touches money;
// rounding happens only when a figure is shown (model/money_format.h).
#pragma once

#include <cstdint>
#include <string>

namespace fundpress {

struct Money {
  int64_t pence = 0;
};

inline bool operator==(Money a, Money b) { return a.pence == b.pence; }
inline bool operator!=(Money a, Money b) { return a.pence != b.pence; }
inline bool operator<(Money a, Money b) { return a.pence < b.pence; }

/// Adds exactly. Returns false, leaving *sum untouched, when the result would
/// not fit in 64 bits.
inline bool checked_add(Money a, Money b, Money* sum) {
  int64_t result;
  if (__builtin_add_overflow(a.pence, b.pence, &result)) return false;
  sum->pence = result;
  return true;
}

/// Adds exactly. The check stage proves that the sum of the absolute values of
/// every amount fits in 64 bits, so no total built from them can overflow; this
/// operator is for those totals.
inline Money operator+(Money a, Money b) { return Money{a.pence + b.pence}; }
inline Money& operator+=(Money& a, Money b) {
  a.pence += b.pence;
  return a;
}

/// The size of an amount in pence, as unsigned so that INT64_MIN has one too.
inline uint64_t magnitude(Money money) {
  return money.pence < 0 ? static_cast<uint64_t>(-(money.pence + 1)) + 1
                         : static_cast<uint64_t>(money.pence);
}

/// 128-bit integers, a GCC and Clang extension, for products of amounts that
/// must not overflow on the way to a result that fits in 64 bits.
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

namespace detail {
template <typename Unsigned>
Unsigned rounded_quotient(Unsigned value, Unsigned divisor) {
  Unsigned quotient = value / divisor;
  Unsigned remainder = value % divisor;
  return remainder >= divisor - remainder ? quotient + 1 : quotient;
}
}  // namespace detail

/// value / divisor rounded half away from zero (on a magnitude, so "away
/// from zero" is "up"): the one rounding rule, for figures shown and printed
/// figures checked.
inline uint64_t rounded_quotient(uint64_t value, uint64_t divisor) {
  return detail::rounded_quotient(value, divisor);
}

/// value * factor / divisor by the same rule, exact however large the
/// product: a share of a total in tenths of a per cent, a bar's length.
uint64_t rounded_scaled(uint64_t value, uint64_t factor, uint64_t divisor);

/// The exact amount as plain decimal pounds: "8683.75", "-1234.00". The
/// canonical text of money, for machine-readable files; what people read is
/// formatted by model/money_format.h.
std::string decimal_text(Money money);

}  // namespace fundpress
