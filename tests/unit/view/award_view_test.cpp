// Each award page lists the published breaches of its own line, in the order
// they were found, and no other line's: the pages share one table of breaches
// ordered by line (view/award_view.cpp), so a line's run must start and end
// where its neighbours' do.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "render/outputs.h"

namespace fundpress {
namespace {

TEST(AwardPages, EachListsTheBreachesOfItsOwnLineInOrder) {
  Project project = load_fixture("fund-pages", 3);
  ASSERT_GE(project.awards.size(), 3u);
  // Breaches found out of line order, two on one line, one on no line: the
  // table's order is not the order they were found in.
  int last = static_cast<int>(project.awards.size()) - 1;
  project.breaches.push_back({"test-rule", "second line, first", -1, 1});
  project.breaches.push_back({"test-rule", "last line", -1, last});
  project.breaches.push_back({"test-rule", "no line", -1, -1});
  project.breaches.push_back({"test-rule", "first line", -1, 0});
  project.breaches.push_back({"test-rule", "second line, second", -1, 1});
  std::map<std::string, std::vector<std::string>> expected;  // by award page
  for (const Breach& breach : project.breaches)
    if (breach.award >= 0)
      expected[SitePaths::award(project.awards[static_cast<std::size_t>(breach.award)])]
          .push_back(breach.message);

  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  std::size_t pages = 0;
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads})) {
    if (output.planned.path.rfind("awards/", 0) != 0) continue;
    ++pages;
    nlohmann::json context = output_context(output);
    std::vector<std::string> listed;
    for (const auto& breach : context["award"]["breaches"]) listed.push_back(breach["text"]);
    EXPECT_EQ(context["award"]["has_breaches"], !listed.empty()) << output.planned.path;
    EXPECT_EQ(listed, expected[output.planned.path]) << output.planned.path;
  }
  EXPECT_EQ(pages, project.awards.size());
}

}  // namespace
}  // namespace fundpress
