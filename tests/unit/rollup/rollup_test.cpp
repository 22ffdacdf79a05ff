// The rollups against the figures printed in the Leicestershire Commissioning
// Framework 2017/18, Appendix A (../shared/reference/leicestershire-2017-18).
#include "rollup/rollup.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "check/check_project.h"
#include "load/file.h"
#include "paths.h"
#include "view/format.h"
#include "year_lines.h"

namespace fundpress {
namespace {

class Leicestershire : public testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
              LoadStatus::ok);
    std::string bytes, error;
    ASSERT_TRUE(read_file(test::shared_dir() + "/reference/leicestershire-2017-18/published.json",
                          &bytes, &error))
        << error;
    published = nlohmann::json::parse(bytes);
  }
  Project project;
  nlohmann::json published;
};

// Appendix A is 2017/18, the first of the data set's two years.
TEST_F(Leicestershire, SectionSumsAreExactAndPrintAsPublished) {
  std::vector<std::size_t> appendix = test::year_lines(project, FinancialYear{2017}).awards;
  std::vector<Group> sections = group_by(project, appendix, Dimension::section);
  ASSERT_EQ(sections.size(), published["sections_as_printed"].size());
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const nlohmann::json& printed = published["sections_as_printed"][i];
    const Section& section = project.sections[sections[i].key];
    EXPECT_EQ(section.subtotal_label, printed["subtotal_label"]);
    EXPECT_EQ(sections[i].total.rows, printed["rows"].get<std::size_t>());
    EXPECT_EQ(sections[i].total.amount.pence,
              published["exact_sums_in_pence"][section.name].get<int64_t>());
    EXPECT_EQ(format_total_amount(sections[i].total.amount, project.display), printed["subtotal"]);
  }
  Total total = total_of(project, appendix);
  EXPECT_EQ(total.amount.pence, published["exact_sums_in_pence"]["Grand total"].get<int64_t>());
  EXPECT_EQ(format_total_amount(total.amount, project.display), published["grand_total"]);
  EXPECT_EQ(format_short(total.amount), "£4.668m");
}

TEST_F(Leicestershire, AreasIncludeTheAreasInsideThem) {
  std::vector<std::size_t> all = all_awards(project);
  auto area = [&](const std::string& name) {
    for (std::size_t i = 0; i < project.areas.size(); ++i)
      if (project.areas[i].name == name) return static_cast<int>(i);
    return -1;
  };
  Total llr = total_of(project, awards_within_each_area(project, all)[area("LLR")]);
  EXPECT_EQ(llr.amount, total_of(project, all).amount) << "every reach is inside LLR";
  Total city = total_of(project, awards_within_each_area(project, all)[area("Leicester City")]);
  // Leicester City rows plus the two "Sub - Leicester City" rows (5,950.00 and 4,403.00).
  Money direct;
  for (const Group& g : group_by(project, all, Dimension::area))
    if (project.areas[g.key].name == "Leicester City") direct = g.total.amount;
  EXPECT_EQ(city.amount.pence, direct.pence + 595000 + 440300);
}

// Rutland's own lines and the lines of the wider areas that include it are
// two sets, each added up on its own: none is in both, none is left out.
TEST(Rollup, AnAreaItselfAndTheWiderAreasAroundItAreApart) {
  Project project;
  project.areas = {{"LLR", "", {1}}, {"Leicestershire and Rutland", "", {2}}, {"Rutland", "", {}}};
  auto award = [](int area, std::int64_t pence) {
    Award a;
    a.area = area;
    a.amount = Money{pence};
    return a;
  };
  // The nearer wider area's line comes after the further one's, so the lines
  // of several wider areas are put back in source order, not area by area.
  project.awards = {award(2, 100), award(0, 1000), award(2, 5), award(1, 10000),
                    award(-1, 7),  award(0, 20)};
  std::vector<std::size_t> all = all_awards(project);
  AreaLines own = lines_of_each_area(project);
  EXPECT_EQ(own, (AreaLines{{1, 5}, {3}, {0, 2}}));
  EXPECT_EQ(awards_in_area_itself(project, all, 2), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(awards_in_wider_areas(project, own, 2), (std::vector<std::size_t>{1, 3, 5}));
  EXPECT_EQ(total_of(project, awards_in_wider_areas(project, own, 2)).amount.pence, 11020);
  EXPECT_EQ(awards_in_wider_areas(project, own, 1), (std::vector<std::size_t>{1, 5}));
  EXPECT_TRUE(awards_in_wider_areas(project, own, 0).empty());
}

// Every area has its own lines and those of the areas within it, in the order
// the lines were given: a town inside two counties counts once in the region
// that holds both, and a line with no area counts nowhere.
TEST(Rollup, EveryAreaHasItsLinesAndThoseOfTheAreasWithinIt) {
  Project project;
  project.areas = {{"Region", "", {1, 2}}, {"County A", "", {3}}, {"County B", "", {3}},
                   {"Town", "", {}},       {"Elsewhere", "", {}}};
  for (int area : {3, 0, -1, 1, 3, 2, 4, 3, -1, 1}) {
    Award award;
    award.area = area;
    project.awards.push_back(award);
  }
  using Lines = std::vector<std::vector<std::size_t>>;
  EXPECT_EQ(awards_within_each_area(project, all_awards(project)),
            (Lines{{0, 1, 3, 4, 5, 7, 9}, {0, 3, 4, 7, 9}, {0, 4, 5, 7}, {0, 4, 7}, {6}}));
  EXPECT_EQ(awards_within_each_area(project, {7, 2, 9, 0, 5, 3, 8, 1, 6, 4}),
            (Lines{{7, 9, 0, 5, 3, 1, 4}, {7, 9, 0, 3, 4}, {7, 0, 5, 4}, {7, 0, 4}, {6}}));
}

// A line serving two priorities counts once, under its primary (first) one,
// so the priorities' totals add up to the grand total like any dimension's.
TEST(Rollup, ALineCountsOnceUnderItsPrimaryPriority) {
  Project project;
  project.sections = {Section{"A", "A", "A sub-total"}};
  project.priorities = {Priority{"P1", "", "", -1, {}}, Priority{"P2", "", "", -1, {}}};
  project.organisations = {Organisation{"O", "", "", ""}};
  project.years = {FinancialYear{2017}};
  Award both;
  both.amount = Money{1000};
  both.organisation = 0;
  both.year = FinancialYear{2017};
  both.priorities = {1, 0};  // primary P2, also P1
  Award unknown = both;
  unknown.amount_known = false;
  unknown.priorities = {0};
  Award none = both;
  none.amount = Money{7};
  none.priorities = {};
  project.awards = {both, unknown, none};
  std::vector<Group> by_priority = group_by(project, all_awards(project), Dimension::priority);
  ASSERT_EQ(by_priority.size(), 2u);
  EXPECT_EQ(by_priority[0].key, 0);
  EXPECT_EQ(by_priority[0].total.amount.pence, 0);
  EXPECT_EQ(by_priority[0].total.rows, 1u);
  EXPECT_EQ(by_priority[0].total.unknown_amounts, 1u);
  EXPECT_EQ(by_priority[1].key, 1);
  EXPECT_EQ(by_priority[1].total.amount.pence, 1000);
  EXPECT_EQ(by_priority[1].awards, std::vector<std::size_t>{0});
  Total total = total_of(project, all_awards(project));
  EXPECT_EQ(total.amount.pence, 1007);  // the line with no priority is in no group
  EXPECT_EQ(total.rows, 3u);
}

}  // namespace
}  // namespace fundpress
