// Loads a publisher folder under tests/fixtures/ for a test, failing the test
// on any load or check error, and on any warning the fixture is not written
// to raise.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "check/check_project.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

inline std::string fixture_dir(const std::string& name) {
  return std::string(FUNDPRESS_SOURCE_DIR) + "/tests/fixtures/" + name;
}

/// `warnings`: how many warnings the fixture raises on purpose (a total
/// published with a note, say); errors always fail.
inline Project load_fixture(const std::string& name, std::size_t warnings = 0) {
  Project project;
  Diagnostics diagnostics;
  LoadStatus status = load_project(fixture_dir(name), &project, diagnostics);
  EXPECT_EQ(status, LoadStatus::ok) << name;
  std::size_t warned = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::warning && warned < warnings) ++warned;
    else ADD_FAILURE() << format_diagnostic(d);
  }
  EXPECT_EQ(warned, warnings) << name;
  return project;
}

}  // namespace fundpress
