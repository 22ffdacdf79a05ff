// A count of work done, for whoever shows progress (cli/progress.h), so the
// stages that do the work (reading a register, writing a workbook) know
// nothing of terminals.
#pragma once

#include <cstddef>

namespace fundpress {

class Meter {
 public:
  virtual ~Meter() = default;
  /// Counts `n` more items done; safe from any thread, and cheap.
  virtual void advance(std::size_t n = 1) = 0;
  /// Adds `n` items to the total expected, once they are known (the lines of
  /// a file just read, the rows of a workbook about to be written).
  virtual void expect(std::size_t n) = 0;
};

}  // namespace fundpress
