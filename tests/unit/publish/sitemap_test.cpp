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
  std::vector<SitemapFile> sitemap = sitemap_files(files, "https://example.org/funding/?a&b/");
  ASSERT_EQ(sitemap.size(), 1u);
  EXPECT_EQ(sitemap[0].path, "sitemap.xml");
  test::expect_golden(sitemap[0].xml, test::golden_path("publish", "sitemap.xml"));
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
  std::vector<SitemapFile> sitemap =
      sitemap_files(files, "https://example.org/funding/", {{"en-GB", ""}, {"cy", "cy/"}});
  ASSERT_EQ(sitemap.size(), 1u);
  test::expect_golden(sitemap[0].xml, test::golden_path("publish", "sitemap-languages.xml"));
}

std::vector<ManifestEntry> pages(int count) {
  std::vector<ManifestEntry> files;
  for (int i = 1; i <= count; ++i) files.push_back({"awards/a" + std::to_string(i) + "/index.html", 1, 0});
  return files;
}

// Over the protocol's limit of addresses, sitemap.xml becomes an index of
// numbered sitemaps that hold the pages in order, none over the limit.
TEST(Sitemap, SplitsIntoAnIndexOfSitemapsAboveTheLimitOfAddresses) {
  SitemapLimits limits;
  limits.addresses = 2;
  std::vector<SitemapFile> sitemap =
      sitemap_files(pages(5), "https://example.org/funding/", {}, limits);
  ASSERT_EQ(sitemap.size(), 4u);
  std::string all;
  for (const SitemapFile& file : sitemap) all += "== " + file.path + "\n" + file.xml;
  test::expect_golden(all, test::golden_path("publish", "sitemap-index.xml"));
}

// The size limit splits too, counting the whole file with its closing tag;
// exactly at the limit still fits.
TEST(Sitemap, SplitsAboveTheLimitOfBytes) {
  std::vector<SitemapFile> whole = sitemap_files(pages(3), "https://example.org/");
  ASSERT_EQ(whole.size(), 1u);
  SitemapLimits limits;
  limits.bytes = whole[0].xml.size();
  EXPECT_EQ(sitemap_files(pages(3), "https://example.org/", {}, limits).size(), 1u);
  limits.bytes -= 1;
  std::vector<SitemapFile> split = sitemap_files(pages(3), "https://example.org/", {}, limits);
  ASSERT_EQ(split.size(), 3u);  // the index and two sitemaps
  for (std::size_t i = 1; i < split.size(); ++i) EXPECT_LE(split[i].xml.size(), limits.bytes);
  EXPECT_NE(split[2].xml.find("awards/a3/"), std::string::npos);
}

// A site with no page at all still gets one valid, empty sitemap.
TEST(Sitemap, AnEmptySiteHasOneEmptySitemap) {
  std::vector<SitemapFile> sitemap = sitemap_files({}, "https://example.org/");
  ASSERT_EQ(sitemap.size(), 1u);
  EXPECT_NE(sitemap[0].xml.find("</urlset>"), std::string::npos);
}

}  // namespace
}  // namespace fundpress
