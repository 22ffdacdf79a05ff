// A publisher's templates/ folder replaces the default theme file by file.
#include <gtest/gtest.h>

#include "check/check_project.h"
#include "memory_sink.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "view/page.h"

namespace fundpress {
namespace {

std::string render_home(const Project& project) {
  Templates templates(project.template_overrides);
  Downloads downloads = prepare_downloads(project, WorkbookLayout());
  test::MemorySink sink;
  std::string error;
  WriteInputs inputs{project, downloads, templates, 0, nullptr};
  inputs.globals = {page_globals(project)};
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads})) {
    if (output.planned.path != "index.html") continue;
    EXPECT_TRUE(write_output(output, inputs, false, &sink, &error)) << error;
  }
  return sink.files["index.html"];
}

TEST(TemplateOverride, PublisherPartialReplacesTheDefault) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(
      load_project(FUNDPRESS_SOURCE_DIR "/tests/fixtures/template-override", &project, diagnostics),
      LoadStatus::ok);
  ASSERT_EQ(project.template_overrides.count("site/partials/footer.html.mustache"), 1u);
  std::string home = render_home(project);
  EXPECT_NE(home.find("The publisher's own footer for Override Test PCC."), std::string::npos);
  EXPECT_EQ(home.find("footer-links"), std::string::npos) << "the default footer is gone";
  EXPECT_NE(home.find("site-nav"), std::string::npos) << "the rest of the theme stays";
}

TEST(TemplateOverride, WithoutOverridesTheDefaultFooterIsUsed) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(
      load_project(FUNDPRESS_SOURCE_DIR "/tests/fixtures/template-override", &project, diagnostics),
      LoadStatus::ok);
  project.template_overrides.clear();
  EXPECT_NE(render_home(project).find("footer-links"), std::string::npos);
}

}  // namespace
}  // namespace fundpress
