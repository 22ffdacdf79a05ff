// fundpress.json's "site" settings for the website: base_url, page_size,
// listing_page_size and search_shard_entries.
#include <gtest/gtest.h>

#include "check/config.h"
#include "checked_config.h"

namespace fundpress {
namespace {

using test::check_config_text;

TEST(ConfigSite, BaseUrlGetsItsTrailingSlash) {
  test::CheckedConfig c = check_config_text(
      R"j({"publisher": {"name": "P"}, "site": {"base_url": "https://example.org/funding"}})j");
  EXPECT_EQ(c.project.site.base_url, "https://example.org/funding/");
  EXPECT_EQ(c.diagnostics.all().size(), 0u) << c.messages();
}

TEST(ConfigSite, BaseUrlMustBeAnAbsoluteWebAddressWithoutQuery) {
  for (const char* bad : {"javascript:alert(1)", "/funding/", "https:///x", "ftp://example.org/",
                          "https://example.org/?a=b", "https://example.org/\\\"x"}) {
    test::CheckedConfig c = check_config_text(std::string(R"j({"publisher": {"name": "P"},
  "site": {"base_url": ")j") +
                      bad + "\"}}");
    EXPECT_TRUE(c.diagnostics.has_errors()) << bad;
    EXPECT_EQ(c.project.site.base_url, "") << bad;
    // The error points at the value: line 2 of the file.
    EXPECT_NE(c.messages().find("fundpress.json:2:"), std::string::npos)
        << c.messages();
  }
}

// A site without an address is a valid choice (the build says what it costs).
TEST(ConfigSite, NoBaseUrlIsNotAProblemOfTheData) {
  test::CheckedConfig c = check_config_text(R"j({"publisher": {"name": "P"}})j");
  EXPECT_TRUE(c.diagnostics.all().empty());
  EXPECT_EQ(c.project.site.base_url, "");
}

TEST(ConfigSite, LicenceAddressMustBeAWebAddress) {
  test::CheckedConfig c = check_config_text(R"j({"publisher": {"name": "P"}, "site": {"base_url": "https://e.org/"},
                       "licence": {"name": "L", "url": "javascript:alert(1)"}})j");
  EXPECT_TRUE(c.diagnostics.has_errors());
}

TEST(ConfigSite, ListingPageSizeIsFiveHundredUnlessSet) {
  EXPECT_EQ(check_config_text(R"j({"publisher": {"name": "P"}})j").project.site.listing_page_size,
            500);
  test::CheckedConfig c =
      check_config_text(R"j({"publisher": {"name": "P"}, "site": {"listing_page_size": 2000}})j");
  EXPECT_EQ(c.project.site.listing_page_size, 2000);
  EXPECT_TRUE(c.diagnostics.all().empty()) << c.messages();
}

// Fewer than 50 lines a page would make thousands of pages of a large
// register; more than 100,000 would be a page of tens of megabytes.
TEST(ConfigSite, ListingPageSizeOutOfRangeIsAnErrorAtItsValue) {
  for (const char* bad : {"49", "0", "-5", "100001", "\"500\"", "50.5"}) {
    test::CheckedConfig c = check_config_text(std::string(R"j({"publisher": {"name": "P"},
  "site": {"listing_page_size": )j") + bad + "}}");
    EXPECT_EQ(c.project.site.listing_page_size, 500) << bad;
    EXPECT_NE(c.messages().find("fundpress.json:2:33: error: \"listing_page_size\" must be a "
                                "whole number from 50 to 100000"),
              std::string::npos)
        << bad << "\n"
        << c.messages();
  }
  for (const char* good : {"50", "100000"}) {
    test::CheckedConfig c = check_config_text(std::string(R"j({"publisher": {"name": "P"},
  "site": {"listing_page_size": )j") + good + "}}");
    EXPECT_FALSE(c.diagnostics.has_errors()) << good << "\n" << c.messages();
    EXPECT_EQ(c.project.site.listing_page_size, std::stoi(good));
  }
}

// A file of the search index holds 2,000 entries unless set, within 10 to 100,000.
TEST(ConfigSite, SearchShardEntriesIsTwoThousandUnlessSetWithinItsRange) {
  EXPECT_EQ(check_config_text(R"j({"publisher": {"name": "P"}})j").project.site.search_shard_entries,
            2000);
  test::CheckedConfig c =
      check_config_text(R"j({"publisher": {"name": "P"}, "site": {"search_shard_entries": 10}})j");
  EXPECT_EQ(c.project.site.search_shard_entries, 10);
  EXPECT_TRUE(c.diagnostics.all().empty()) << c.messages();
  for (const char* bad : {"9", "100001", "\"2000\""}) {
    test::CheckedConfig wrong = check_config_text(std::string(R"j({"publisher": {"name": "P"},
  "site": {"search_shard_entries": )j") + bad + "}}");
    EXPECT_EQ(wrong.project.site.search_shard_entries, 2000) << bad;
    EXPECT_NE(wrong.messages().find("fundpress.json:2:36: error: \"search_shard_entries\" must be "
                                    "a whole number from 10 to 100000"),
              std::string::npos)
        << bad << "\n"
        << wrong.messages();
  }
}

}  // namespace
}  // namespace fundpress
