// A site in English and Welsh (tests/fixtures/two-languages): a Welsh page
// rendered whole, in the site's layout, as the build renders it, and compared
// with a golden file: its lang, the switch to the English page, the hreflang
// alternates, and its interface text from templates/strings/cy.json.
#include <gtest/gtest.h>

#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "golden.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "view/downloads_view.h"
#include "view/page.h"

namespace fundpress {
namespace {

// A project's outputs in one of its languages, as the build plans them; the
// plan's contexts read the project and downloads, so they live here too.
struct Planned {
  Project project;
  Downloads downloads;
  std::vector<Output> plan;
};

void plan_in(std::size_t language, Planned* out) {
  out->project = in_language(load_fixture("two-languages"), language);
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(out->project, "", &layout, diagnostics));
  out->downloads = prepare_downloads(out->project, layout);
  out->plan = plan_outputs(PlanInputs{out->project, SitePaths(out->project), out->downloads});
}

std::string render_whole(const Planned& planned, const std::string& path) {
  Templates templates;
  nlohmann::json globals = page_globals(planned.project);
  for (const Output& output : planned.plan)
    if (output.planned.path == path)
      return templates.render(output.kind->layout, output_context(output),
                              output.kind->template_path, &globals);
  ADD_FAILURE() << "no output is planned at " << path;
  return "";
}

TEST(LanguagesGolden, WelshRegisterPage) {
  Planned welsh;
  plan_in(1, &welsh);
  test::expect_golden(render_whole(welsh, "cy/register/index.html"),
                      test::golden_path("render", "two-languages.cy.register.html"));
}

// The Welsh plan holds the pages only, each in cy/; the files are the default's.
TEST(LanguagesGolden, WelshPlanHasOnlyPagesAndTheirSearchIndex) {
  Planned english, welsh;
  plan_in(0, &english);
  plan_in(1, &welsh);
  std::size_t english_pages = 0, welsh_pages = 0;
  for (const Output& output : english.plan) english_pages += output.kind->layout.empty() ? 0 : 1;
  for (const Output& output : welsh.plan) {
    EXPECT_EQ(output.planned.path.rfind("cy/", 0), 0u) << output.planned.path;
    if (!output.kind->layout.empty()) ++welsh_pages;
    else EXPECT_EQ(output.kind->name, "search index") << output.planned.path;
  }
  EXPECT_EQ(welsh_pages, english_pages);
  EXPECT_GT(welsh_pages, 10u);
}

}  // namespace
}  // namespace fundpress
