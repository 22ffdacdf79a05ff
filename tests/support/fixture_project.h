// Loads a publisher folder under tests/fixtures/ for a test, failing the test
// on any load or check error.
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

inline Project load_fixture(const std::string& name) {
  Project project;
  Diagnostics diagnostics;
  LoadStatus status = load_project(fixture_dir(name), &project, diagnostics);
  EXPECT_EQ(status, LoadStatus::ok) << name;
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  return project;
}

}  // namespace fundpress
