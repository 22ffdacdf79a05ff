// libFuzzer target: any text as an amount, in pounds and in the units tables
// print (£000s, £m), and the rounding a printed figure carries.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/parse_money.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (int64_t unit : {int64_t{1}, int64_t{1000}, int64_t{1000000}}) {
    fundpress::AmountText amount;
    std::string error;
    if (fundpress::read_amount(text, unit, &amount, &error)) (void)fundpress::rounding_of(amount);
    fundpress::Money money;
    (void)fundpress::parse_money(text, unit, &money, &error);
  }
  return 0;
}
