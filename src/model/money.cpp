#include "model/money.h"

#include <cstdio>

namespace fundpress {

std::string decimal_text(Money money) {
  // The magnitude as unsigned, so INT64_MIN has one too.
  uint64_t pence = money.pence < 0 ? static_cast<uint64_t>(-(money.pence + 1)) + 1
                                   : static_cast<uint64_t>(money.pence);
  char fraction[4];
  std::snprintf(fraction, sizeof fraction, "%02u", static_cast<unsigned>(pence % 100));
  return (money.pence < 0 ? "-" : "") + std::to_string(pence / 100) + "." + fraction;
}

}  // namespace fundpress
