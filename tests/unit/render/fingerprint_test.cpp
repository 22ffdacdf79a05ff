#include "render/fingerprint.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

std::string of(const nlohmann::json& value) {
  Fingerprint fingerprint;
  fingerprint.add_json(value);
  return fingerprint.hex();
}

TEST(Fingerprint, TheSameValueGivesTheSameFingerprint) {
  nlohmann::json page = {{"title", "Victims"}, {"lines", {1, 2, 3}}, {"total", "£12.00"}};
  EXPECT_EQ(of(page), of(nlohmann::json::parse(page.dump())));
  EXPECT_EQ(of(page).size(), 32u);
  EXPECT_EQ(of(page).find_first_not_of("0123456789abcdef"), std::string::npos);
}

// Each piece is framed by its kind and length: values that would write the
// same characters, or split them differently, are told apart.
TEST(Fingerprint, ValuesThatLookAlikeDiffer) {
  std::vector<nlohmann::json> values = {
      nlohmann::json::parse(R"({"a": "bc"})"), nlohmann::json::parse(R"({"ab": "c"})"),
      nlohmann::json::parse(R"(["a", "bc"])"), nlohmann::json::parse(R"(["ab", "c"])"),
      nlohmann::json::parse(R"([[1], 2])"),    nlohmann::json::parse(R"([[1, 2]])"),
      nlohmann::json::parse(R"("1")"),         nlohmann::json::parse(R"(1)"),
      nlohmann::json::parse(R"(1.0)"),         nlohmann::json::parse(R"(-1)"),
      nlohmann::json::parse(R"(true)"),        nlohmann::json::parse(R"(false)"),
      nlohmann::json::parse(R"(null)"),        nlohmann::json::parse(R"("")"),
      nlohmann::json::parse(R"([])"),          nlohmann::json::parse(R"({})"),
      nlohmann::json::parse(R"([null])"),      nlohmann::json::parse(R"({"": null})"),
  };
  for (std::size_t i = 0; i < values.size(); ++i)
    for (std::size_t j = i + 1; j < values.size(); ++j)
      EXPECT_NE(of(values[i]), of(values[j])) << values[i].dump() << " and " << values[j].dump();
}

TEST(Fingerprint, PiecesAddedOneByOneAreFramed) {
  Fingerprint one, two;
  one.add("ab");
  one.add("c");
  two.add("a");
  two.add("bc");
  EXPECT_NE(one.hex(), two.hex());
}

// A large value is hashed in batches; the result must not depend on where they fall.
TEST(Fingerprint, ALargeValueIsHashedWhole) {
  nlohmann::json lines = nlohmann::json::array();
  for (int i = 0; i < 5000; ++i) lines.push_back({{"service", "Line " + std::to_string(i)}});
  std::string before = of(lines);
  lines[4321]["service"] = "Line 4321 renamed";
  EXPECT_NE(of(lines), before);
  lines[4321]["service"] = "Line 4321";
  EXPECT_EQ(of(lines), before);
}

TEST(Fingerprint, TheBuildsFingerprintCoversTheThemeTheTextTheDateAndTheMarking) {
  std::map<std::string, std::string> theme = {{"site/layout.html.mustache", "<main>{{> content}}</main>"}};
  std::vector<nlohmann::json> strings = {{{"t", {{"home", "Home"}}}}};
  std::string base = build_fingerprint(theme, strings, 1491004800, "");
  ASSERT_EQ(base.size(), 32u) << "the program itself is readable";
  EXPECT_EQ(build_fingerprint(theme, strings, 1491004800, ""), base);
  auto other_theme = theme;
  other_theme["site/layout.html.mustache"] += " ";
  EXPECT_NE(build_fingerprint(other_theme, strings, 1491004800, ""), base);
  auto added = theme;
  added["assets/site.css"] = "";
  EXPECT_NE(build_fingerprint(added, strings, 1491004800, ""), base);
  std::vector<nlohmann::json> other_strings = {{{"t", {{"home", "Hafan"}}}}};
  EXPECT_NE(build_fingerprint(theme, other_strings, 1491004800, ""), base);
  EXPECT_NE(build_fingerprint(theme, strings, 1491004801, ""), base);
  EXPECT_NE(build_fingerprint(theme, strings, 1491004800, "Internal"), base);
}

}  // namespace
}  // namespace fundpress
