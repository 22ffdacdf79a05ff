// A report in parts: the parts cover every line exactly once, in order; each
// section's sub-total is printed once, where its lines end, with the rollup's
// figure; the grand total ends the last part and leads the first.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "check/check_project.h"
#include "rollup/rollup.h"
#include "view/format.h"
#include "view/lazy_list.h"
#include "view/report_context.h"
#include "year_lines.h"

namespace fundpress {
namespace {

TEST(ReportParts, CoverEveryLineOnceAndCarryTheRollupsSubTotals) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  ReportView report = build_report(project, test::year_lines(project, FinancialYear{2017}));
  std::size_t lines = report_lines(report);
  ASSERT_GT(lines, 30u);
  EXPECT_EQ(report_parts(report, lines, ".html").size(), 1u) << "a report at the limit is one file";
  std::vector<ReportPart> parts = report_parts(report, 30, ".html");
  ASSERT_EQ(parts.size(), (lines + 29) / 30);
  std::vector<std::string> ids;
  std::map<std::string, int> subtotals;  // section heading -> times printed
  for (const ReportPart& part : parts) {
    nlohmann::json context = report_context(project, report, part.paths[part.part - 1], &part);
    expand_lazy_lists(&context);
    const nlohmann::json& shown = context["report"];
    for (const nlohmann::json& section : shown["sections"]) {
      for (const nlohmann::json& row : section["rows"]) ids.push_back(row["id"]);
      if (!section["show_subtotal"].get<bool>()) continue;
      ++subtotals[section["heading"]];
      for (std::size_t s = 0; s < report.sections.size(); ++s)
        if (project.sections[report.sections[s].section].heading == section["heading"]) {
          EXPECT_EQ(section["subtotal"]["amount"],
                    format_total_amount(report.sections[s].subtotal.shown, project.display));
        }
    }
    EXPECT_EQ(shown["total_row"].get<bool>(), part.part == parts.size());
    EXPECT_EQ(shown["part"]["links"].size(), parts.size());
    if (part.part == 1) {
      const nlohmann::json& summary = shown["part"]["summary"];
      ASSERT_TRUE(summary.is_object());
      ASSERT_EQ(summary["rows"].size(), report.sections.size());
      for (std::size_t s = 0; s < report.sections.size(); ++s)
        EXPECT_EQ(summary["rows"][s]["amount"],
                  format_total_amount(report.sections[s].subtotal.total.amount, project.display));
      EXPECT_EQ(summary["total"]["amount"],
                format_total_amount(
                    total_of(project, test::year_lines(project, FinancialYear{2017}).awards).amount,
                    project.display));
    } else {
      EXPECT_FALSE(shown["part"]["summary"].is_object());
    }
  }
  // Every line once, in the order of the whole report.
  std::vector<std::string> whole;
  for (const ReportSection& section : report.sections)
    for (const ReportLine& line : section.lines) whole.push_back(project.awards[line.award].id);
  EXPECT_EQ(ids, whole);
  for (const ReportSection& section : report.sections)
    if (section.show_subtotal) {
      EXPECT_EQ(subtotals[project.sections[section.section].heading], 1)
          << project.sections[section.section].heading;
    }
}

}  // namespace
}  // namespace fundpress
