// The three report outputs for the Leicestershire Commissioning Budget 2017/18,
// and for a budget printed in £000s whose total is published as printed with a
// note (tests/fixtures/printed-budget, 2020/21), compared whole with golden
// files in golden/: the workbook part by part.
#include <gtest/gtest.h>

#include <unistd.h>

#include "check/check_project.h"
#include "fixture_project.h"
#include "golden.h"
#include "paths.h"
#include "render/report_xlsx.h"
#include "render/templates.h"
#include "scratch.h"
#include "view/page.h"
#include "view/report_context.h"
#include "year_lines.h"

namespace fundpress {
namespace {

// The report's context rendered with the page globals the renderer reads beside it.
std::string render_report(const Project& project, const nlohmann::json& context,
                          const std::string& path) {
  nlohmann::json globals = page_globals(project);
  return Templates().render(path, context, "", &globals);
}

class ReportGolden : public testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
              LoadStatus::ok);
    context = report_context(project,
                             build_report(project, test::year_lines(project, FinancialYear{2017})),
                             "reports/2017-18/commissioning-budget.html");
  }
  std::string render(const std::string& path) { return render_report(project, context, path); }
  Project project;
  nlohmann::json context;
};

// The page's own content; the site's layout around it is tested with the site.
TEST_F(ReportGolden, Html) {
  test::expect_golden(render("reports/commissioning-budget.html.mustache"),
                      test::golden_path("render", "commissioning-budget.html"));
}

TEST_F(ReportGolden, Markdown) {
  test::expect_golden(render("reports/commissioning-budget.md.mustache"),
                      test::golden_path("render", "commissioning-budget.md"));
}

// The same report in parts of 30 lines: part 1 with the summary of every
// section's sub-total and the grand total, part 2 with a section continued.
TEST_F(ReportGolden, PartsOneAndTwo) {
  ReportView report = build_report(project, test::year_lines(project, FinancialYear{2017}));
  for (const char* extension : {".html", ".md"}) {
    std::vector<ReportPart> parts = report_parts(report, 30, extension);
    ASSERT_GE(parts.size(), 2u);
    for (std::size_t p = 0; p < 2; ++p) {
      nlohmann::json parted = report_context(project, report, parts[p].paths[p], &parts[p]);
      std::string name = "commissioning-budget-part-" + std::to_string(p + 1) + extension;
      test::expect_golden(
          render_report(project, parted,
                        std::string("reports/commissioning-budget") + extension + ".mustache"),
          test::golden_path("render", name));
    }
  }
}

TEST_F(ReportGolden, Xlsx) {
  std::string path = test::scratch_root() + "commissioning-budget.xlsx";
  std::string error;
  YearLines lines = test::year_lines(project, FinancialYear{2017});
  ASSERT_TRUE(write_report_xlsx(project, build_report(project, lines), lines, path,
                                1491004800 /* 2017-04-01 */, &error))
      << error;
  // app.xml names the writing library and its version; theme1.xml is its default theme.
  test::expect_golden_xlsx(path, test::golden_path("render", "commissioning-budget.xlsx"),
                           {"docProps/app.xml", "xl/theme/theme1.xml"});
  std::remove(path.c_str());
}

class PrintedBudgetGolden : public testing::Test {
 protected:
  Project project = load_fixture("printed-budget", 1);
  YearLines lines = test::year_lines(project, FinancialYear{2020});
  ReportView report = build_report(project, lines);
  nlohmann::json context =
      report_context(project, report, "reports/2020-21/commissioning-budget.html");
  std::string render(const std::string& path) { return render_report(project, context, path); }
};

TEST_F(PrintedBudgetGolden, Html) {
  test::expect_golden(render("reports/commissioning-budget.html.mustache"),
                      test::golden_path("render", "printed-budget-2020-21.html"));
}

TEST_F(PrintedBudgetGolden, Markdown) {
  test::expect_golden(render("reports/commissioning-budget.md.mustache"),
                      test::golden_path("render", "printed-budget-2020-21.md"));
}

TEST_F(PrintedBudgetGolden, Xlsx) {
  std::string path = test::scratch_root() + "printed-budget.xlsx";
  std::string error;
  ASSERT_TRUE(write_report_xlsx(project, report, lines, path, 1585612800 /* 2020-03-31 */, &error))
      << error;
  test::expect_golden_xlsx(path, test::golden_path("render", "printed-budget-2020-21.xlsx"),
                           {"docProps/app.xml", "xl/theme/theme1.xml"});
  std::remove(path.c_str());
}

}  // namespace
}  // namespace fundpress
