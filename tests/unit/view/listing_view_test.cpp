// A value's page split into pages of site.listing_page_size lines
// (tests/fixtures/listing-over-page-size): the pages' slices list each of its
// lines exactly once, in the order of its tables; each table's lines add up to
// the rollup's total of it; and the rendered pages show every line once and
// each year's total once, on the page where that year's lines end.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "model/text.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "view/downloads_view.h"
#include "view/format.h"
#include "view/listing_view.h"
#include "view/page.h"
#include "view/pagination.h"
#include "view/site_paths.h"

namespace fundpress {
namespace {

class ListingPages : public ::testing::Test {
 protected:
  void SetUp() override {
    project = load_fixture("listing-over-page-size");
    years = roll_up_years(project);
  }
  int key_of(Dimension dimension, const std::string& name) const {
    for (const Group& group : listed_groups(project, dimension))
      if (name_of(project, dimension, group.key) == name) return group.key;
    ADD_FAILURE() << "no " << name;
    return -1;
  }
  Project project;
  YearsRollup years;
};

TEST_F(ListingPages, SlicesCoverEveryLineOnceInOrderAndAddUpToTheRollup) {
  SitePaths paths(project);
  int split_values = 0;
  for (Dimension dimension : paths.listed()) {
    for (const Group& group : listed_groups(project, dimension)) {
      std::string name = name_of(project, dimension, group.key);
      ListingLines split = listing_lines(project, dimension, group, &years);
      std::vector<std::size_t> own = dimension == Dimension::area
                                         ? awards_in_area_itself(project, group.awards, group.key)
                                         : group.awards;
      EXPECT_EQ(split.pages, page_count(own.size(), project.site.listing_page_size)) << name;
      if (split.pages > 1) ++split_values;
      // The pages' slices, one after another, are the lines in order, each once.
      std::vector<std::size_t> listed;
      for (int page = 1; page <= split.pages; ++page) {
        auto [from, to] = split.slice(page);
        EXPECT_EQ(from, listed.size()) << name << " page " << page;
        EXPECT_LE(to - from, static_cast<std::size_t>(project.site.listing_page_size)) << name;
        EXPECT_TRUE(to > from || own.empty()) << name << " page " << page << " is empty";
        listed.insert(listed.end(), split.lines.begin() + static_cast<std::ptrdiff_t>(from),
                      split.lines.begin() + static_cast<std::ptrdiff_t>(to));
      }
      EXPECT_EQ(listed, split.lines) << name;
      std::vector<std::size_t> sorted = listed, expected = own;
      std::sort(sorted.begin(), sorted.end());
      std::sort(expected.begin(), expected.end());
      EXPECT_EQ(sorted, expected) << name << ": every line once";
      // Each table's lines add up to its rollup total; the tables follow each other.
      std::size_t next = 0;
      Money all;
      for (const LineTable& table : split.tables) {
        EXPECT_EQ(table.first, next) << name;
        Money sum;
        for (std::size_t at = table.first; at < table.first + table.count; ++at)
          sum += project.awards[split.lines[at]].amount;
        EXPECT_EQ(sum.pence, table.total.amount.pence) << name << " table of year " << table.year;
        EXPECT_EQ(table.count, table.total.rows) << name;
        if (split.by_year) {
          EXPECT_EQ(
              table.total.amount.pence,
              years.of(dimension)[group.key][static_cast<std::size_t>(table.year)].amount.pence)
              << name;
        }
        // Latest year first, each in source order.
        EXPECT_TRUE(std::is_sorted(
            split.lines.begin() + static_cast<std::ptrdiff_t>(table.first),
            split.lines.begin() + static_cast<std::ptrdiff_t>(table.first + table.count)))
            << name;
        all += sum;
        next += table.count;
      }
      EXPECT_EQ(next, split.lines.size()) << name;
      if (dimension != Dimension::area) {
        EXPECT_EQ(all.pence, group.total.amount.pence) << name;
      }
    }
  }
  // The fixture splits a section, a year and an area, so the test above is about something.
  EXPECT_GE(split_values, 3);
  EXPECT_EQ(listing_lines(project, Dimension::section,
                          listed_groups(project, Dimension::section)[0], &years)
                .pages,
            3);
}

TEST_F(ListingPages, RenderedPagesShowEachLineOnceAndEachYearsTotalWhereItsLinesEnd) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Downloads downloads = prepare_downloads(project, layout);
  Templates templates;
  nlohmann::json globals = page_globals(project);
  std::vector<Output> plan = plan_outputs(PlanInputs{project, SitePaths(project), downloads});
  auto render = [&](const std::string& path) {
    for (const Output& output : plan)
      if (output.planned.path == path)
        return templates.render(output.kind->template_path, output_context(output), "", &globals);
    ADD_FAILURE() << "no output is planned at " << path;
    return std::string();
  };
  int victims = key_of(Dimension::section, "Victims");
  ListingLines split = listing_lines(project, Dimension::section,
                                     listed_groups(project, Dimension::section)[0], &years);
  ASSERT_EQ(split.pages, 3);
  for (const Output& output : plan)  // three pages, no fourth
    EXPECT_NE(output.planned.path, "sections/victims/page/4/index.html");

