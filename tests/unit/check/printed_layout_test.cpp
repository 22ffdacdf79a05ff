#include "check/printed_layout.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

class PrintedLayout : public testing::Test {
 protected:
  void SetUp() override {
    project.sections = {Section{"Victims", "VICTIMS", "Victims sub-total"},
                        Section{"Cross cutting/Partnership", "CROSS CUTTING/PARTNERSHIP", "Cross cutting sub-total"}};
    project.wording.grand_total_label = "Grand total";
  }
  LayoutRow total(const std::string& label, const std::string& organisation = "") {
    return classify_layout_row(project, 2, label, organisation, "1,000");
  }
  Project project;
};

TEST_F(PrintedLayout, AHeadingIsAloneOnItsRow) {
  EXPECT_EQ(classify_layout_row(project, 1, "VICTIMS", "", "").kind, LayoutRowKind::heading);
  EXPECT_EQ(classify_layout_row(project, 2, "VICTIMS", "Catch 22", "").kind, LayoutRowKind::data);
  EXPECT_EQ(section_by_heading(project, "cross  cutting/partnership"), 1);
  EXPECT_EQ(section_by_heading(project, "Victims"), 0);
  EXPECT_EQ(section_by_heading(project, "Vulnerable"), -1);
}

TEST_F(PrintedLayout, TotalsAreRecognisedByTheirLabels) {
  EXPECT_EQ(total("Cross cutting sub-total").kind, LayoutRowKind::subtotal);
  EXPECT_EQ(total("Cross cutting sub-total").section, 1);
  EXPECT_EQ(total("Victims total").section, 0);
  EXPECT_EQ(total("Sub-total").kind, LayoutRowKind::subtotal);
  EXPECT_EQ(total("Sub-total").section, -1) << "the section above it";
  EXPECT_EQ(total("Grand total").kind, LayoutRowKind::grand_total);
  EXPECT_EQ(total("TOTAL").kind, LayoutRowKind::grand_total);
}

TEST_F(PrintedLayout, OtherRowsStayData) {
  EXPECT_EQ(total("Youth total").kind, LayoutRowKind::data) << "Youth is no section";
  EXPECT_EQ(total("Total funding review").kind, LayoutRowKind::data);
  EXPECT_EQ(total("Victims sub-total", "Catch 22").kind, LayoutRowKind::data) << "it names a recipient";
  EXPECT_EQ(classify_layout_row(project, 2, "Grand total", "", "").kind, LayoutRowKind::data)
      << "no amount";
}

}  // namespace
}  // namespace fundpress
