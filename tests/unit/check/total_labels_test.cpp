#include "check/total_labels.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

class TotalLabelsTest : public testing::Test {
 protected:
  void SetUp() override {
    project.sections = {Section{"Victims", "VICTIMS", "Victims sub-total"},
                        Section{"Cross cutting/Partnership", "CROSS CUTTING/PARTNERSHIP",
                                "Cross cutting sub-total"}};
    project.wording.grand_total_label = "Grand total";
  }
  TotalLabel read(const std::string& label) const {
    return TotalLabels(project, configured, not_totals).match(label);
  }
  Project project;
  std::vector<ConfiguredTotal> configured;
  std::vector<std::string> not_totals;
};

TEST(LabelKey, IgnoresCaseSpacingAndPunctuation) {
  EXPECT_EQ(label_key("  Victims Sub-Total: "), "victims sub total");
  EXPECT_EQ(label_key("SUBTOTAL"), "sub total");
  EXPECT_EQ(label_key("Grand\xC2\xA0total (\xC2\xA3)"), "grand total");
  EXPECT_EQ(label_key("Total \xE2\x80\x93 all funds"), "total all funds");
}

TEST_F(TotalLabelsTest, DefaultPatternsAreTotals) {
  EXPECT_EQ(read("Total").kind, TotalKind::total);
  EXPECT_EQ(read("TOTAL:").kind, TotalKind::total);
  EXPECT_EQ(read("Net total").kind, TotalKind::total);
  EXPECT_EQ(read("Grand Total").kind, TotalKind::grand_total);
  EXPECT_EQ(read("Sub-total").kind, TotalKind::subtotal);
  EXPECT_EQ(read("Subtotal").kind, TotalKind::subtotal);
  EXPECT_EQ(read("Total expenditure").kind, TotalKind::total);
  EXPECT_EQ(read("Youth total").kind, TotalKind::total);
  EXPECT_EQ(read("Total for all grants").kind, TotalKind::total);
  EXPECT_EQ(read("Total (£000s)").kind, TotalKind::total);
  EXPECT_EQ(read("Grand total (£000s)").kind, TotalKind::grand_total);
}

TEST_F(TotalLabelsTest, ALabelNamingASectionIsItsSubtotal) {
  EXPECT_EQ(read("Victims sub-total").kind, TotalKind::subtotal);
  EXPECT_EQ(read("Victims sub-total").section, 0);
  EXPECT_EQ(read("Total Victims").section, 0);
  EXPECT_EQ(read("Total for victims").section, 0);
  EXPECT_EQ(read("Victims total").kind, TotalKind::subtotal);
  EXPECT_EQ(read("Cross cutting sub-total").section, 1) << "the configured subtotal_label";
  EXPECT_EQ(read("CROSS CUTTING/PARTNERSHIP TOTAL").section, 1) << "the heading as printed";
}

TEST_F(TotalLabelsTest, OtherLabelsAreNot) {
  EXPECT_EQ(read("Total Wellbeing project").kind, TotalKind::total)
      << "declared in not_totals below";
  not_totals = {"Total Wellbeing project"};
  EXPECT_EQ(read("Total Wellbeing project").kind, TotalKind::none);
  EXPECT_EQ(read("Annual totals review").kind, TotalKind::none);
  EXPECT_EQ(read("Victim First").kind, TotalKind::none);
  EXPECT_EQ(read("").kind, TotalKind::none);
  EXPECT_TRUE(TotalLabels(project, configured, {}).looks_like_total("Annual totals review"));
  EXPECT_FALSE(TotalLabels(project, configured, {}).looks_like_total("Total"));
  EXPECT_FALSE(TotalLabels(project, configured, {"Annual totals review"})
                   .looks_like_total("Annual totals review"));
}

TEST_F(TotalLabelsTest, ConfiguredTotalsAndWhatTheyCover) {
  configured = {ConfiguredTotal{"Net expenditure", {}},
                ConfiguredTotal{"Total non-pay", TotalCovers{TotalCovers::Rule::section, {}}},
                ConfiguredTotal{"Net position",
                                TotalCovers{TotalCovers::Rule::named, {"Income", "Spending"}}}};
  EXPECT_EQ(read("NET EXPENDITURE").kind, TotalKind::total);
  EXPECT_EQ(read("Total non-pay").kind, TotalKind::subtotal);
  EXPECT_EQ(read("Net position").covers.names, (std::vector<std::string>{"Income", "Spending"}));
}

// A label without the word "total" is settled early only while no label it
// could equal lacks the word: a grand total or sub-total worded otherwise still reads.
TEST_F(TotalLabelsTest, TotalsWordedWithoutTheWordTotal) {
  EXPECT_EQ(read("Victim First").kind, TotalKind::none);
  project.wording.grand_total_label = "Cyfanswm cyffredinol";
  EXPECT_EQ(read("CYFANSWM CYFFREDINOL").kind, TotalKind::grand_total);
  project.wording.grand_total_label = "Grand total";
  TotalLabels labels(project, {}, {});
  EXPECT_EQ(labels.match("Swm Dioddefwyr").kind, TotalKind::none);
  project.sections.push_back(Section{"Dioddefwyr", "DIODDEFWYR", "Swm Dioddefwyr"});
  EXPECT_EQ(labels.match("Swm Dioddefwyr").kind, TotalKind::subtotal)
      << "a section opened after the labels were made";
  EXPECT_EQ(labels.match("Swm Dioddefwyr").section, 2);
}

TEST_F(TotalLabelsTest, BareTotalWordsInANameColumn) {
  TotalLabels labels(project, {}, {});
  EXPECT_TRUE(labels.is_bare_total("Total"));
  EXPECT_TRUE(labels.is_bare_total("Grand total"));
  EXPECT_FALSE(labels.is_bare_total("Total Wellbeing CIC"));
}

}  // namespace
}  // namespace fundpress
