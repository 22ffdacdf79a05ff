// Where tests find the repository, the shared reference data and the binary.
#pragma once

#include <string>

namespace fundpress::test {

inline std::string source_dir() { return FUNDPRESS_SOURCE_DIR; }
inline std::string shared_dir() { return std::string(FUNDPRESS_SOURCE_DIR) + "/../shared"; }
inline std::string binary() { return FUNDPRESS_BINARY; }
/// A fixture folder beside the test: tests/unit/<stage>/fixtures/<name>.
inline std::string fixture(const std::string& stage, const std::string& name) {
  return std::string(FUNDPRESS_SOURCE_DIR) + "/tests/unit/" + stage + "/fixtures/" + name;
}

}  // namespace fundpress::test
