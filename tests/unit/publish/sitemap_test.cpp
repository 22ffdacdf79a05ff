#include "publish/sitemap.h"

#include <gtest/gtest.h>

#include "golden.h"

namespace fundpress {
namespace {

TEST(Sitemap, ListsEveryPageByItsFolderUnderTheBaseUrl) {
  std::vector<ManifestEntry> files = {
      {"404.html", 1, 0},
      {"about/index.html", 1, 0},
      {"assets/site.css", 1, 0},
      {"index.html", 1, 0},
      {"register/awards.js", 1, 0},
      {"register/page/2/index.html", 1, 0},
      {"reports/2017-18/commissioning-budget.html", 1, 0},
      {"reports/2017-18/commissioning-budget.xlsx", 1, 0},
  };
  test::expect_golden(sitemap_xml(files, "https://example.org/funding/?a&b/"),
                      test::golden_path("publish", "sitemap.xml"));
}

// A site in English and Welsh: each page names both versions, itself
// included; a page with no Welsh version names only itself; the Welsh 404
// is left out like the English one.
TEST(Sitemap, ListsEachPagesVersionsInEveryLanguage) {
  std::vector<ManifestEntry> files = {
      {"404.html", 1, 0},           {"cy/404.html", 1, 0},
      {"cy/index.html", 1, 0},      {"cy/register/index.html", 1, 0},
      {"index.html", 1, 0},         {"register/index.html", 1, 0},
      {"downloads/awards.csv", 1, 0}, {"reports/2017-18/commissioning-budget.html", 1, 0},
  };
  test::expect_golden(
      sitemap_xml(files, "https://example.org/funding/", {{"en-GB", ""}, {"cy", "cy/"}}),
      test::golden_path("publish", "sitemap-languages.xml"));
}

}  // namespace
}  // namespace fundpress
