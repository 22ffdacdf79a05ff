// An OutputStream that keeps what is written in memory, and how: tests read
// the whole file, and check that a writer wrote it in pieces.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "render/output_stream.h"

namespace fundpress::test {

class StringStream : public OutputStream {
 public:
  bool write(std::string_view bytes, std::string*) override {
    text += bytes;
    ++pieces;
    largest_piece = std::max(largest_piece, bytes.size());
    return true;
  }

  std::string text;
  std::size_t pieces = 0;
  std::size_t largest_piece = 0;
};

/// What `write_to` writes, whole; the test fails when it returns false.
template <typename Write>
std::string streamed(Write write_to, StringStream* stream = nullptr) {
  StringStream own;
  StringStream& out = stream ? *stream : own;
  std::string error;
  bool ok = write_to(out, &error);
  EXPECT_TRUE(ok) << error;
  return out.text;
}

}  // namespace fundpress::test
