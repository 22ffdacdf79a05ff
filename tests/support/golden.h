// Golden files: whole outputs compared byte for byte with a file kept beside
// the test. Run with FUNDPRESS_UPDATE_GOLDEN=1 to rewrite them after a change
// you have read and meant.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace fundpress::test {

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void expect_golden(const std::string& actual, const std::string& golden_path) {
  if (std::getenv("FUNDPRESS_UPDATE_GOLDEN")) {
    std::ofstream(golden_path, std::ios::binary) << actual;
    return;
  }
  std::string expected = slurp(golden_path);
  if (actual == expected) return;
  std::string rejected = golden_path + ".actual";
  std::ofstream(rejected, std::ios::binary) << actual;
  // Name the first line that differs, so the failure reads without a diff tool.
  std::istringstream a(actual), e(expected);
  std::string line_a, line_e;
  int line = 0;
  while (true) {
    bool more_a = static_cast<bool>(std::getline(a, line_a));
    bool more_e = static_cast<bool>(std::getline(e, line_e));
    ++line;
    if (!more_a && !more_e) break;
    if (line_a != line_e || more_a != more_e) {
      ADD_FAILURE() << golden_path << " differs at line " << line << "\n  expected: " << line_e
                    << "\n  actual:   " << line_a << "\n(actual output written to " << rejected
                    << ")";
      return;
    }
  }
  ADD_FAILURE() << golden_path << " differs (actual output written to " << rejected << ")";
}

}  // namespace fundpress::test
