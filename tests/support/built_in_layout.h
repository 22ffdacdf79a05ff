// The built-in workbook layout, read as a build reads it, for a test.
#pragma once

#include <gtest/gtest.h>

#include "check/workbook_layout.h"

namespace fundpress {

inline WorkbookLayout built_in_layout() {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(Project(), "", &layout, diagnostics));
  for (const Diagnostic& d : diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  return layout;
}

}  // namespace fundpress
