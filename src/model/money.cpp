#include "model/money.h"

#include <cstdio>

namespace fundpress {

uint64_t rounded_scaled(uint64_t value, uint64_t factor, uint64_t divisor) {
  return static_cast<uint64_t>(detail::rounded_quotient(static_cast<uint128>(value) * factor,
                                                        static_cast<uint128>(divisor)));
}

std::string decimal_text(Money money) {
  uint64_t pence = magnitude(money);
  char fraction[4];
  std::snprintf(fraction, sizeof fraction, "%02u", static_cast<unsigned>(pence % 100));
  return (money.pence < 0 ? "-" : "") + std::to_string(pence / 100) + "." + fraction;
}

}  // namespace fundpress
