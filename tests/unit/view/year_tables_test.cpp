// A year's significant changes, which can be as many as its lines: the year's
// page and its report show the largest, as many as they list lines, and say
// how many there are and that the year's workbook has them all
// (tests/fixtures/listing-over-page-size, whose second year changes a lot).
#include "view/year_tables.h"

#include <gtest/gtest.h>

#include "fixture_project.h"
#include "planned_page.h"
#include "rollup/years.h"
#include "view/format.h"
#include "view/site_paths.h"

namespace fundpress {
namespace {

class SignificantChanges : public ::testing::Test {
 protected:
  void SetUp() override {
    project = load_fixture("listing-over-page-size");
    years = roll_up_years(project);
    comparison = years.ending_in(1);
    ASSERT_NE(comparison, nullptr);
    count = comparison->significant.size();
    ASSERT_GE(count, 3u);
  }
  Project project;
  YearsRollup years;
  const YearComparison* comparison = nullptr;
  std::size_t count = 0;
};

TEST_F(SignificantChanges, TheListHoldsTheLargestAndSaysWhereAllAre) {
  nlohmann::json all = significant_changes_list(project, *comparison, count);
  EXPECT_EQ(all["rows"].size(), count);
  EXPECT_EQ(all["more"], false);
  nlohmann::json cut = significant_changes_list(project, *comparison, 2);
  ASSERT_EQ(cut["rows"].size(), 2u);
  EXPECT_EQ(cut["rows"][0], all["rows"][0]);  // the largest, in the same order
  EXPECT_EQ(cut["rows"][1], all["rows"][1]);
  const std::string workbook = SitePaths::workbook(comparison->current);
  EXPECT_EQ(cut["more"]["text"], "The 2 largest of the " + std::to_string(count) +
                                     " significant changes are shown here; all of them are on "
                                     "the Changes sheet of");
  EXPECT_EQ(cut["more"]["href"], workbook);
  EXPECT_EQ(cut["more"]["from_report"], "../../" + workbook);
}

// The report's Markdown links the workbook from its own folder.
TEST_F(SignificantChanges, TheReportLinksTheWorkbookWhenItShowsFewer) {
  std::string report = "reports/" + year_slug(comparison->current) + "/commissioning-budget.md";
  const std::string link = "[the workbook of " + comparison->current.label() + "](../../" +
                           SitePaths::workbook(comparison->current) + ")";
  project.site.report_part_lines = static_cast<int>(count);
  EXPECT_EQ(test::render_page(project, report).find(link), std::string::npos);
  project.site.report_part_lines = static_cast<int>(count - 1);
  EXPECT_NE(test::render_page(project, report).find(link), std::string::npos);
}

}  // namespace
}  // namespace fundpress
