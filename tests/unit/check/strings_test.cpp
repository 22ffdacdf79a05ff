// The interface strings: one file per language with the same keys, every word
// of the templates' interface text taken from them, and a publisher's own
// strings checked as they are loaded.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "check/strings.h"
#include "load/theme.h"
#include "model/fields.h"

namespace fundpress {
namespace {

std::map<std::string, std::string> built_in(const std::string& code) {
  std::map<std::string, std::string> strings;
  nlohmann::json file = nlohmann::json::parse(theme_files({}).at(strings_path(code)));
  for (const auto& [key, text] : file.items()) strings[key] = text.get<std::string>();
  return strings;
}

std::string messages(const Diagnostics& diagnostics) {
  std::string all;
  for (const Diagnostic& d : diagnostics.all()) all += format_diagnostic(d) + "\n";
  return all;
}

bool is_page_template(const std::string& path) {
  auto ends = [&](const std::string& end) {
    return path.size() > end.size() && path.compare(path.size() - end.size(), end.size(), end) == 0;
  };
  return ends(".html.mustache") || ends(".md.mustache");
}

std::string without(const std::string& text, const char* pattern) {
  return std::regex_replace(text, std::regex(pattern), " ");
}

// What a reader sees or hears of a template once its tags, markup and code
// are gone: its text, and the attributes read out or shown.
std::string visible_text(std::string text) {
  text = without(text, R"(\{\{![^}]*\}\})");       // a template comment
  text = without(text, R"(\{\{\{?[^}]*\}?\}\})");  // {{name}}, {{{t.key}}}, {{#section}}
  std::string attributes;
  std::regex attribute(R"re((aria-label|title|alt|placeholder|data-label)="([^"]*)")re");
  for (std::sregex_iterator it(text.begin(), text.end(), attribute), end; it != end; ++it)
    attributes += " " + (*it)[2].str();
  text = without(text, R"(<code>[^<]*</code>)");  // an identifier, as the files spell it
  text = without(text, R"(<[^>]*>)");
  text = without(text, R"(&[a-z]+;)");                          // an entity (&ctdot;)
  text = without(text + attributes, R"([\w.-]+\.(csv|json))");  // a file's name
  return text;
}

// True when the code names `key`'s family: a literal of its start up to an
// underscore ("month_" for "month_4"), to which the code adds the rest.
bool named_as_family(const std::string& sources, const std::string& key) {
  for (std::size_t cut = key.find('_'); cut != std::string::npos; cut = key.find('_', cut + 1))
    if (sources.find('"' + key.substr(0, cut + 1) + '"') != std::string::npos) return true;
  return false;
}

TEST(Strings, EveryBuiltInLanguageHasExactlyTheKeysOfTheEnglish) {
  std::map<std::string, std::string> english = built_in("en");
  std::map<std::string, std::string> welsh = built_in("cy");
  std::set<std::string> missing, extra;
  for (const auto& entry : english)
    if (!welsh.count(entry.first)) missing.insert(entry.first);
  for (const auto& entry : welsh)
    if (!english.count(entry.first)) extra.insert(entry.first);
  for (const std::string& key : missing) ADD_FAILURE() << "cy.json lacks " << key;
  for (const std::string& key : extra) ADD_FAILURE() << "cy.json has " << key << ", en.json not";
  for (const auto& [key, text] : welsh) EXPECT_FALSE(text.empty()) << key;
  EXPECT_EQ(welsh.at("language_name"), "Cymraeg");
  EXPECT_EQ(english.at("language_name"), "English");
}

// Every word a page shows that is not data comes from the strings: the
// templates hold only tags, markup, punctuation and these few names, which
// stay as they are in every language.
TEST(Strings, NoTemplateHoldsInterfaceWordsOfItsOwn) {
  const std::set<std::string> names = {
      "Markdown", "XLSX",  // file formats, beside links to the files
      "Register",          // the annual workbook's sheet, whose name workbooks keep
  };
  std::regex word(R"([A-Za-z]+)");
  std::size_t read = 0;
  for (const auto& [path, bytes] : theme_files({})) {
    if (!is_page_template(path)) continue;
    ++read;
    std::string text = visible_text(bytes);
    for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it)
      if (!names.count(it->str()))
        ADD_FAILURE() << path << " says \"" << it->str() << "\" itself: give it a key in "
                      << strings_path("en");
  }
  EXPECT_EQ(read, 26u) << "every page, partial and document template is read";
}

// The scan finds words: it is not blind to a template that has some.
TEST(Strings, TheScanSeesALiteralWord) {
  EXPECT_EQ(visible_text("<h2 id=\"x\">{{{t.total}}}</h2> {{#a}}, {{b}}.{{/a}}")
                .find_first_of("abcdefghijklmnopqrstuvwxyz"),
            std::string::npos);
  EXPECT_NE(visible_text("<h2>{{{t.total}}} Total</h2>").find("Total"), std::string::npos);
  EXPECT_NE(visible_text("<a>Next page</a>").find("Next page"), std::string::npos);
  EXPECT_NE(visible_text("<nav aria-label=\"Site\">").find("Site"), std::string::npos);
}

// No string is dead: a template reads each ({{{t.key}}}, or {{t.key}} in an
// attribute), or the code names it: whole ("nav_home"), or as a family it
// completes with a name of its own ("count_" + noun + "_one", "month_" + n).
TEST(Strings, EveryStringIsReadByATemplateOrAView) {
  std::string templates, sources;
  for (const auto& [path, bytes] : theme_files({}))
    if (is_page_template(path)) templates += bytes;
  namespace fs = std::filesystem;
  for (const fs::directory_entry& file :
       fs::recursive_directory_iterator(std::string(FUNDPRESS_SOURCE_DIR) + "/src")) {
    if (file.path().extension() != ".cpp") continue;
    std::ifstream in(file.path(), std::ios::binary);
    sources += std::string(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_NE(sources.find("text_of(project, \"nav_home\")"), std::string::npos);
  for (const auto& entry : built_in("en"))
    EXPECT_TRUE(templates.find("{{{t." + entry.first + "}}}") != std::string::npos ||
                templates.find("{{t." + entry.first + "}}") != std::string::npos ||
                sources.find('"' + entry.first + '"') != std::string::npos ||
                named_as_family(sources, entry.first))
        << entry.first << " is read by no template and no view";
}

// The family scan is no blanket: a key whose family no code names is dead.
TEST(Strings, AKeyOfNoFamilyIsNotRead) {
  std::string sources = "text_of(project, std::string(\"month_\") + n); say(p, \"count_\" + noun)";
  EXPECT_TRUE(named_as_family(sources, "month_4"));
  EXPECT_TRUE(named_as_family(sources, "count_budget_line_one"));
  EXPECT_FALSE(named_as_family(sources, "unread_text"));
  EXPECT_FALSE(named_as_family(sources, "month"));
}

// A field's English heading is its default label (model/fields.cpp): one
// wording, whichever the page reads.
TEST(Strings, EnglishFieldHeadingsAreTheDefaultLabels) {
  std::map<std::string, std::string> english = built_in("en");
  for (int i = 0; i < field_count; ++i) {
    const FieldInfo& info = field_info(static_cast<Field>(i));
    EXPECT_EQ(english["field_" + std::string(info.name)], info.default_label) << info.name;
  }
}

// The data dictionary's meanings are the fields' own (model/fields.cpp), and
// the default wording the check stage gives is en.json's.
TEST(Strings, EnglishMeaningsAndDefaultWordingAreTheModels) {
  std::map<std::string, std::string> english = built_in("en");
  for (int i = 0; i < field_count; ++i) {
    const FieldInfo& info = field_info(static_cast<Field>(i));
    EXPECT_EQ(english["meaning_" + std::string(info.name)], info.meaning) << info.name;
  }
  EXPECT_EQ(english["default_report_title"], default_report_title());
  EXPECT_EQ(english["default_grand_total"], default_grand_total());
  EXPECT_EQ(fill(english["default_subtotal"], {{"name", "Victims"}}), default_subtotal("Victims"));
}

// Placeholders are filled by name, in the order each language puts them.
TEST(Strings, FillPutsEachValueAtItsName) {
  EXPECT_EQ(fill("{count} o {name}", {{"name", "X"}, {"count", "3"}}), "3 o X");
  EXPECT_EQ(fill("{a}{a} {b}", {{"a", "1"}}), "11 {b}");  // an unknown name stays
  EXPECT_EQ(fill("no braces", {{"a", "1"}}), "no braces");
  EXPECT_EQ(fill("{open", {{"open", "x"}}), "{open");
  EXPECT_EQ(fill("{a}", {{"a", "{a}"}}), "{a}");  // a value is not filled again
}

Project with_languages(std::initializer_list<const char*> codes) {
  Project project;
  for (const char* code : codes) project.languages.push_back(Language{code, {}});
  return project;
}

TEST(Strings, EachLanguageGetsItsBuiltInText) {
  Project project = with_languages({"en", "cy"});
  Diagnostics diagnostics;
  ASSERT_TRUE(load_strings("p", &project, diagnostics)) << messages(diagnostics);
  EXPECT_EQ(project.languages[0].strings.at("search"), "Search");
  EXPECT_EQ(project.languages[1].strings.at("search"), "Chwilio");
  EXPECT_EQ(project.languages[1].strings.at("total"), "Cyfanswm");
  EXPECT_EQ(project.languages[1].strings.size(), project.languages[0].strings.size());
}

TEST(Strings, APublishersFileReplacesTheKeysItGives) {
  Project project = with_languages({"en", "cy"});
  project.template_overrides["strings/cy.json"] = R"({"search": "Chwilio’r wefan"})";
  Diagnostics diagnostics;
  ASSERT_TRUE(load_strings("p", &project, diagnostics)) << messages(diagnostics);
  EXPECT_EQ(project.languages[1].strings.at("search"), "Chwilio’r wefan");
  EXPECT_EQ(project.languages[1].strings.at("total"), "Cyfanswm");
  EXPECT_EQ(project.languages[0].strings.at("search"), "Search");
}

TEST(Strings, AnUnknownKeyIsAnErrorAtItsPlace) {
  Project project = with_languages({"en"});
  project.template_overrides["strings/en.json"] = "{\n  \"serach\": \"Find\"\n}";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_strings("p", &project, diagnostics));
  EXPECT_NE(messages(diagnostics)
                .find("p/templates/strings/en.json:2:3: error: no interface "
                      "text is called \"serach\""),
            std::string::npos)
      << messages(diagnostics);
}

TEST(Strings, MarkupInAStringIsAnError) {
  Project project = with_languages({"en"});
  project.template_overrides["strings/en.json"] = R"({"search": "<b>Search</b>"})";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_strings("p", &project, diagnostics));
  EXPECT_NE(messages(diagnostics).find("\"search\" must be plain text"), std::string::npos)
      << messages(diagnostics);
}

// A language fundpress has no text for needs a whole file from the publisher.
TEST(Strings, ALanguageWithoutBuiltInTextNeedsEveryKey) {
  Project project = with_languages({"en", "ga"});
  project.template_overrides["strings/ga.json"] = R"({"search": "Cuardaigh"})";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_strings("p", &project, diagnostics));
  std::string all = messages(diagnostics);
  EXPECT_NE(all.find("the language \"ga\" has no text for " +
                     std::to_string(built_in("en").size() - 1) + " interface strings"),
            std::string::npos)
      << all;
  EXPECT_EQ(diagnostics.all().size(), 1u) << all;
}

}  // namespace
}  // namespace fundpress
