// A section whose lines are more than site.listing_page_size
// (tests/fixtures/listing-over-page-size: 120 Victims lines over two years, 50
// a page): page 1 keeps its summary and table by year with the first 50 lines;
// page 3 has the heading, which lines it shows, the end of 2017/18's table with
// that year's total of all its lines, and the pagination. Compared whole with
// golden files.
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

std::string render_page(const Project& project, const std::string& path) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  Templates templates;
  nlohmann::json strings = interface_strings(project);
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads}))
    if (output.planned.path == path)
      return templates.render(output.kind->template_path, output_context(output), "", &strings);
  ADD_FAILURE() << "no output is planned at " << path;
  return "";
}

TEST(ListingPagesGolden, FirstPageHasTheTotalsAndTheFirstLines) {
  Project project = load_fixture("listing-over-page-size");
  test::expect_golden(render_page(project, "sections/victims/index.html"),
                      test::golden_path("render", "listing-over-page-size.victims.html"));
}

TEST(ListingPagesGolden, LastPageEndsTheYearWithItsTotalOfAllItsLines) {
  Project project = load_fixture("listing-over-page-size");
  test::expect_golden(render_page(project, "sections/victims/page/3/index.html"),
                      test::golden_path("render", "listing-over-page-size.victims.page-3.html"));
}

}  // namespace
}  // namespace fundpress
