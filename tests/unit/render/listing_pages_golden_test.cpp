// A section whose lines are more than site.listing_page_size
// (tests/fixtures/listing-over-page-size: 120 Victims lines over two years, 50
// a page): page 1 keeps its summary and table by year with the first 50 lines;
// page 3 has the heading, which lines it shows, the end of 2017/18's table with
// that year's total of all its lines, and the pagination. Compared whole with
// golden files.
#include <gtest/gtest.h>

#include "fixture_project.h"
#include "golden.h"
#include "planned_page.h"

namespace fundpress {
namespace {

using test::render_page;

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
