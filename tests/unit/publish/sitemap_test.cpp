#include "publish/sitemap.h"

#include <gtest/gtest.h>

#include "load/file.h"

namespace fundpress {
namespace {

TEST(Sitemap, ListsEveryPageByItsFolderUnderTheBaseUrl) {
  std::vector<ManifestEntry> files = {
      {"404.html", 1, 0},           {"about/index.html", 1, 0},
      {"assets/site.css", 1, 0},    {"index.html", 1, 0},
      {"register/awards.js", 1, 0}, {"register/page/2/index.html", 1, 0},
      {"reports/2017-18/commissioning-budget.html", 1, 0},
      {"reports/2017-18/commissioning-budget.xlsx", 1, 0},
  };
  std::string golden;
  std::string error;
  ASSERT_TRUE(read_file(FUNDPRESS_SOURCE_DIR "/tests/unit/publish/sitemap_test.golden.xml", &golden, &error)) << error;
  EXPECT_EQ(sitemap_xml(files, "https://example.org/funding/?a&b/"), golden);
}

}  // namespace
}  // namespace fundpress
