#include "view/format.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(FormatDate, PrintsDatesAndYears) {
  EXPECT_EQ(format_date(Date{2017, 4, 1}), "1 April 2017");
  EXPECT_EQ(format_iso_date(Date{2017, 4, 1}), "2017-04-01");
  EXPECT_EQ(format_date(Date{}), "");
  EXPECT_EQ(year_slug(FinancialYear{2017}), "2017-18");
}

}  // namespace
}  // namespace fundpress
