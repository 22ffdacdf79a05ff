// The notes on printed totals that are not exactly their lines, and where the
// report puts them, on tests/fixtures/printed-budget: a wide table in £000s
// whose 2019/20 total is within the rounding of its figures and whose 2020/21
// total is £10,000 out, published as printed with a note.
#include "view/printed_notes.h"

#include <gtest/gtest.h>

#include "fixture_project.h"
#include "view/report_view.h"
#include "year_lines.h"

namespace fundpress {
namespace {

class PrintedNotes : public testing::Test {
 protected:
  Project project = load_fixture("printed-budget", 1);
};

TEST_F(PrintedNotes, OnlyTotalsThatAreNotExactNeedOne) {
  ASSERT_EQ(project.printed_totals.size(), 6u);
  ASSERT_EQ(noted_totals(project, FinancialYear{2019}).size(), 1u);
  ASSERT_EQ(noted_totals(project, FinancialYear{2020}).size(), 1u);
  EXPECT_EQ(printed_total_note(project, *noted_totals(project, FinancialYear{2019})[0]),
            "\xE2\x80\x9CTotal\xE2\x80\x9D for 2019/20 is printed in the source table as 7,381 "
            "(\xC2\xA3"
            "7,381,000); its 4 lines add up to \xC2\xA3"
            "7,380,000: reconciled within the "
            "rounding of the printed figures.");
  EXPECT_EQ(printed_total_note(project, *noted_totals(project, FinancialYear{2020})[0]),
            "\xE2\x80\x9CTotal\xE2\x80\x9D for 2020/21 is printed in the source table as 7,570 "
            "(\xC2\xA3"
            "7,570,000), but its 4 lines add up to \xC2\xA3"
            "7,560,000: \xC2\xA3"
            "10,000 less. "
            "The total is published as printed; every line is published exactly.");
}

TEST_F(PrintedNotes, ATotalWithinRoundingShowsTheExactSumWithItsNote) {
  ReportView report = build_report(project, test::year_lines(project, FinancialYear{2019}));
  EXPECT_EQ(report.total.shown.pence, 738000000);
  EXPECT_FALSE(report.total.as_printed);
  ASSERT_EQ(report.total.footnote, 0);
  EXPECT_TRUE(report.footnotes[0].referenced);
  for (const ReportSection& section : report.sections) EXPECT_EQ(section.subtotal.footnote, -1);
}

TEST_F(PrintedNotes, ATotalPublishedWithANoteShowsThePrintedFigure) {
  ReportView report = build_report(project, test::year_lines(project, FinancialYear{2020}));
  EXPECT_EQ(report.total.total.amount.pence, 756000000);  // the sum stays exact
  EXPECT_EQ(report.total.shown.pence, 757000000);
  EXPECT_TRUE(report.total.as_printed);
  ASSERT_EQ(report.footnotes.size(), 1u);
  EXPECT_EQ(report.footnotes[0].text,
            printed_total_note(project, *noted_totals(project, FinancialYear{2020})[0]));
  EXPECT_NE(report.caption.find("shown as the source table prints it"), std::string::npos);
}

TEST_F(PrintedNotes, PagesAndOpenDataCarryTheNotes) {
  nlohmann::json context = printed_notes_context(project, project.years);
  ASSERT_TRUE(context.is_object());
  EXPECT_EQ(context["notes"].size(), 2u);
  EXPECT_EQ(context["notes"][1]["report_path"], "reports/2020-21/commissioning-budget.html");
  EXPECT_EQ(printed_note_texts(project).size(), 2u);
  Project exact = load_fixture("every-field-two-years");
  EXPECT_EQ(printed_notes_context(exact, exact.years), false);
}

}  // namespace
}  // namespace fundpress
