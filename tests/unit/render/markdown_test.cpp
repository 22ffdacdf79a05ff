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

TEST(Markdown, NoHeadingMeansNoTitle) { EXPECT_EQ(markdown_to_html("Just text.\n").title, ""); }

TEST(Markdown, RawHtmlIsSuppressed) {
  ProseHtml page = markdown_to_html(
      "x <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>\n");
  EXPECT_EQ(page.html.find("<script"), std::string::npos);
  EXPECT_EQ(page.html.find("<img"), std::string::npos);
  EXPECT_EQ(page.html.find("<div"), std::string::npos);
}

TEST(Markdown, UnsafeLinkTargetsAreDropped) {
  ProseHtml page = markdown_to_html(
      "[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/)\n");
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
  ProseHtml page =
      markdown_to_html("# T\n\n## Changes & costs\n\n| Name | Cost |\n| --- | ---: |\n| A | 1 |\n");
  EXPECT_NE(page.html.find("<table>\n<caption>Changes &amp; costs</caption>"), std::string::npos)
      << page.html;
  EXPECT_NE(page.html.find("<th scope=\"col\">Name</th>"), std::string::npos);
  EXPECT_NE(page.html.find("<th scope=\"col\" class=\"align-right\">Cost</th>"), std::string::npos);
  EXPECT_NE(page.html.find("<td class=\"align-right\">1</td>"), std::string::npos);
  EXPECT_EQ(page.html.find("align=\""), std::string::npos);
}

TEST(Markdown, AbbreviationsAreMarkedOnFirstUseWithAnEscapedTitle) {
  std::vector<GlossaryTerm> glossary = {{"PCC", "Police & \"Crime\" Commissioner"}};
  ProseHtml page = markdown_to_html(
      "# The PCC\n\nThe [PCC](https://example.org/) and the PCC fund it. The PCC again.\n",
      glossary);
  EXPECT_NE(page.html.find(
                "<a href=\"https://example.org/\">PCC</a> and the "
                "<abbr title=\"Police &amp; &quot;Crime&quot; Commissioner\">PCC</abbr> fund it. "
                "The PCC again."),
            std::string::npos)
      << "link text is left alone; the first use outside it is marked, and only that one\n"
      << page.html;
  EXPECT_EQ(page.title, "The PCC");
}

TEST(Markdown, SafeFromSeveralThreads) {
  std::string expected =
      markdown_to_html("# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n*x* www.example.org\n").html;
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i)
        results[t] =
            markdown_to_html("# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n*x* www.example.org\n")
                .html;
    });
  for (std::thread& thread : threads) thread.join();
  for (const std::string& html : results) EXPECT_EQ(html, expected);
}

}  // namespace
}  // namespace fundpress
