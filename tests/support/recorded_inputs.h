// An InputDigest that writes out what it is fed, each piece framed by its
// kind and length, so tests can compare what two feeds fed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "view/input_digest.h"

namespace fundpress::test {

class RecordedInputs : public InputDigest {
 public:
  void add(std::string_view bytes) override {
    text += "s" + std::to_string(bytes.size()) + ":";
    text += bytes;
  }
  void add(std::uint64_t number) override { text += "n" + std::to_string(number) + ";"; }
  std::string text;
};

}  // namespace fundpress::test
