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

}  // namespace
}  // namespace fundpress
