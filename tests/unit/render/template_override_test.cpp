// A publisher's templates/ folder replaces the default theme file by file.
#include <gtest/gtest.h>

#include "check/check_project.h"
#include "render/templates.h"
#include "view/site_plan.h"

namespace fundpress {
namespace {

std::string render_home(const Project& project) {
  Templates templates(project.template_overrides);
  std::vector<PlannedOutput> plan;
  plan_website(project, SitePaths(project), &plan);
  for (const PlannedOutput& output : plan)
    if (output.path == "index.html") return templates.render(page_layout, output.context(), output.template_path);
  return "";
}

TEST(TemplateOverride, PublisherPartialReplacesTheDefault) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/tests/fixtures/template-override", &project, diagnostics),
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
  ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/tests/fixtures/template-override", &project, diagnostics),
            LoadStatus::ok);
  project.template_overrides.clear();
  EXPECT_NE(render_home(project).find("footer-links"), std::string::npos);
}

}  // namespace
}  // namespace fundpress
