// fundpress.json's "languages": the codes the site's pages are published in.
#include <gtest/gtest.h>

#include "check/config.h"
#include "checked_config.h"

namespace fundpress {
namespace {

using test::check_config_text;

std::vector<std::string> codes(const Project& project) {
  std::vector<std::string> all;
  for (const Language& language : project.languages) all.push_back(language.code);
  return all;
}

TEST(ConfigLanguages, EnglishAloneByDefault) {
  test::CheckedConfig c = check_config_text(R"j({"publisher": {"name": "P"}})j");
  EXPECT_EQ(codes(c.project), std::vector<std::string>{"en"});
  EXPECT_TRUE(c.diagnostics.all().empty()) << c.messages();
}

TEST(ConfigLanguages, TheFirstIsTheDefault) {
  test::CheckedConfig c = check_config_text(R"j({"publisher": {"name": "P"}, "languages": ["cy", "en"]})j");
  EXPECT_EQ(codes(c.project), (std::vector<std::string>{"cy", "en"}));
  EXPECT_TRUE(c.diagnostics.all().empty()) << c.messages();
}

TEST(ConfigLanguages, ACodeIsTwoOrThreeLowerCaseLettersListedOnce) {
  for (const char* bad : {R"(["en", "CY"])", R"(["en", "cy/.."])", R"(["en", "e"])",
                          R"(["en", "cy", "cy"])", "[]"}) {
    test::CheckedConfig c = check_config_text(std::string("{\"publisher\": {\"name\": \"P\"},\n\"languages\": ") + bad +
                      "}");
    EXPECT_TRUE(c.diagnostics.has_errors()) << bad;
    EXPECT_NE(c.messages().find("fundpress.json:2:"), std::string::npos)
        << bad << ": " << c.messages();
  }
}

}  // namespace
}  // namespace fundpress
