// A fundpress.json text through the check stage's config checks, with every
// diagnostic as a compiler would print it: for tests of one group of settings.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "check/config.h"

namespace fundpress::test {

struct CheckedConfig {
  Project project;
  Diagnostics diagnostics;

  std::string messages() const {
    std::string all;
    for (const Diagnostic& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
    return all;
  }
};

inline CheckedConfig check_config_text(const std::string& json) {
  CheckedConfig out;
  JsonDocument document;
  EXPECT_TRUE(read_json(json, "fundpress.json", &document, out.diagnostics));
  InputRules rules;
  check_config(document, &out.project, &rules, out.diagnostics);
  return out;
}

}  // namespace fundpress::test
