#include "check/row_kind.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

// A table of Service, Organisation, Amount, Area: the usual appendix.
class RowKinds : public testing::Test {
 protected:
  void SetUp() override {
    project.sections = {Section{"Victims", "VICTIMS", "Victims sub-total"}};
    project.wording.grand_total_label = "Grand total";
    shape.amount_columns = {2};
    shape.may_label = {true, true, false, false};
    shape.name_columns = {0, 1};
    shape.header_keys = {"service", "organisation", "amount", "area"};
  }
  RowClass classify(std::vector<std::string> cells) const {
    return classify_row(shape, cells, TotalLabels(project, {}, not_totals));
  }
  RowKind kind(std::vector<std::string> cells) const { return classify(cells).kind; }
  Project project;
  RowShape shape;
  std::vector<std::string> not_totals;
};

TEST_F(RowKinds, ATotalIsATotalWhateverElseIsFilled) {
  EXPECT_EQ(kind({"Total", "", "4,668,359", ""}), RowKind::total);
  EXPECT_EQ(kind({"Total", "Total", "4,668,359", ""}), RowKind::total)
      << "one name column mapped twice";
  EXPECT_EQ(kind({"Total", "Catch 22", "4,668,359", "LLR"}), RowKind::total);
  EXPECT_EQ(kind({"", "Grand total", "4,668,359", ""}), RowKind::total) << "label in column 2";
  RowClass row = classify({"Youth Services", "Total", "1,000", ""});
  EXPECT_EQ(row.kind, RowKind::total) << "no organisation is called Total";
  EXPECT_EQ(row.label_column, 1);
  EXPECT_EQ(kind({"Victims sub-total", "", "1,448,239", ""}), RowKind::total);
}

TEST_F(RowKinds, LinesAreLines) {
  EXPECT_EQ(kind({"Victim First", "Catch 22", "307,849", "LLR"}), RowKind::line);
  EXPECT_EQ(kind({"Victim First", "", "307,849", ""}), RowKind::line);
  EXPECT_EQ(kind({"Victim First", "Catch 22", "", "LLR"}), RowKind::line)
      << "an amount to be confirmed";
  not_totals = {"Total Wellbeing"};
  EXPECT_EQ(kind({"Total Wellbeing", "", "5,000", ""}), RowKind::line);
}

TEST_F(RowKinds, HeadingsNotesAndSpacers) {
  EXPECT_EQ(kind({"VICTIMS", "", "", ""}), RowKind::heading);
  EXPECT_EQ(kind({"", "Prevention", "", ""}), RowKind::heading);
  EXPECT_EQ(kind({"Note: figures exclude VAT", "", "", ""}), RowKind::note);
  EXPECT_EQ(kind({"* Funded from reserves", "", "", ""}), RowKind::note);
  EXPECT_EQ(kind({"(a) Includes the hardship fund", "", "", ""}), RowKind::note);
  EXPECT_EQ(kind({"2. Subject to the outturn", "", "", ""}), RowKind::note);
  EXPECT_EQ(kind({"The figures for 2017/18 depend on the outturn of the year before.", "", "", ""}),
            RowKind::note);
  EXPECT_EQ(kind({"", "", "", ""}), RowKind::spacer);
  EXPECT_EQ(kind({"", "", "£000s", ""}), RowKind::units);
}

TEST_F(RowKinds, PercentagesOfWhichAndRepeatedHeaders) {
  EXPECT_EQ(kind({"Share of total", "", "4.4%", ""}), RowKind::percentage);
  EXPECT_EQ(kind({"% increase", "", "4.4", ""}), RowKind::percentage);
  EXPECT_EQ(kind({"Increase (%)", "", "(1.2)", ""}), RowKind::percentage);
  EXPECT_EQ(kind({"of which: capital", "", "12,000", ""}), RowKind::of_which);
  EXPECT_EQ(kind({"- of which grants", "", "12,000", ""}), RowKind::of_which);
  EXPECT_EQ(kind({"O/W capital", "", "12,000", ""}), RowKind::of_which);
  EXPECT_EQ(kind({"(Which includes grants)", "", "12,000", ""}), RowKind::of_which);
  EXPECT_EQ(kind({"Other grants", "", "12,000", ""}), RowKind::line);
  EXPECT_EQ(kind({"Service", "Organisation", "Amount", "Area"}), RowKind::header_repeat);
  EXPECT_EQ(kind({"SERVICE", "organisation", "", ""}), RowKind::header_repeat);
}

TEST_F(RowKinds, TheLabelSkipsFiguresAndAttributes) {
  RowClass row = classify({"", "", "1,000", "Total"});
  EXPECT_EQ(row.kind, RowKind::total) << "an attribute column holds the only label";
  EXPECT_EQ(row.label_column, 3);
  EXPECT_EQ(classify({"12", "Catch 22", "1,000", ""}).label, "Catch 22")
      << "a figure is not a label";
}

TEST(ReadsAsNote, SentencesAndMarks) {
  EXPECT_TRUE(reads_as_note("Source: PCC budget book"));
  EXPECT_TRUE(reads_as_note("NB this is provisional"));
  EXPECT_TRUE(reads_as_note("\xE2\x80\xA0 Jointly funded"));
  EXPECT_FALSE(reads_as_note("VICTIMS"));
  EXPECT_FALSE(reads_as_note("Cross cutting/Partnership"));
  EXPECT_FALSE(reads_as_note("1. Victims"));
}

TEST(IsFigure, WordsAreNotFiguresButNilIs) {
  EXPECT_FALSE(is_figure("Children treatment"));
  EXPECT_FALSE(is_figure("TBC"));
  EXPECT_FALSE(is_figure(""));
  EXPECT_TRUE(is_figure("-"));
  EXPECT_TRUE(is_figure("Nil"));
  EXPECT_TRUE(is_figure("\xE2\x80\x94"));
  EXPECT_TRUE(is_figure("1,234"));
  EXPECT_FALSE(is_figure("Phase 2"));
}

}  // namespace
}  // namespace fundpress
