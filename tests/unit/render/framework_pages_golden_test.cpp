// A fund page and a priority page of tests/fixtures/fund-pages, rendered as the
// build renders them (planned through the output registry, the page's own
// content without the site's layout) and compared whole with golden files.
#include <gtest/gtest.h>

#include "fixture_project.h"
#include "golden.h"
#include "planned_page.h"
#include "paths.h"

namespace fundpress {
namespace {

using test::render_page;

// Envelope over three years and its use, limits, and one line below and one
// above them.
TEST(FrameworkPagesGolden, FundPage) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "funds/community-fund/index.html"),
                      test::golden_path("render", "fund-pages.community-fund.html"));
}

// A fund whose lines take three pages (one line a page): each page lists the
// breaches of the line it shows, page 1 its rules and envelope too, and no
// breach is on two pages.
TEST(FrameworkPagesGolden, FundPagesEachListTheBreachesOfTheirOwnLines) {
  Project project = load_fixture("fund-pages", 3);
  project.site.listing_page_size = 1;
  std::string pages;
  for (const char* path : {"funds/community-fund/index.html", "funds/community-fund/page/2/index.html",
                           "funds/community-fund/page/3/index.html"})
    pages += std::string("== ") + path + "\n" + render_page(project, path);
  test::expect_golden(pages, test::golden_path("render", "fund-pages.community-fund-paged.html"));
  for (const Breach& breach : project.breaches) {
    if (breach.fund != 0) continue;
    std::size_t at = pages.find(breach.message);
    ASSERT_NE(at, std::string::npos) << breach.message;
    EXPECT_EQ(pages.find(breach.message, at + 1), std::string::npos) << breach.message;
  }
}

// A fund over its one-year envelope.
TEST(FrameworkPagesGolden, FundOverItsEnvelope) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "funds/innovation-fund/index.html"),
                      test::golden_path("render", "fund-pages.innovation-fund.html"));
}

// Each fund's limits and use of its envelope, on the index too.
TEST(FrameworkPagesGolden, FundsIndex) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "funds/index.html"),
                      test::golden_path("render", "fund-pages.funds.html"));
}

TEST(FrameworkPagesGolden, PriorityPage) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "priorities/tackle-crime/index.html"),
                      test::golden_path("render", "fund-pages.tackle-crime.html"));
}

TEST(FrameworkPagesGolden, PrioritiesIndex) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "priorities/index.html"),
                      test::golden_path("render", "fund-pages.priorities.html"));
}

// A line the publisher publishes with a warning shows the rule it breaks.
TEST(FrameworkPagesGolden, AwardPageFlagsItsBreach) {
  Project project = load_fixture("fund-pages", 3);
  test::expect_golden(render_page(project, "awards/f-3/index.html"),
                      test::golden_path("render", "fund-pages.f-3.html"));
}

// The plan's tree: aims, priorities and focus areas, each with its total; a
// line counts once, under its primary priority and the focus area it names.
TEST(FrameworkPagesGolden, PriorityTree) {
  Project project = load_fixture("plan-tree");
  test::expect_golden(render_page(project, "priorities/index.html"),
                      test::golden_path("render", "plan-tree.priorities.html"));
}

// An award's page with the funding model's fields: a contract's procurement
// route and approver, its term, reporting, and the date its records are kept to.
TEST(FrameworkPagesGolden, ContractAwardPage) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::fixture("check", "rules/clean-contract"), &project, diagnostics),
            LoadStatus::ok);
  test::expect_golden(render_page(project, "awards/c1/index.html"),
                      test::golden_path("render", "clean-contract.award.html"));
}

}  // namespace
}  // namespace fundpress
