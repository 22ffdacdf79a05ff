#include "render/markdown.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace fundpress {
namespace {

TEST(Markdown, FirstHeadingIsTheTitleAndLeavesTheBody) {
  ProseHtml page = markdown_to_html("# How to *apply*\n\nText.\n\n## Steps\n");
  EXPECT_EQ(page.title, "How to apply");
  EXPECT_EQ(page.html, "<p>Text.</p>\n<h2>Steps</h2>\n");
}

TEST(Markdown, LaterTopLevelHeadingsMoveDownSoThePageHasOneH1) {
  ProseHtml page = markdown_to_html("# Title\n\n# Part one\n\n## Detail\n");
  EXPECT_EQ(page.html, "<h2>Part one</h2>\n<h3>Detail</h3>\n");
}

TEST(Markdown, NoHeadingMeansNoTitle) {
  EXPECT_EQ(markdown_to_html("Just text.\n").title, "");
}

TEST(Markdown, RawHtmlIsSuppressed) {
  ProseHtml page = markdown_to_html("x <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>\n");
  EXPECT_EQ(page.html.find("<script"), std::string::npos);
  EXPECT_EQ(page.html.find("<img"), std::string::npos);
  EXPECT_EQ(page.html.find("<div"), std::string::npos);
}

TEST(Markdown, UnsafeLinkTargetsAreDropped) {
  ProseHtml page = markdown_to_html("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/)\n");
  EXPECT_EQ(page.html.find("javascript:"), std::string::npos);
  EXPECT_EQ(page.html.find("data:"), std::string::npos);
  EXPECT_NE(page.html.find("href=\"https://example.org/\""), std::string::npos);
}

TEST(Markdown, ExtensionsAreOn) {
  ProseHtml page = markdown_to_html("~~old~~ www.example.org\n");
  EXPECT_NE(page.html.find("<del>old</del>"), std::string::npos);
  EXPECT_NE(page.html.find("<a href=\"http://www.example.org\">"), std::string::npos);
}

TEST(Markdown, TablesGetTheHeadingAboveAsCaptionScopesAndAlignmentClasses) {
  ProseHtml page = markdown_to_html("# T\n\n## Changes & costs\n\n| Name | Cost |\n| --- | ---: |\n| A | 1 |\n");
  EXPECT_NE(page.html.find("<table>\n<caption>Changes &amp; costs</caption>"), std::string::npos) << page.html;
  EXPECT_NE(page.html.find("<th scope=\"col\">Name</th>"), std::string::npos);
  EXPECT_NE(page.html.find("<th scope=\"col\" class=\"align-right\">Cost</th>"), std::string::npos);
  EXPECT_NE(page.html.find("<td class=\"align-right\">1</td>"), std::string::npos);
  EXPECT_EQ(page.html.find("align=\""), std::string::npos);
}

TEST(Markdown, MarkedTextBecomesAbbrWithAnEscapedTitle) {
  std::vector<std::string> seen;
  TextMarker mark = [&](const std::string& text) {
    seen.push_back(text);
    std::vector<TextRun> runs;
    std::size_t at = text.find("PCC");
    if (at == std::string::npos) return std::vector<TextRun>{{text, ""}};
    runs.push_back({text.substr(0, at), ""});
    runs.push_back({"PCC", "Police & \"Crime\" Commissioner"});
    runs.push_back({text.substr(at + 3), ""});
    return runs;
  };
  ProseHtml page = markdown_to_html("# The PCC\n\nThe PCC funds [the PCC](https://example.org/).\n", mark);
  EXPECT_NE(page.html.find("The <abbr title=\"Police &amp; &quot;Crime&quot; Commissioner\">PCC</abbr> funds"),
            std::string::npos) << page.html;
  for (const std::string& text : seen) EXPECT_NE(text, "the PCC") << "link text is left alone";
  EXPECT_EQ(page.title, "The PCC");
}

TEST(Markdown, SafeFromSeveralThreads) {
  std::string expected = markdown_to_html("# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n*x* www.example.org\n").html;
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i)
        results[t] = markdown_to_html("# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n*x* www.example.org\n").html;
    });
  for (std::thread& thread : threads) thread.join();
  for (const std::string& html : results) EXPECT_EQ(html, expected);
}

}  // namespace
}  // namespace fundpress
