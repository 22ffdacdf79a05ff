// The website's plan for the Leicestershire data, made through the output
// registry: every kind of page at the stable addresses of DESIGN.md, each
// once, each a safe path, with the contexts its templates read.
#include <gtest/gtest.h>

#include <set>

#include "check/check_project.h"
#include "check/workbook_layout.h"
#include "publish/output_tree.h"
#include "render/outputs.h"
#include "rollup/rollup.h"
#include "view/format.h"
#include "year_lines.h"

namespace fundpress {
namespace {

class WebsitePlan : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/data/leicestershire", &project, diagnostics),
              LoadStatus::ok);
    ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
    replan();
  }
  void replan() {
    downloads = prepare_downloads(project, layout);
    plan = plan_outputs(PlanInputs{project, SitePaths(project), downloads});
    paths.clear();
    for (const Output& output : plan) paths.insert(output.planned.path);
  }
  const Output* find(const std::string& path) const {
    for (const Output& output : plan)
      if (output.planned.path == path) return &output;
    return nullptr;
  }
  // The context the output at `path` is rendered from.
  nlohmann::json context(const std::string& path) const { return output_context(*find(path)); }
  Project project;
  WorkbookLayout layout;
  Downloads downloads;
  std::vector<Output> plan;
  std::set<std::string> paths;
};

TEST_F(WebsitePlan, EveryPathIsSafeAndPlannedOnce) {
  EXPECT_EQ(paths.size(), plan.size());
  for (const std::string& path : paths) EXPECT_TRUE(is_safe_relative_path(path)) << path;
}

TEST_F(WebsitePlan, EveryKindOfPageIsThere) {
  for (const char* path : {"index.html",
                           "register/index.html",
                           "register/page/2/index.html",
                           "register/page/3/index.html",
                           "register/awards.js",
                           "sections/index.html",
                           "sections/victims/index.html",
                           "areas/index.html",
                           "areas/llr/index.html",
                           "organisations/index.html",
                           "organisations/catch-22/index.html",
                           "years/index.html",
                           "years/2017-18/index.html",
                           "years/2018-19/index.html",
                           "glossary/index.html",
                           "accessibility/index.html",
                           "about-the-commissioning-budget/index.html",
                           "how-commissioning-works/index.html",
                           "404.html",
                           "assets/site.css",
                           "assets/register.js",
                           "assets/favicon.svg",
                           "favicon.ico"})
    EXPECT_EQ(paths.count(path), 1u) << path;
  EXPECT_EQ(paths.count("register/page/4/index.html"), 1u);  // 75 lines, 20 a page
  EXPECT_EQ(paths.count("register/page/5/index.html"), 0u);
  EXPECT_EQ(paths.count("funds/index.html"), 0u) << "no award has a fund";
  EXPECT_EQ(paths.count("priorities/index.html"), 0u) << "no award has a priority";
  for (const Award& award : project.awards)
    EXPECT_EQ(paths.count("awards/" + award.id + "/index.html"), 1u);
}

// The script adds up the pence of awards.js; they must be every row, exactly.
TEST_F(WebsitePlan, RegisterDataHoldsEveryRowInExactPence) {
  ASSERT_NE(find("register/awards.js"), nullptr);
  nlohmann::json register_data =
      nlohmann::json::parse(context("register/awards.js")["json"].get<std::string>());
  ASSERT_EQ(register_data["rows"].size(), project.awards.size());
  int64_t sum = 0;
  for (const auto& row : register_data["rows"])
    if (!row["pence"].is_null()) sum += std::stoll(row["pence"].get<std::string>());
  EXPECT_EQ(sum, total_of(project, all_awards(project)).amount.pence);
  EXPECT_EQ(register_data["decimals"], project.display.total_decimals);
}

TEST_F(WebsitePlan, RegisterPagesSayWhichPageTheyAre) {
  EXPECT_EQ(context("register/index.html")["title"], "Funding register (page 1 of 4)");
  EXPECT_EQ(context("register/page/2/index.html")["register"]["pagination"]["previous"]["path"],
            "register/index.html");
  EXPECT_EQ(context("register/index.html")["register"]["pagination"]["previous"], false);
}

TEST_F(WebsitePlan, AnAreaPageShowsItsOwnRowsAndTheTotalWithTheAreasWithin) {
  nlohmann::json llr = context("areas/llr/index.html")["listing"];
  // The page's figures are the latest year's: 2018/19.
  Total all = total_of(project, test::year_lines(project, FinancialYear{2018}).awards);
  EXPECT_EQ(llr["within_table"]["total"]["amount"], format_pounds(all.amount, 0))
      << "LLR contains every area";
  EXPECT_EQ(llr["has_within"], true);
  nlohmann::json rutland = context("areas/rutland/index.html")["listing"];
  EXPECT_EQ(rutland["has_within"], false);
}

TEST_F(WebsitePlan, AwardPagesLinkToTheirRowInTheReport) {
  const Award& award = project.awards.front();
  nlohmann::json report = context("awards/" + award.id + "/index.html")["award"]["report"];
  EXPECT_EQ(report["path"], "reports/2017-18/commissioning-budget.html#row-" + award.id);
  EXPECT_EQ(report["line"], "1");
}

}  // namespace
}  // namespace fundpress

namespace fundpress {
namespace {

// pages/accessibility.md replaces the generated statement's body; the page
// keeps its address and is not also listed as an ordinary prose page.
TEST_F(WebsitePlan, APublishersAccessibilityPageReplacesTheGeneratedStatement) {
  EXPECT_EQ(context("accessibility/index.html")["statement"]["custom"], false);
  project.pages.push_back(
      ProsePage{"accessibility", "Our statement", "# Our statement\n\nWe test every page.\n", 0});
  replan();
  nlohmann::json statement = context("accessibility/index.html");
  EXPECT_EQ(statement["title"], "Our statement");
  EXPECT_EQ(statement["statement"]["custom"], true);
  EXPECT_EQ(statement["statement"]["html"], "<p>We test every page.</p>\n");
  std::size_t statements = 0;
  for (const Output& output : plan)
    statements += output.planned.path.rfind("accessibility/", 0) == 0;
  EXPECT_EQ(statements, 1u);
}

}  // namespace
}  // namespace fundpress
