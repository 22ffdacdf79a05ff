// A Meter that keeps its count, so tests can see what a stage reported.
#pragma once

#include <cstddef>

#include "load/meter.h"

namespace fundpress::test {

struct CountingMeter : Meter {
  std::size_t done = 0, expected = 0;
  void advance(std::size_t n) override { done += n; }
  void expect(std::size_t n) override { expected += n; }
};

}  // namespace fundpress::test
