// Pages of a register kept as two files, one a year (tests/fixtures/two-registers):
// a year's page with its changes from the year before, a section's page with
// its totals by year and each year's lines apart, and the page of an
// organisation funded only in the first year, compared whole with golden
// files. No figure on them adds the two years together.
#include <gtest/gtest.h>

#include "fixture_project.h"
#include "golden.h"
#include "planned_page.h"

namespace fundpress {
namespace {

using test::render_page;

TEST(YearsPagesGolden, YearPageListsTheChangesFromTheYearBefore) {
  Project project = load_fixture("two-registers");
  test::expect_golden(render_page(project, "years/2018-19/index.html"),
                      test::golden_path("render", "two-registers.2018-19.html"));
}

TEST(YearsPagesGolden, SectionPageShowsEachYearApart) {
  Project project = load_fixture("two-registers");
  test::expect_golden(render_page(project, "sections/victims/index.html"),
                      test::golden_path("render", "two-registers.victims.html"));
}

TEST(YearsPagesGolden, AnOrganisationThatEndedSaysSoAndKeepsItsYears) {
  Project project = load_fixture("two-registers");
  test::expect_golden(render_page(project, "organisations/churches-together/index.html"),
                      test::golden_path("render", "two-registers.churches-together.html"));
}

TEST(YearsPagesGolden, YearsIndexHasOneRowPerYearWithTheChange) {
  Project project = load_fixture("two-registers");
  test::expect_golden(render_page(project, "years/index.html"),
                      test::golden_path("render", "two-registers.years.html"));
}

TEST(YearsPagesGolden, ReportMarkdownNamesItsOwnYearAndItsChanges) {
  Project project = load_fixture("two-registers");
  test::expect_golden(render_page(project, "reports/2018-19/commissioning-budget.md"),
                      test::golden_path("render", "two-registers.2018-19.md"));
}

}  // namespace
}  // namespace fundpress
