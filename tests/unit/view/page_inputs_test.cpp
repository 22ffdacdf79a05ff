// A page's inputs (ContextSource::inputs: the award pages, the register's
// pages and its script data's parts, the listing pages) let a rebuild keep the page without
// building its context, so they must change whenever its context does: for
// each kind of change below, every such page whose context changed has
// changed inputs. A change to one line changes no other page's inputs, or a
// rebuild would gain nothing.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "memory_sink.h"
#include "recorded_inputs.h"
#include "render/outputs.h"
#include "rollup/years.h"
#include "view/page.h"

namespace fundpress {
namespace {

struct Page {
  std::string made;  // its context as JSON text; a workbook: its bytes
  std::string inputs;
};

// Every output of `project` whose source can tell its inputs, by path.
std::map<std::string, Page> pages_with_inputs(const Project& project) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  std::map<std::string, Page> pages;
  const nlohmann::json globals = page_globals(project);
  for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads})) {
    test::RecordedInputs inputs;
    if (!output.planned.source || !output.planned.source->inputs(output.planned.item, inputs))
      continue;
    // As the template sees it: with what every page reads beside its context.
    nlohmann::json seen = output_context(output);
    add_page_globals(globals, &seen);
    pages[output.planned.path] = {seen.dump(), inputs.text};
  }
  return pages;
}

struct Change {
  const char* name;
  std::function<void(Project&)> apply;
  bool local;  // only the pages that show the changed line read it
};

std::vector<Change> kinds_of_change() {
  return {
      {"a service's name", [](Project& p) { p.awards[1].service = "Renamed service"; }, true},
      {"a description", [](Project& p) { p.awards[2].description = "Changed"; }, true},
      {"the one description cleared", [](Project& p) { p.awards[0].description.clear(); }, false},
      {"a note", [](Project& p) { p.awards[0].texts.set(Field::note, "A new note"); }, true},
      {"an end date",
       [](Project& p) {
         p.awards[0].end_date = Date{2030, 1, 31};
       },
       true},
      {"a line moved to another section",
       [](Project& p) { p.awards[0].section = (p.awards[0].section + 1) % p.sections.size(); },
       false},
      {"a line's area",
       [](Project& p) {
         p.awards[1].area = static_cast<int>((p.awards[1].area + 1) % p.areas.size());
       },
       false},
      {"the service of each line of a wider area",
       [](Project& p) {
         for (Award& award : p.awards)
           if (award.area >= 0 && !p.areas[award.area].contains.empty())
             award.service += " (all areas)";
       },
       false},
      {"an amount", [](Project& p) { p.awards[0].amount.pence += 100; }, false},
      {"an organisation's name", [](Project& p) { p.organisations[0].name = "Renamed Ltd"; },
       false},
      {"two lines of one section swapped",
       [](Project& p) {
         for (std::size_t i = 0; i < p.awards.size(); ++i)
           for (std::size_t j = i + 1; j < p.awards.size(); ++j)
             if (p.awards[i].section == p.awards[j].section && p.awards[i].year == p.awards[j].year)
               return std::swap(p.awards[i], p.awards[j]);
       },
       false},
      {"a breach of one line",
       [](Project& p) {
         p.breaches.push_back({"test-rule", "over the limit", -1, 2});
       },
       false},
      {"a glossary term",
       [](Project& p) {
         p.glossary.push_back({"club", "a society"});
       },
       false},
      {"the publisher's name", [](Project& p) { p.publisher.short_name = "Renamed PCC"; }, false},
      {"an interface text",
       [](Project& p) { p.languages[p.language].strings["nav_home"] = "Start"; }, false},
      {"the retention period", [](Project& p) { p.retention_years = 7; }, false},
      {"the display unit", [](Project& p) { p.display.unit = 1000; }, false},
      {"a section's sub-total label",
       [](Project& p) { p.sections[0].subtotal_label = "Part total"; }, false},
      {"a priority's name", [](Project& p) { p.priorities[0].name = "Renamed priority"; }, false},
      {"a field's label", [](Project& p) { p.wording.field_labels[Field::service] = "Project"; },
       false},
      {"the date of the data",
       [](Project& p) {
         p.as_of = Date{2019, 1, 1};
       },
       false},
  };
}