  std::vector<std::string> shown;  // the award pages the line tables link, in page order
  std::vector<std::pair<std::string, std::string>> totals;  // each total row: label, figure
  const std::regex award(R"(<tr><th scope="row"><a href="[./]*awards/([^/]+)/index.html")");
  const std::regex total(
      R"(<tr class="total"><th scope="row" colspan="\d+">([^<]*)</th><td class="num">([^<]*)</td>)");
  for (const char* path : {"sections/victims/index.html", "sections/victims/page/2/index.html",
                           "sections/victims/page/3/index.html"}) {
    std::string html = render(path);
    for (std::sregex_iterator m(html.begin(), html.end(), award), end; m != end; ++m)
      shown.push_back((*m)[1]);
    for (std::sregex_iterator m(html.begin(), html.end(), total), end; m != end; ++m)
      totals.push_back({(*m)[1], std::string(path) + ": " + (*m)[2].str()});
  }
  std::vector<std::string> expected;
  for (std::size_t i : split.lines) expected.push_back(ascii_lower(project.awards[i].id));
  EXPECT_EQ(shown, expected);
  std::set<std::string> once(shown.begin(), shown.end());
  EXPECT_EQ(once.size(), shown.size());

  // 2018/19's 70 lines end on page 2, 2017/18's 50 on page 3: each year's
  // total once, there, from the rollup and labelled as all its lines'.
  auto pounds = [&](std::size_t y) {
    return format_total_pounds(years.of(Dimension::section)[victims][y].amount, project.display);
  };
  std::vector<std::pair<std::string, std::string>> want = {
      {"Victims sub-total, 2018/19 (all 70 budget lines)",
       "sections/victims/page/2/index.html: " + pounds(1)},
      {"Victims sub-total, 2017/18 (all 50 budget lines)",
       "sections/victims/page/3/index.html: " + pounds(0)}};
  EXPECT_EQ(totals, want);
}

// A year's significant changes can be as many as its lines: its page shows
// the largest, as many as a page lists lines, and says how many there are and
// that all of them are on the Changes sheet of the year's workbook.
TEST_F(ListingPages, AYearsPageShowsItsLargestSignificantChangesAndWhereAllAre) {
  const YearComparison* comparison = years.ending_in(1);
  ASSERT_NE(comparison, nullptr);
  std::size_t count = comparison->significant.size();
  ASSERT_GE(count, 3u);
  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Templates templates;
  for (std::size_t most : {count - 1, count}) {
    Project sized = project;
    sized.site.listing_page_size = static_cast<int>(most);
    Downloads downloads = prepare_downloads(sized, layout);
    nlohmann::json globals = page_globals(sized);
    std::vector<Output> plan = plan_outputs(PlanInputs{sized, SitePaths(sized), downloads});
    std::string html, workbook = SitePaths::workbook(comparison->current);
    bool has_workbook = false;
    for (const Output& output : plan) {
      if (output.planned.path == workbook) has_workbook = true;
      if (output.planned.path == "years/" + year_slug(comparison->current) + "/index.html")
        html = templates.render(output.kind->template_path, output_context(output), "", &globals);
    }
    ASSERT_FALSE(html.empty());
    EXPECT_TRUE(has_workbook);
    std::size_t table = html.find("id=\"significant-changes-table\"");
    ASSERT_NE(table, std::string::npos);
    std::string rows = html.substr(table, html.find("</table>", table) - table);
    std::size_t shown = 0;
    for (std::size_t at = rows.find("<tbody>"); (at = rows.find("<tr", at + 1)) != std::string::npos;)
      ++shown;
    EXPECT_EQ(shown, most);
    std::string more = "The " + grouped(most) + " largest of the " + grouped(count) +
                       " significant changes are shown here; all of them are on the Changes sheet of "
                       "<a href=\"../../" + workbook + "\">the workbook of " +
                       comparison->current.label() + "</a>.";
    EXPECT_EQ(html.find(more) != std::string::npos, most < count) << most << " of " << count;
  }
}

// An index of more values than a page lists is split as a value's lines are:
// its pages list every value once, in the index's order; the total of them all
// is on the first page and ends the last, the same figure as the whole index's.
TEST_F(ListingPages, AnIndexOverThePageSizeListsEachValueOnceAndItsTotalFirstAndLast) {
  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Templates templates;
  const std::regex total(
      R"(<tr class="total"><th scope="row" colspan="\d+">([^<]*)</th><td class="num">([^<]*)</td>)");
  for (Dimension dimension : {Dimension::organisation, Dimension::area}) {
    std::string key = names_of(dimension).key;
    std::vector<std::string> expected;  // the slugs of the index's values, in its order
    SitePaths all_paths(project);
    for (const Group& group : listed_groups(project, dimension))
      expected.push_back(all_paths.slug(dimension, group.key));
    ASSERT_GE(expected.size(), 3u) << key;
    // The whole index on one page, then two values a page.
    std::vector<std::string> whole_total;
    for (int size : {1000, 2}) {
      Project sized = project;
      sized.site.listing_page_size = size;
      Downloads downloads = prepare_downloads(sized, layout);
      nlohmann::json globals = page_globals(sized);
      SitePaths paths(sized);
      std::vector<Output> plan = plan_outputs(PlanInputs{sized, paths, downloads});
      int pages = page_count(expected.size(), size);
      std::vector<std::string> listed, totals, firsts;
      for (int page = 1; page <= pages + 1; ++page) {
        std::string path = paths.index_page(dimension, page), html;
        for (const Output& output : plan)
          if (output.planned.path == path)
            html =
                templates.render(output.kind->template_path, output_context(output), "", &globals);
        EXPECT_EQ(html.empty(), page > pages) << path;
        if (html.empty()) continue;
        std::size_t at = html.find("id=\"" + key + "-table\"");
        ASSERT_NE(at, std::string::npos) << path;
        std::string table = html.substr(at, html.find("</table>", at) - at);
        const std::regex value("<tr><th scope=\"row\"><a href=\"[./]*" + key +
                               "/([^/]+)/index.html\"");
        for (std::sregex_iterator m(table.begin(), table.end(), value), end; m != end; ++m)
          listed.push_back((*m)[1]);
        for (std::sregex_iterator m(table.begin(), table.end(), total), end; m != end; ++m)
          totals.push_back(path + ": " + (*m)[1].str() + " " + (*m)[2].str());
        std::size_t first = html.find("<p>Total, ");
        if (first != std::string::npos)
          firsts.push_back(path + ": " + html.substr(first, html.find("</p>", first) - first));
        if (pages > 1) {
          auto from = static_cast<std::size_t>((page - 1) * size);
          std::string note = "This page lists " + grouped(from + 1) + " to " +
                             grouped(std::min(expected.size(), from + 2)) + " of " +
                             grouped(expected.size()) + ".";
          EXPECT_NE(html.find(note), std::string::npos) << path;
        }
      }
      EXPECT_EQ(listed, expected) << key << " at " << size << " a page";
      ASSERT_EQ(totals.size(), 1u) << key << " at " << size << " a page";
      if (pages == 1) {
        whole_total = totals;
        EXPECT_TRUE(firsts.empty()) << firsts[0];
        continue;
      }
      // "Total, 2018/19 (all 5)" ending the last page and heading the first.
      std::string figure = whole_total[0].substr(whole_total[0].rfind(' ') + 1);
      std::string label = "Total, 2018/19 (all " + grouped(expected.size()) + ")";
      EXPECT_EQ(totals[0], paths.index_page(dimension, pages) + ": " + label + " " + figure);
      EXPECT_EQ(firsts, std::vector<std::string>{paths.index(dimension) + ": <p>" + label + ": " +
                                                 figure + "."});
    }
  }
}

// The wider areas' lines on an area's page are at most a page of them, in
// source order: their total is still all of theirs, and labelled so, and the
// page says where the rest are.
TEST_F(ListingPages, AnAreasPageListsAPageOfTheWiderAreasLinesAndTheirWholeTotal) {
  int testshire = key_of(Dimension::area, "Testshire"), south = key_of(Dimension::area, "South");
  for (Award& award : project.awards)
    if (award.area == south) award.area = testshire;  // 25 of them in 2018/19, the latest
  WorkbookLayout layout;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
  Templates templates;
  const std::regex award(R"(<tr><th scope="row"><a href="[./]*awards/([^/]+)/index.html")");
  const std::regex total(
      R"(<tr class="total"><th scope="row" colspan="\d+">([^<]*)</th><td class="num">([^<]*)</td>)");
  std::map<int, std::vector<std::string>> listed, totals;
  std::map<int, bool> says_more;
  for (int size : {1000, 10}) {
    Project sized = project;
    sized.site.listing_page_size = size;
    Downloads downloads = prepare_downloads(sized, layout);
    nlohmann::json globals = page_globals(sized);
    std::string html;
    for (const Output& output : plan_outputs(PlanInputs{sized, SitePaths(sized), downloads}))
      if (output.planned.path == "areas/north/index.html")
        html = templates.render(output.kind->template_path, output_context(output), "", &globals);
    std::size_t at = html.find("id=\"wider-table\"");
    ASSERT_NE(at, std::string::npos) << size;
    std::string table = html.substr(at, html.find("</table>", at) - at);
    for (std::sregex_iterator m(table.begin(), table.end(), award), end; m != end; ++m)
      listed[size].push_back((*m)[1]);
    for (std::sregex_iterator m(table.begin(), table.end(), total), end; m != end; ++m)
      totals[size].push_back((*m)[1].str() + " " + (*m)[2].str());
    says_more[size] =
        html.find("This page lists the first 10 of them, in the order they were given") !=
        std::string::npos;
  }
  ASSERT_EQ(listed[1000].size(), 25u);
  EXPECT_EQ(listed[10], std::vector<std::string>(listed[1000].begin(), listed[1000].begin() + 10));
  ASSERT_EQ(totals[1000].size(), 1u);
  std::string figure = totals[1000][0].substr(totals[1000][0].rfind(' ') + 1);
  EXPECT_EQ(totals[1000][0], "Total for the wider areas " + figure);
  EXPECT_EQ(totals[10],
            std::vector<std::string>{"Total for the wider areas (all 25 budget lines) " + figure});
  EXPECT_FALSE(says_more[1000]);
  EXPECT_TRUE(says_more[10]);
}

// A page within the size is one page, as it always was.
TEST_F(ListingPages, AValueWithinThePageSizeHasOnePage) {
  for (const Group& group : listed_groups(project, Dimension::organisation)) {
    ASSERT_LE(group.awards.size(), 50u);
    EXPECT_EQ(listing_lines(project, Dimension::organisation, group, &years).pages, 1);
  }
}

}  // namespace
}  // namespace fundpress
