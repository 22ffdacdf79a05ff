// Which number formats make a number a percentage, a date or a time: Excel's
// built-in formats by number, and format codes as producers write them.
#include "load/xlsx_styles.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(XlsxStyles, BuiltInFormats) {
  EXPECT_EQ(builtin_format_shape(0), NumberShape::plain);     // General
  EXPECT_EQ(builtin_format_shape(3), NumberShape::plain);     // #,##0
  EXPECT_EQ(builtin_format_shape(9), NumberShape::percent);   // 0%
  EXPECT_EQ(builtin_format_shape(10), NumberShape::percent);  // 0.00%
  EXPECT_EQ(builtin_format_shape(14), NumberShape::date);  // m/d/yyyy, shown in the reader's locale
  EXPECT_EQ(builtin_format_shape(17), NumberShape::date);  // mmm-yy
  EXPECT_EQ(builtin_format_shape(20), NumberShape::time);  // h:mm
  EXPECT_EQ(builtin_format_shape(22), NumberShape::date_time);
  EXPECT_EQ(builtin_format_shape(44), NumberShape::plain);  // accounting
  EXPECT_EQ(builtin_format_shape(46), NumberShape::elapsed_time);
  EXPECT_EQ(builtin_format_shape(49), NumberShape::plain);  // @, text
}

TEST(XlsxStyles, FormatCodes) {
  EXPECT_EQ(format_code_shape("General"), NumberShape::plain);
  EXPECT_EQ(format_code_shape("#,##0"), NumberShape::plain);
  EXPECT_EQ(format_code_shape("\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00"), NumberShape::plain);
  EXPECT_EQ(format_code_shape("[$£-809]#,##0"), NumberShape::plain);
  EXPECT_EQ(format_code_shape("0.00E+00"), NumberShape::plain);
  EXPECT_EQ(format_code_shape("#,##0 \"days\""), NumberShape::plain);  // letters in quotes are text
  EXPECT_EQ(format_code_shape("0.0%"), NumberShape::percent);
  EXPECT_EQ(format_code_shape("0%;[Red]-0%"), NumberShape::percent);
  EXPECT_EQ(format_code_shape("0\\%"), NumberShape::plain);  // an escaped % is a literal
  EXPECT_EQ(format_code_shape("dd/mm/yyyy"), NumberShape::date);
  EXPECT_EQ(format_code_shape("YYYY-MM-DD"), NumberShape::date);
  EXPECT_EQ(format_code_shape("[$-809]dd mmmm yyyy"), NumberShape::date);
  EXPECT_EQ(format_code_shape("mmm"), NumberShape::date);
  EXPECT_EQ(format_code_shape("dd/mm/yyyy hh:mm"), NumberShape::date_time);
  EXPECT_EQ(format_code_shape("h:mm AM/PM"), NumberShape::time);
  EXPECT_EQ(format_code_shape("mm:ss"), NumberShape::time);
  EXPECT_EQ(format_code_shape("[h]:mm:ss"), NumberShape::elapsed_time);
  EXPECT_EQ(format_code_shape("[Red][<0]0.0;0.0"), NumberShape::plain);
}

}  // namespace
}  // namespace fundpress
