// A publisher folder under tests/unit/<stage>/fixtures/ through load and check,
// with every diagnostic as a compiler would print it, the folder shortened to
// "F" so expectations do not depend on where the repository is.
#pragma once

#include <string>
#include <vector>

#include "check/check_project.h"
#include "paths.h"

namespace fundpress::test {

struct CheckedFolder {
  Project project;
  Diagnostics diagnostics;
  LoadStatus status = LoadStatus::ok;
  std::string dir;

  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) {
      std::string text = format_diagnostic(d);
      if (text.rfind(dir, 0) == 0) text = "F" + text.substr(dir.size());
      out.push_back(text);
    }
    return out;
  }
};

inline CheckedFolder check_folder(const std::string& stage, const std::string& name) {
  CheckedFolder c;
  c.dir = fixture(stage, name);
  c.status = load_project(c.dir, &c.project, c.diagnostics);
  return c;
}

}  // namespace fundpress::test
