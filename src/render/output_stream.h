// A file written in pieces. The downloads that grow with the register
// (awards.csv, awards.json, 360giving.json, 360giving.csv) are written into
// one of these a row at a time, so no writer holds a whole file in memory.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace fundpress {

/// Where a writer puts a file's bytes, piece after piece, in order. What is
/// behind it buffers, so a piece may be as small as one row.
class OutputStream {
 public:
  virtual ~OutputStream() = default;
  /// Appends `bytes` to the file. False, with `error`, when they cannot be
  /// written (a full disk, a stopped build): the writer then stops and
  /// returns false, and nothing of the file is published.
  virtual bool write(std::string_view bytes, std::string* error) = 0;
};

/// Writes a whole file into `out`; false, with `error`, on the first failure.
using StreamWriter = std::function<bool(OutputStream& out, std::string* error)>;

}  // namespace fundpress
