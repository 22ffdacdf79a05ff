// fundpress.json's "languages": the codes the site's pages are published in.
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

std::vector<std::string> codes(const Project& project) {
  std::vector<std::string> all;
  for (const Language& language : project.languages) all.push_back(language.code);
  return all;
}

TEST(ConfigLanguages, EnglishAloneByDefault) {
  Checked c = check(R"j({"publisher": {"name": "P"}})j");
  EXPECT_EQ(codes(c.project), std::vector<std::string>{"en"});
  EXPECT_TRUE(c.diagnostics.all().empty()) << messages(c.diagnostics);
}

TEST(ConfigLanguages, TheFirstIsTheDefault) {
  Checked c = check(R"j({"publisher": {"name": "P"}, "languages": ["cy", "en"]})j");
  EXPECT_EQ(codes(c.project), (std::vector<std::string>{"cy", "en"}));
  EXPECT_TRUE(c.diagnostics.all().empty()) << messages(c.diagnostics);
}

TEST(ConfigLanguages, ACodeIsTwoOrThreeLowerCaseLettersListedOnce) {
  for (const char* bad : {R"(["en", "CY"])", R"(["en", "cy/.."])", R"(["en", "e"])",
                          R"(["en", "cy", "cy"])", "[]"}) {
    Checked c = check(std::string("{\"publisher\": {\"name\": \"P\"},\n\"languages\": ") + bad +
                      "}");
    EXPECT_TRUE(c.diagnostics.has_errors()) << bad;
    EXPECT_NE(messages(c.diagnostics).find("fundpress.json:2:"), std::string::npos)
        << bad << ": " << messages(c.diagnostics);
  }
}

}  // namespace
}  // namespace fundpress
