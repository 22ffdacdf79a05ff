#include <gtest/gtest.h>

#include "render/escape.h"

namespace fundpress {
namespace {

TEST(EscapeJsString, QuotesBackslashesAndMarkupBecomeUnicodeEscapes) {
  EXPECT_EQ(escape_js_string("a\"b'c\\d"), "a\\u0022b\\u0027c\\u005cd");
  EXPECT_EQ(escape_js_string("</script><!--&"), "\\u003c/script\\u003e\\u003c!--\\u0026");
}

TEST(EscapeJsString, ControlCharactersAndLineSeparatorsAreEscaped) {
  EXPECT_EQ(escape_js_string("a\nb\r\t"), "a\\u000ab\\u000d\\u0009");
  EXPECT_EQ(escape_js_string("x\xE2\x80\xA8y\xE2\x80\xA9z"), "x\\u2028y\\u2029z");
}

// Plain text is copied in runs between escapes: a run at either end, none,
// and a separator cut short at the end of the text.
TEST(EscapeJsString, EscapesAtTheEndsAndBetweenRuns) {
  EXPECT_EQ(escape_js_string(""), "");
  EXPECT_EQ(escape_js_string("\"\""), "\\u0022\\u0022");
  EXPECT_EQ(escape_js_string("<ab>"), "\\u003cab\\u003e");
  EXPECT_EQ(escape_js_string("ab\xE2\x80\xA9"), "ab\\u2029");
  EXPECT_EQ(escape_js_string("\xE2\x80\xA8\xE2\x80\xA8"), "\\u2028\\u2028");
  EXPECT_EQ(escape_js_string("ab\xE2\x80"), "ab\xE2\x80");
  EXPECT_EQ(escape_js_string(std::string("a\0b", 3)), "a\\u0000b");
  EXPECT_EQ(escape_js_string("\xE2\x80\xAA"
                             "b&"),
            "\xE2\x80\xAA"
            "b\\u0026");
}

TEST(EscapeJsString, OtherTextIsUnchanged) {
  EXPECT_EQ(escape_js_string("£4.668m — LLR \xE2\x80\xAE"), "£4.668m — LLR \xE2\x80\xAE");
}

}  // namespace
}  // namespace fundpress
