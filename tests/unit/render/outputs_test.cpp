// The output registry: every output planned once, at a path its kind's rule
// describes, and the names a prose page may not take derived from the rules.
#include "render/outputs.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "check/check_project.h"
#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "memory_sink.h"
#include "publish/output_tree.h"
#include "view/page.h"

namespace fundpress {
namespace {

// A path rule as a regular expression: <dimension> is a listing's folder,
// any other <placeholder> part of one segment, " | " separates forms.
std::regex rule_pattern(const std::string& rule) {
  std::string dimensions;
  for (Dimension dimension : all_dimensions)
    dimensions += (dimensions.empty() ? "" : "|") + std::string(names_of(dimension).key);
  std::string pattern;
  for (std::size_t i = 0; i < rule.size();) {
    if (rule.compare(i, 3, " | ") == 0) {
      pattern += "|";
      i += 3;
    } else if (rule.compare(i, 11, "<dimension>") == 0) {
      pattern += "(" + dimensions + ")";
      i += 11;
    } else if (rule[i] == '<') {
      pattern += "[A-Za-z0-9._-]+";
      i = rule.find('>', i) + 1;
    } else {
      if (std::string(".()[]{}*+?^$|\\").find(rule[i]) != std::string::npos) pattern += '\\';
      pattern += rule[i++];
    }
  }
  return std::regex("^(" + pattern + ")$");
}

class Registry : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    project = load_fixture(GetParam());
    Diagnostics diagnostics;
    ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
    downloads = prepare_downloads(project, layout);
    plan = plan_outputs(PlanInputs{project, SitePaths(project), downloads});
  }
  Project project;
  WorkbookLayout layout;
  Downloads downloads;
  std::vector<Output> plan;
};

TEST_P(Registry, EveryOutputIsPlannedOnceAtASafePathItsRuleDescribes) {
  std::set<std::string> paths;
  for (const Output& output : plan) {
    const std::string& path = output.planned.path;
    EXPECT_TRUE(paths.insert(path).second) << path << " is planned twice";
    EXPECT_TRUE(is_safe_relative_path(path)) << path;
    EXPECT_TRUE(std::regex_match(path, rule_pattern(output.kind->path_rule)))
        << path << " does not follow the rule of " << output.kind->name << ": "
        << output.kind->path_rule;
  }
}

TEST_P(Registry, EveryNameTheSiteTakesIsOneAPageMayNotTake) {
  std::set<std::string> names = site_names();
  for (const Output& output : plan) {
    if (output.kind->name == "prose page") continue;
    std::string first = output.planned.path.substr(0, output.planned.path.find('/'));
    EXPECT_EQ(names.count(first.substr(0, first.find('.'))), 1u) << output.planned.path;
  }
}

INSTANTIATE_TEST_SUITE_P(Projects, Registry,
                         ::testing::Values("../../data/leicestershire", "every-field-two-years",
                                           "hostile-text", "listing-over-page-size"));

// The downloads written in pieces, as the build writes them; an internal
// copy's are marked at their top (the first piece holds it), the rest of
// their bytes the public copy's.
std::map<std::string, std::string> streamed_downloads(const Project& project) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  Templates templates(project.template_overrides);
  WriteInputs inputs{project, downloads, templates, 0, nullptr};
  inputs.globals = {page_globals(project)};
  test::MemorySink sink;
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads})) {
    const std::string& path = output.planned.path;
    if (path != "downloads/awards.csv" && path != "downloads/awards.json" &&
        path != "downloads/360giving.json" && path != "downloads/360giving.csv")
      continue;
    std::string error;
    EXPECT_TRUE(write_output(output, inputs, false, &sink, &error)) << error;
  }
  return sink.files;
}

TEST(StreamedDownloads, AnInternalCopyIsMarkedAtTheTop) {
  Project project = load_fixture("every-field-two-years");
  std::map<std::string, std::string> published = streamed_downloads(project);
  project.internal = true;
  std::map<std::string, std::string> internal = streamed_downloads(project);
  ASSERT_EQ(published.size(), 4u);
  ASSERT_EQ(internal.size(), 4u);
  std::string mark = internal_marking;
  for (const char* csv : {"downloads/awards.csv", "downloads/360giving.csv"})
    EXPECT_EQ(internal[csv], "# " + mark + "\r\n" + published[csv]) << csv;
  for (const char* json : {"downloads/awards.json", "downloads/360giving.json"}) {
    EXPECT_EQ(internal[json], "{\n  \"marking\": \"" + mark + "\"," + published[json].substr(1))
        << json;
    EXPECT_EQ(nlohmann::json::parse(internal[json])["marking"], mark) << json;
  }
}

TEST(SiteNames, AreTheSitesOwnFoldersAndPages) {
  std::set<std::string> names = site_names();
  for (const char* name :
       {"404", "accessibility", "areas", "assets", "awards", "downloads", "funds", "glossary",
        "index", "organisations", "priorities", "register", "reports", "sections", "years"})
    EXPECT_EQ(names.count(name), 1u) << name;
  EXPECT_EQ(names.count("about-the-commissioning-budget"), 0u)
      << "prose pages take their own names";
}

TEST(CheckPageNames, APageMayNotTakeANameOfTheSiteButMayBeTheStatement) {
  Project project;
  project.source_files = {"pages/sections.md", "pages/accessibility.md", "pages/about.md"};
  project.pages = {
      {"sections", "Sections", "", 0}, {"accessibility", "Ours", "", 1}, {"about", "About", "", 2}};
  Diagnostics diagnostics;
  EXPECT_FALSE(check_page_names(project, site_names(), diagnostics));
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(
      format_diagnostic(diagnostics.all()[0]),
      "pages/sections.md: error: page name \"sections\" is used by the site itself; rename the "
      "file [pages]");
}

}  // namespace
}  // namespace fundpress
