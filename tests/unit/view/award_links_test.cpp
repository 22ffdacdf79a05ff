// An award page links only to pages the site has: a line's second priority
// has a page only when some line names it first (rollups count a line under
// its primary priority, so only those priorities are listed).
#include <gtest/gtest.h>

#include <set>

#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "render/outputs.h"

namespace fundpress {
namespace {

TEST(AwardLinks, EveryFieldLinkOfAnAwardPageIsAPlannedPage) {
  Project project = load_fixture("every-field-two-years");
  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  std::vector<Output> plan = plan_outputs(PlanInputs{project, SitePaths(project), downloads});
  std::set<std::string> planned;
  for (const Output& output : plan) planned.insert(output.planned.path);
  std::size_t checked = 0, unlinked = 0;
  for (const Output& output : plan) {
    if (output.planned.path.rfind("awards/", 0) != 0) continue;
    nlohmann::json context = output_context(output);
    for (const auto& field : context["award"]["fields"])
      for (const auto& value : field["values"]) {
        const nlohmann::json* link = value.is_object() && value.contains("url") ? &value["url"]
                                                                                 : nullptr;
        std::string url = link && link->is_string() ? link->get<std::string>() : "";
        if (url.empty() || url.rfind("http", 0) == 0) {
          unlinked += field["label"] == "Priority";
          continue;
        }
        EXPECT_EQ(planned.count(url), 1u) << output.planned.path << " links to " << url;
        ++checked;
      }
  }
  EXPECT_GT(checked, 0u);
  EXPECT_GT(unlinked, 0u) << "T-001's second priority, Value, names no line first: no link";
}

}  // namespace
}  // namespace fundpress
