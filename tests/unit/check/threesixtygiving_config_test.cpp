// fundpress.json's "threesixtygiving": prefix, funder id, and the patterns of
// organisation names that name no recipient.
#include <gtest/gtest.h>

#include <algorithm>

#include "check/config.h"

namespace fundpress {
namespace {

struct Checked {
  Project project;
  Diagnostics diagnostics;
  bool ok = false;
};

Checked check(const std::string& text) {
  Checked c;
  JsonDocument document;
  EXPECT_TRUE(read_json(text, "fundpress.json", &document, c.diagnostics));
  InputRules rules;
  c.ok = check_config(document, &c.project, &rules, c.diagnostics);
  return c;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(ThreeSixtyGivingConfig, DefaultPatternsAreGenericPlaceholders) {
  Checked c = check(R"({"publisher": {"name": "P"}})");
  ASSERT_TRUE(c.ok);
  EXPECT_TRUE(has(c.project.site.not_a_recipient, "*to be confirmed*"));
  EXPECT_TRUE(has(c.project.site.not_a_recipient, "various"));
  EXPECT_TRUE(c.project.site.threesixtygiving_funder_id.empty());
}

TEST(ThreeSixtyGivingConfig, ReadsPrefixFunderAndPatterns) {
  Checked c = check(R"({"publisher": {"name": "P"}, "threesixtygiving": {"prefix": "360G-p",
      "funder_id": "GB-GOR-PB123", "not_a_recipient": ["Pending*", "Unassigned"]}})");
  ASSERT_TRUE(c.ok);
  EXPECT_EQ(c.project.site.threesixtygiving_prefix, "360G-p");
  EXPECT_EQ(c.project.site.threesixtygiving_funder_id, "GB-GOR-PB123");
  EXPECT_EQ(c.project.site.not_a_recipient, (std::vector<std::string>{"Pending*", "Unassigned"}));
}

TEST(ThreeSixtyGivingConfig, RefusesAPatternThatMatchesEveryone) {
  Checked c =
      check(R"({"publisher": {"name": "P"}, "threesixtygiving": {"not_a_recipient": ["**"]}})");
  EXPECT_FALSE(c.ok);
  ASSERT_EQ(c.diagnostics.all().size(), 1u);
  EXPECT_NE(c.diagnostics.all()[0].message.find("would match every organisation"),
            std::string::npos);
  EXPECT_EQ(c.diagnostics.all()[0].where.line, 1);
}

TEST(ThreeSixtyGivingConfig, RefusesAPrefixThatIsNot360G) {
  Checked c = check(R"({"publisher": {"name": "P"}, "threesixtygiving": {"prefix": "leics"}})");
  EXPECT_FALSE(c.ok);
}

}  // namespace
}  // namespace fundpress
