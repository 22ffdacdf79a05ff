#include "view/format.h"

#include <gtest/gtest.h>

#include "model/fields.h"

namespace fundpress {
namespace {

TEST(FormatDate, PrintsDatesAndYears) {
  EXPECT_EQ(format_date(Project{}, Date{2017, 4, 1}), "1 April 2017");
  EXPECT_EQ(format_iso_date(Date{2017, 4, 1}), "2017-04-01");
  EXPECT_EQ(format_date(Project{}, Date{}), "");
  EXPECT_EQ(year_slug(FinancialYear{2017}), "2017-18");
}

// A label copied from a table in £000s never stands over figures in pounds.
TEST(HeadingFor, StatesTheUnitTheFiguresAreShownIn) {
  Project project;
  project.wording.field_labels[Field::amount] =
      "17/18 proposed costs (\xC2\xA3"
      "000s)";
  EXPECT_EQ(heading_for(project, Field::amount, 1), "17/18 proposed costs (\xC2\xA3)");
  EXPECT_EQ(heading_for(project, Field::amount, 1000),
            "17/18 proposed costs (\xC2\xA3"
            "000s)");
  EXPECT_EQ(heading_for(project, Field::amount, 1000000), "17/18 proposed costs (\xC2\xA3m)");
  project.wording.field_labels[Field::amount] = "Grant";
  EXPECT_EQ(heading_for(project, Field::amount, 1), "Grant");  // states no unit, and needs none
  EXPECT_EQ(heading_for(project, Field::amount, 1000),
            "Grant (\xC2\xA3"
            "000s)");
  project.wording.field_labels[Field::service] =
      "Line (\xC2\xA3"
      "000s)";
  EXPECT_EQ(heading_for(project, Field::service, 1),
            "Line (\xC2\xA3"
            "000s)");  // only amounts change
}

// GOV.UK's attachment sizes: bytes below 1 KB, then one decimal of KB or MB.
TEST(Format, FileSizes) {
  EXPECT_EQ(file_size_text(Project{}, 0), "0 bytes");
  EXPECT_EQ(file_size_text(Project{}, 1), "1 byte");
  EXPECT_EQ(file_size_text(Project{}, 1023), "1,023 bytes");
  EXPECT_EQ(file_size_text(Project{}, 1024), "1.0 KB");
  EXPECT_EQ(file_size_text(Project{}, 12595), "12.3 KB");  // 12.2998
  EXPECT_EQ(file_size_text(Project{}, 1048575), "1,024.0 KB");
  EXPECT_EQ(file_size_text(Project{}, 1048576), "1.0 MB");
  EXPECT_EQ(file_size_text(Project{}, 4299162), "4.1 MB");
}

}  // namespace
}  // namespace fundpress
