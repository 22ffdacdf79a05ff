// fundpress.json's "site" settings for the website: base_url and page_size.
#include <gtest/gtest.h>

#include "check/config.h"

namespace fundpress {
namespace {

struct Checked {
  Project project;
  Diagnostics diagnostics;
};

Checked check(const std::string& json) {
  Checked out;
  JsonDocument document;
  EXPECT_TRUE(read_json(json, "fundpress.json", &document, out.diagnostics));
  InputRules rules;
  check_config(document, &out.project, &rules, out.diagnostics);
  return out;
}

std::string messages(const Diagnostics& diagnostics) {
  std::string all;
  for (const Diagnostic& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
  return all;
}

TEST(ConfigSite, BaseUrlGetsItsTrailingSlash) {
  Checked c = check(
      R"j({"publisher": {"name": "P"}, "site": {"base_url": "https://example.org/funding"}})j");
  EXPECT_EQ(c.project.site.base_url, "https://example.org/funding/");
  EXPECT_EQ(c.diagnostics.all().size(), 0u) << messages(c.diagnostics);
}

TEST(ConfigSite, BaseUrlMustBeAnAbsoluteWebAddressWithoutQuery) {
  for (const char* bad : {"javascript:alert(1)", "/funding/", "https:///x", "ftp://example.org/",
                          "https://example.org/?a=b", "https://example.org/\\\"x"}) {
    Checked c = check(std::string(R"j({"publisher": {"name": "P"},
  "site": {"base_url": ")j") +
                      bad + "\"}}");
    EXPECT_TRUE(c.diagnostics.has_errors()) << bad;
    EXPECT_EQ(c.project.site.base_url, "") << bad;
    // The error points at the value: line 2 of the file.
    EXPECT_NE(messages(c.diagnostics).find("fundpress.json:2:"), std::string::npos)
        << messages(c.diagnostics);
  }
}

// A site without an address is a valid choice (the build says what it costs).
TEST(ConfigSite, NoBaseUrlIsNotAProblemOfTheData) {
  Checked c = check(R"j({"publisher": {"name": "P"}})j");
  EXPECT_TRUE(c.diagnostics.all().empty());
  EXPECT_EQ(c.project.site.base_url, "");
}

TEST(ConfigSite, LicenceAddressMustBeAWebAddress) {
  Checked c = check(R"j({"publisher": {"name": "P"}, "site": {"base_url": "https://e.org/"},
                       "licence": {"name": "L", "url": "javascript:alert(1)"}})j");
  EXPECT_TRUE(c.diagnostics.has_errors());
}

}  // namespace
}  // namespace fundpress