TEST(PageInputs, ChangeWheneverTheContextDoes) {
  Project original = load_fixture("every-field-two-years");
  ASSERT_GE(original.awards.size(), 4u);
  // Several register pages, parts of the script's data and pages of a value.
  original.site.page_size = 3;
  original.site.register_shard_rows = 3;
  original.site.listing_page_size = 2;
  // A breach of a fund naming a line of another, whose service a change renames:
  // the fund's first page lists it.
  ASSERT_GE(original.funds.size(), 2u);
  int other_fund = original.awards[1].fund == 0 ? 1 : 0;
  original.breaches.push_back({"one-off-repeat", "paid twice", other_fund, 1});
  // One line alone has a description, so a table shows that column only while
  // it does: on every page of the values that line is in, not only its own.
  for (std::size_t i = 1; i < original.awards.size(); ++i) original.awards[i].description.clear();
  const std::map<std::string, Page> before = pages_with_inputs(original);
  std::size_t award_pages = 0, register_pages = 0, register_parts = 0, listing_pages = 0,
              report_pages = 0, search_shards = 0, fund_pages = 0;
  for (const auto& [path, page] : before) {
    award_pages += path.rfind("awards/", 0) == 0;
    report_pages += path.rfind("reports/", 0) == 0;
    search_shards += path.rfind("search/", 0) == 0;
    fund_pages += path.rfind("funds/", 0) == 0;
    for (const char* folder : {"sections/", "areas/", "organisations/", "years/", "priorities/"})
      listing_pages += path.rfind(folder, 0) == 0;
    register_pages += path.rfind("register/", 0) == 0 && path.find(".html") != std::string::npos;
    register_parts += path.rfind("register/data/", 0) == 0;
  }
  EXPECT_EQ(award_pages, original.awards.size());
  EXPECT_GE(register_pages, 2u);
  EXPECT_GE(register_parts, 2u);
  EXPECT_GE(listing_pages, 10u);
  EXPECT_EQ(report_pages, 2 * original.years.size());  // a page and its Markdown, each year
  EXPECT_GE(search_shards, 10u);
  EXPECT_GE(fund_pages, 2u);

  std::vector<Change> changes = kinds_of_change();
  for (const Change& change : changes) {
    Project project = original;
    change.apply(project);
    std::map<std::string, Page> after = pages_with_inputs(project);
    std::size_t contexts_changed = 0, inputs_changed = 0, award_pages_changed = 0;
    for (const auto& [path, page] : after) {
      auto old = before.find(path);
      if (old == before.end()) continue;  // a page more: nothing to keep
      bool context_changed = old->second.made != page.made;
      bool changed = old->second.inputs != page.inputs;
      contexts_changed += context_changed;
      inputs_changed += changed;
      award_pages_changed += changed && path.rfind("awards/", 0) == 0;
      EXPECT_TRUE(changed || !context_changed) << change.name << ": " << path;
    }
    EXPECT_GE(contexts_changed, 1u) << change.name << " changes no page: not a test";
    // Only the pages that list the line: its own and no other line's, and
    // not every register or listing page.
    if (change.local) {
      EXPECT_EQ(award_pages_changed, 1u) << change.name;
      EXPECT_LT(inputs_changed, after.size() - original.awards.size() + 1) << change.name;
    }
  }
}

// Every file of `project` whose kind says its inputs (OutputKind::inputs: a
// report's workbook, a year's, the downloads of every line): its bytes, and
// its inputs as its kind feeds them, by path.
std::map<std::string, Page> files_kept_by_kind(const Project& project) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  EXPECT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  Templates templates(project.template_overrides);
  PlanInputs plan{project, SitePaths(project), downloads};
  complete_plan_inputs(&plan);
  // A fixed date, as a build's: with none, libxlsxwriter stamps the time it writes.
  WriteInputs in{project,    downloads,   templates,        315532800,
                 plan.years, plan.awards, plan.site_digest, plan.years_digest};
  in.globals = {page_globals(project)};
  std::map<std::string, Page> made;
  for (const Output& output : plan_outputs(plan)) {
    if (!output.kind->inputs) continue;
    test::RecordedInputs inputs;
    EXPECT_TRUE(output.kind->inputs(output, in, inputs)) << output.planned.path;
    test::MemorySink sink;
    std::string error;
    EXPECT_TRUE(write_output(output, in, false, &sink, &error)) << error;
    made[output.planned.path] = {sink.files[output.planned.path], inputs.text};
  }
  return made;
}

TEST(KindInputs, ChangeWheneverTheFileDoes) {
  const Project original = load_fixture("every-field-two-years");
  const std::map<std::string, Page> before = files_kept_by_kind(original);
  std::size_t workbooks = 0;
  for (const auto& [path, file] : before)
    workbooks += path.size() > 5 && path.substr(path.size() - 5) == ".xlsx";
  EXPECT_EQ(workbooks, 2 * original.years.size());  // a report's and a year's, each year
  // CSV, JSON and 360Giving's JSON and CSV.
  ASSERT_EQ(before.size() - workbooks, 4u);
  // Over every change, per file: a file no change changes proves nothing.
  std::map<std::string, std::size_t> bytes_changed;
  for (const Change& change : kinds_of_change()) {
    Project project = original;
    change.apply(project);
    std::size_t workbook_inputs_changed = 0;
    for (const auto& [path, file] : files_kept_by_kind(project)) {
      auto old = before.find(path);
      if (old == before.end()) continue;
      bool changed_bytes = old->second.made != file.made;
      bool changed = old->second.inputs != file.inputs;
      bytes_changed[path] += changed_bytes;
      workbook_inputs_changed += changed && path.find(".xlsx") != std::string::npos;
      EXPECT_TRUE(changed || !changed_bytes) << change.name << ": " << path;
    }
    // A line's text changes the workbooks of its own year (and of the year
    // after, which compares with it), not every one.
    if (change.local) {
      EXPECT_LT(workbook_inputs_changed, workbooks) << change.name;
    }
  }
  for (const auto& [path, file] : before) EXPECT_GT(bytes_changed[path], 0u) << path;
}

}  // namespace
}  // namespace fundpress
