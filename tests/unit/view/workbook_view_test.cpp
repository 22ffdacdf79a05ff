#include "view/workbook_view.h"

#include <gtest/gtest.h>

#include "built_in_layout.h"
#include "fixture_project.h"
#include "year_lines.h"

namespace fundpress {
namespace {

std::vector<std::string> sheet_names(const WorkbookView& view) {
  std::vector<std::string> names;
  for (const WorkbookSheet& sheet : view.sheets) names.push_back(sheet.name);
  return names;
}

const SummarySheet& summary(const WorkbookView& view, const std::string& name) {
  for (const WorkbookSheet& sheet : view.sheets)
    if (sheet.name == name) return view.summaries.at(sheet.summary);
  throw std::runtime_error("no sheet " + name);
}

TEST(WorkbookView, LeavesOutSummariesOfFieldsNoRowFills) {
  Project project = load_fixture("every-field-two-years");
  WorkbookView full = workbook_view(project, test::year_lines(project, FinancialYear{2018}),
                                    built_in_layout(), 1048576, nullptr);
  EXPECT_EQ(sheet_names(full),
            (std::vector<std::string>{"Register", "Commissioning budget", "By section", "By area",
                                      "By organisation", "By fund", "By priority"}));
  Project leicestershire = load_fixture("../../data/leicestershire");
  WorkbookView few =
      workbook_view(leicestershire, test::year_lines(leicestershire, FinancialYear{2017}),
                    built_in_layout(), 1048576, nullptr);
  EXPECT_EQ(sheet_names(few),
            (std::vector<std::string>{"Register", "Commissioning budget", "By section", "By area",
                                      "By organisation"}));
}

TEST(WorkbookView, SummariesHoldExactTotalsAndALineForRowsWithoutAValue) {
  Project project = load_fixture("every-field-two-years");
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2018}),
                                    built_in_layout(), 1048576, nullptr);
  EXPECT_EQ(view.total.rows, 4u);
  EXPECT_EQ(view.total.amount.pence, 1300000 + 75000 + 100025);
  const SummarySheet& areas = summary(view, "By area");
  ASSERT_EQ(areas.lines.size(), 4u);  // Testshire, North, South, and T-007 with no area
  EXPECT_TRUE(areas.lines.back().not_given);
  EXPECT_EQ(areas.lines.back().label, "Not given");
  EXPECT_EQ(areas.lines.back().total.amount.pence, 75000);
  EXPECT_FALSE(areas.first_of_list);
  const SummarySheet& priorities = summary(view, "By priority");
  EXPECT_TRUE(priorities.first_of_list);
  EXPECT_FALSE(priorities.note.empty());
  EXPECT_EQ(priorities.lines[0].label, "Victims");
  EXPECT_EQ(view.columns[priorities.column].field, Field::priority);
}

TEST(WorkbookView, HeadingsComeFromThePublisherAndAreUnique) {
  Project project = load_fixture("every-field-two-years");
  project.wording.field_labels[Field::service] =
      "Organisation";  // the same as organisation's default heading
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    built_in_layout(), 1048576, nullptr);
  std::vector<std::string> headings;
  for (const WorkbookColumn& column : view.columns) headings.push_back(column.heading);
  EXPECT_NE(std::find(headings.begin(), headings.end(), "Organisation"), headings.end());
  EXPECT_NE(std::find(headings.begin(), headings.end(), "Organisation (2)"), headings.end());
}

TEST(WorkbookView, AnAppendixTooLongForASheetBecomesANote) {
  Project project = load_fixture("every-field-two-years");
  WorkbookView fits = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    built_in_layout(), 1048576, nullptr);
  EXPECT_TRUE(fits.has_report);
  EXPECT_EQ(fits.report.total.total.rows, 4u);
  WorkbookView too_long = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                        built_in_layout(), 10, nullptr);
  EXPECT_FALSE(too_long.has_report);
  EXPECT_NE(too_long.appendix_note.find("4 lines"), std::string::npos) << too_long.appendix_note;
}

// The Changes sheet lists the rollup's significant changes, largest first,
// and the first year's workbook has none.
TEST(WorkbookView, TheChangesSheetIsTheRollupsSignificantChanges) {
  Project project = load_fixture("two-registers");
  YearsRollup years = roll_up_years(project);
  WorkbookView first = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                     built_in_layout(), 1048576, years.ending_in(0));
  EXPECT_FALSE(first.has_changes);
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2018}),
                                    built_in_layout(), 1048576, years.ending_in(1));
  ASSERT_TRUE(view.has_changes);
  EXPECT_EQ(view.changes_title, "Significant changes from 2017/18 to 2018/19");
  ASSERT_EQ(view.changes.size(), years.ending_in(1)->significant.size());
  EXPECT_EQ(view.changes[0].what, "Victims (section)");
  EXPECT_EQ(view.changes[0].previous.pence, 6500050);
  EXPECT_EQ(view.changes[0].current.pence, 7800050);
  const ChangeLine& ended = view.changes[view.changes.size() - 3];
  EXPECT_EQ(ended.what, "Churches Together (organisation)");
  EXPECT_EQ(ended.current.pence, 0);
  EXPECT_EQ(ended.note, "ended after 2017/18");
}

}  // namespace
}  // namespace fundpress
