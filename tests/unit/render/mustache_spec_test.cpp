// The template engine against the official Mustache specification
// (../shared/conformance/mustache-spec), required modules only. Templates go
// through fundpress's own Templates class, so this also proves the partial
// lookup, the indentation cache and the escaping chosen by file name.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "golden.h"
#include "paths.h"
#include "render/templates.h"

namespace fundpress {
namespace {

struct SpecCase {
  std::string file;
  nlohmann::json test;
};

std::vector<SpecCase> spec_cases() {
  std::vector<SpecCase> cases;
  for (const char* file :
       {"comments", "delimiters", "interpolation", "inverted", "partials", "sections"}) {
    nlohmann::json spec = nlohmann::json::parse(
        test::slurp(test::shared_dir() + "/conformance/mustache-spec/" + file + ".json"));
    for (const auto& t : spec["tests"]) cases.push_back(SpecCase{file, t});
  }
  return cases;
}

// The spec's data may hold numbers; fundpress passes everything but booleans
// as text, which is how the spec expects numbers to print (1.5 -> "1.5").
nlohmann::json numbers_as_text(const nlohmann::json& value) {
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& item : value.items()) out[item.key()] = numbers_as_text(item.value());
    return out;
  }
  if (value.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : value) out.push_back(numbers_as_text(item));
    return out;
  }
  return value;
}

TEST(MustacheSpec, RequiredModules) {
  int passed = 0;
  for (const SpecCase& c : spec_cases()) {
    std::string name = c.file + ": " + c.test["name"].get<std::string>();
    std::map<std::string, std::string> files = {
        {"spec/template.html.mustache", c.test["template"].get<std::string>()}};
    if (c.test.contains("partials"))
      for (const auto& p : c.test["partials"].items())
        files["spec/partials/" + p.key() + ".html.mustache"] = p.value().get<std::string>();
    Templates templates(files);
    std::string rendered;
    bool threw = false;
    try {
      rendered = templates.render("spec/template.html.mustache", numbers_as_text(c.test["data"]));
    } catch (const std::exception&) {
      threw = true;
    }
    bool ok = !threw && rendered == c.test["expected"].get<std::string>();
    EXPECT_TRUE(ok) << name << "\n  template: " << c.test["template"].dump()
                    << "\n  expected: " << c.test["expected"].dump()
                    << "\n  rendered: " << nlohmann::json(rendered).dump();
    passed += ok;
  }
  EXPECT_EQ(passed, 136) << "every test of the six required modules";
}

// The interface text every page shares is read beside the page's context
// rather than copied into it: a name the context lacks is found there, one it
// has shadows it, and the spec's rules hold inside sections either way.
TEST(MustacheGlobals, ANameTheContextLacksIsReadFromTheGlobals) {
  Templates templates(std::map<std::string, std::string>{
      {"g/page.html.mustache",
       "{{t.title}}|{{#rows}}{{name}}: {{t.unit}}; {{/rows}}|{{^t.none}}-{{/t.none}}"}});
  nlohmann::json globals = {{"t", {{"title", "Register"}, {"unit", "£"}}}};
  nlohmann::json context = {{"rows", {{{"name", "A"}}, {{"name", "B"}}}}};
  EXPECT_EQ(templates.render("g/page.html.mustache", context, "", &globals),
            "Register|A: £; B: £; |-");
  context["t"] = {{"title", "Own"}};
  EXPECT_EQ(templates.render("g/page.html.mustache", context, "", &globals), "Own|A: ; B: ; |-");
  EXPECT_EQ(templates.render("g/page.html.mustache", {{"rows", nlohmann::json::array()}}), "||-");
}

}  // namespace
}  // namespace fundpress
