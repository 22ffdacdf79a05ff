#include "render/escape.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(EscapeHtml, EscapesForTextAndQuotedAttributes) {
  EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(escape_html("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(escape_html("C₂ARA £ – ok"), "C₂ARA £ – ok");
}

// Plain text is copied in runs between escapes: at either end, none at all,
// and past a NUL inside the text, which is kept.
TEST(EscapeHtml, EscapesAtTheEndsAndBetweenRunsAndPastANul) {
  EXPECT_EQ(escape_html(""), "");
  EXPECT_EQ(escape_html("&&"), "&amp;&amp;");
  EXPECT_EQ(escape_html("<ab>"), "&lt;ab&gt;");
  EXPECT_EQ(escape_html(std::string("a\0<b", 4)), std::string("a\0&lt;b", 7));
  std::string long_run(100, 'x');
  EXPECT_EQ(escape_html(long_run + "'" + long_run), long_run + "&#39;" + long_run);
}

TEST(EscapeMarkdown, NeutralisesMarkupAndTableBreaks) {
  EXPECT_EQ(
      escape_markdown("a|b\\c *d* _e_ `f` [g](h) <i> ~~j~~ &amp; #k !l"),
      "a\\|b\\\\c \\*d\\* \\_e\\_ \\`f\\` \\[g\\](h) \\<i\\> \\~\\~j\\~\\~ \\&amp; \\#k \\!l");
  EXPECT_EQ(escape_markdown("two\r\nlines\nthree"), "two lines three");
}

}  // namespace
}  // namespace fundpress
