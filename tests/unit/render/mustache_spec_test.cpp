// The template engine against the official Mustache specification
// (../shared/conformance/mustache-spec), required modules only. Templates go
// through fundpress's own Templates class, so this also proves the partial
// lookup, the indentation cache and the escaping chosen by file name.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "golden.h"
#include "paths.h"
#include "render/templates.h"
#include "view/lazy_list.h"

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

// Names are searched among keys with a comparison of the renderer's own: it
// must order them exactly as the object's map does, or a search misses a key
// that is there. Keys sharing first bytes, differing only in length, empty,
// and with bytes above 0x7F (UTF-8) on either side of ASCII; keys of eight
// bytes and more that share their first eight.
TEST(MustacheLookup, FindsEveryKeyOfAnObject) {
  std::vector<std::string> keys = {"",
                                   "a",
                                   "ab",
                                   "abc",
                                   "abd",
                                   "b",
                                   "B",
                                   "_x",
                                   "x_",
                                   "\x7f",
                                   "z",
                                   "zz",
                                   "1",
                                   "10",
                                   "2",
                                   "\xc3\xa9",
                                   "\xc3\xa9t\xc3\xa9",
                                   "\xe2\x82\xac",
                                   "~",
                                   "abcdefg",
                                   "abcdefgh",
                                   "abcdefgg",
                                   "abcdefghi",
                                   "abcdefghij2",
                                   "abcdefghij10",
                                   "abcdefgh\xc3\xa9",
                                   "table_scroll_hint",
                                   "table_scroll"};
  nlohmann::json context = nlohmann::json::object();
  for (std::size_t i = 0; i < keys.size(); ++i) context[keys[i]] = std::to_string(i);
  std::string source;
  std::string expected;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].empty()) continue;  // no tag can name the empty key
    source += "{{" + keys[i] + "}},";
    expected += std::to_string(i) + ",";
  }
  source += "{{missing}}{{a.b}}{{abe}}{{abcdefghij}}{{abcdefgf}}{{table}}";
  Templates templates(std::map<std::string, std::string>{{"k/page.html.mustache", source}});
  EXPECT_EQ(templates.render("k/page.html.mustache", context), expected);
}

// Numbered items, each written over the one before, as a table's rows are.
class Numbers : public LazyList {
 public:
  explicit Numbers(std::size_t count) : count_(count) {}
  std::size_t size() const override { return count_; }
  void fill(std::size_t i, nlohmann::json* item) const override {
    if (!item->is_object()) *item = {{"n", ""}, {"first", false}};
    (*item)["n"].get_ref<std::string&>() = std::to_string(i + 1);
    (*item)["first"] = i == 0;
  }

 private:
  std::size_t count_;
};

// A list behind a handle reads as the list would: walked item by item with
// the enclosing names still found, false when empty, and nothing printed
// for the handle itself; whole again once expanded, with the same output.
TEST(MustacheLists, AHandleRendersAsItsList) {
  Templates templates(std::map<std::string, std::string>{
      {"l/page.html.mustache",
       "{{#rows}}{{n}}{{#first}}*{{/first}}{{unit}} {{/rows}}|{{^rows}}none{{/rows}}|{{rows}}|"
       "{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}"}});
  LazyListScope scope;
  nlohmann::json context = {{"rows", lazy_list(std::make_unique<Numbers>(3))},
                            {"empty", lazy_list(std::make_unique<Numbers>(0))},
                            {"unit", "£"}};
  std::string html = templates.render("l/page.html.mustache", context);
  EXPECT_EQ(html, "1*£ 2£ 3£ |||none");
  expand_lazy_lists(&context);
  EXPECT_EQ(context["rows"].size(), 3u);
  EXPECT_EQ(context["rows"][2], nlohmann::json({{"n", "3"}, {"first", false}}));
  EXPECT_EQ(context["empty"], nlohmann::json::array());
  EXPECT_EQ(templates.render("l/page.html.mustache", context), html);
}

}  // namespace
}  // namespace fundpress
