#include "model/money.h"

#include <cstdio>

namespace fundpress {

std::string decimal_text(Money money) {
  uint64_t pence = magnitude(money);
  char fraction[4];
  std::snprintf(fraction, sizeof fraction, "%02u", static_cast<unsigned>(pence % 100));
  return (money.pence < 0 ? "-" : "") + std::to_string(pence / 100) + "." + fraction;
}

}  // namespace fundpress
