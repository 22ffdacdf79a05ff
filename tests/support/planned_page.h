// A page's own content (without the site's layout) rendered as the build
// renders it: planned through the output registry, its context made, and the
// page globals read beside it. For golden tests of single pages.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "check/workbook_layout.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "view/downloads_view.h"
#include "view/page.h"

namespace fundpress::test {

inline std::string render_page(const Project& project, const std::string& path) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  Templates templates;
  nlohmann::json globals = page_globals(project);
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads}))
    if (output.planned.path == path)
      return templates.render(output.kind->template_path, output_context(output), "", &globals);
  ADD_FAILURE() << "no output is planned at " << path;
  return "";
}

}  // namespace fundpress::test
