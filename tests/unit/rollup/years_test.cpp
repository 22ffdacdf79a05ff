// Year-on-year variance: exact pence, per cent only of something, new and
// ended lines, and what the threshold makes significant, largest first.
#include "rollup/years.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

// Two sections, two organisations; each award given by its year, section,
// organisation, service and pence.
struct Line {
  int year, section, organisation;
  const char* service;
  int64_t pence;
};

Project project_of(const std::vector<Line>& lines) {
  Project project;
  project.sections = {Section{"Victims", "", ""}, Section{"Prevention", "", ""}};
  project.organisations = {Organisation{}, Organisation{}};
  project.organisations[0].name = "Victim First";
  project.organisations[1].name = "Catch 22";
  for (const Line& line : lines) {
    Award award;
    award.year = FinancialYear{line.year};
    award.section = line.section;
    award.organisation = line.organisation;
    award.service = line.service;
    award.amount = Money{line.pence};
    project.awards.push_back(award);
  }
  project.years = {FinancialYear{2017}, FinancialYear{2018}};
  return project;
}

const Variance* find(const YearComparison& c, VarianceKind kind, int key) {
  for (const Variance& v : c.changes)
    if (v.kind == kind && v.key == key) return &v;
  return nullptr;
}

TEST(Years, ChangesAreExactInPenceWithPerCentInTenths) {
  Project project = project_of({{2017, 0, 0, "Helpline", 1200050},
                                {2018, 0, 0, "helpline ", 1500025},
                                {2017, 1, 1, "Outreach", 800000},
                                {2018, 1, 1, "Mentoring", 400000}});
  YearComparison c = compare_years(project, FinancialYear{2017}, FinancialYear{2018});
  const Variance* victims = find(c, VarianceKind::section, 0);
  ASSERT_NE(victims, nullptr);
  EXPECT_EQ(victims->previous.pence, 1200050);
  EXPECT_EQ(victims->current.pence, 1500025);
  EXPECT_EQ(victims->change.pence, 299975);
  ASSERT_TRUE(victims->has_percent);
  EXPECT_EQ(victims->percent_tenths, 250);  // 299,975 / 1,200,050 = 24.997%: 25.0
  const Variance* prevention = find(c, VarianceKind::section, 1);
  ASSERT_NE(prevention, nullptr);
  EXPECT_EQ(prevention->change.pence, -400000);
  EXPECT_EQ(prevention->percent_tenths, -500);
  EXPECT_FALSE(prevention->added);
  EXPECT_FALSE(prevention->ended);
}

TEST(Years, ALineIsTheSameLineWhateverItsCaseAndNewAndEndedLinesAreFlagged) {
  Project project = project_of({{2017, 0, 0, "Helpline", 1200050},
                                {2018, 0, 0, "helpline ", 1500025},
                                {2017, 1, 1, "Outreach", 800000},
                                {2018, 1, 1, "Mentoring", 400000}});
  YearComparison c = compare_years(project, FinancialYear{2017}, FinancialYear{2018});
  std::vector<const Variance*> lines;
  for (const Variance& v : c.changes)
    if (v.kind == VarianceKind::line) lines.push_back(&v);
  ASSERT_EQ(lines.size(), 3u);
  // This year's lines first, in source order, then those that ended.
  EXPECT_EQ(lines[0]->key, 1);  // Helpline, read from this year's award
  EXPECT_EQ(lines[0]->change.pence, 299975);
  EXPECT_FALSE(lines[0]->added || lines[0]->ended);
  EXPECT_EQ(lines[1]->key, 3);  // Mentoring: new, so no per cent
  EXPECT_TRUE(lines[1]->added);
  EXPECT_FALSE(lines[1]->has_percent);
  EXPECT_EQ(lines[1]->change.pence, 400000);
  EXPECT_EQ(lines[2]->key, 2);  // Outreach: ended, -100%
  EXPECT_TRUE(lines[2]->ended);
  EXPECT_EQ(lines[2]->percent_tenths, -1000);
}

TEST(Years, FundsAndPrioritiesAreComparedAndAThirdYearIsLeftOut) {
  Project project = project_of({{2017, 0, 0, "Helpline", 300000},
                                {2018, 0, 0, "Helpline", 450050},
                                {2017, 1, 1, "Outreach", 200000},
                                {2019, 1, 1, "Outreach", 99900000}});
  project.years.push_back(FinancialYear{2019});
  project.funds = {Fund{}, Fund{}};
  project.funds[0].name = "Community Fund";
  project.funds[1].name = "Victims Fund";
  project.priorities = {Priority{}, Priority{}};
  project.priorities[0].name = "Safer streets";
  project.priorities[1].name = "Support victims";
  project.awards[0].fund = 0;  // moves from the Community Fund...
  project.awards[1].fund = 1;  // ...to the Victims Fund
  project.awards[2].fund = 0;
  project.awards[3].fund = 0;
  for (Award& award : project.awards) award.priorities = {award.section};
  YearComparison c = compare_years(project, FinancialYear{2017}, FinancialYear{2018});
  const Variance* community = find(c, VarianceKind::fund, 0);
  ASSERT_NE(community, nullptr);
  EXPECT_EQ(community->previous.pence, 500000);  // 2019/20's £999,000 is in neither year
  EXPECT_EQ(community->current.pence, 0);
  EXPECT_TRUE(community->ended);
  EXPECT_EQ(community->percent_tenths, -1000);
  const Variance* victims_fund = find(c, VarianceKind::fund, 1);
  ASSERT_NE(victims_fund, nullptr);
  EXPECT_TRUE(victims_fund->added);
  EXPECT_FALSE(victims_fund->has_percent);
  EXPECT_EQ(victims_fund->change.pence, 450050);
  const Variance* safer = find(c, VarianceKind::priority, 0);
  ASSERT_NE(safer, nullptr);
  EXPECT_EQ(safer->change.pence, 150050);
  EXPECT_EQ(safer->percent_tenths, 500);  // 150,050 / 300,000 = 50.02%
  const Variance* support = find(c, VarianceKind::priority, 1);
  ASSERT_NE(support, nullptr);
  EXPECT_TRUE(support->ended);
  EXPECT_EQ(support->change.pence, -200000);
}

TEST(Years, SignificantReachesEitherFigureAndIsSortedBySize) {
  Project project = project_of({{2017, 0, 0, "Helpline", 10000000},  // £100,000
                                {2018, 0, 0, "Helpline", 11999999},  // +£19,999.99: 19.99999%
                                {2017, 1, 1, "Outreach", 100000},    // £1,000
                                {2018, 1, 1, "Outreach", 120000}});  // +£200: 20% exactly
  project.significant_change = ChangeThreshold{Money{5000000}, 20};
  YearComparison c = compare_years(project, FinancialYear{2017}, FinancialYear{2018});
  std::vector<std::string> significant;
  for (std::size_t i : c.significant) {
    const Variance& v = c.changes[i];
    significant.push_back(std::to_string(static_cast<int>(v.kind)) + ":" + std::to_string(v.key));
  }
  // Outreach reaches 20% (its section and organisation too); Helpline's 19.99999% does not,
  // nor its £19,999.99.
  EXPECT_EQ(significant, (std::vector<std::string>{"0:1", "3:1", "4:3"}));

  // £19,999.99 reaches a £19,999.99 threshold, and is the largest change.
  project.significant_change = ChangeThreshold{Money{1999999}, 20};
  c = compare_years(project, FinancialYear{2017}, FinancialYear{2018});
  ASSERT_EQ(c.significant.size(), 6u);
  EXPECT_EQ(c.changes[c.significant[0]].change.pence, 1999999);
  EXPECT_EQ(c.changes[c.significant.back()].change.pence, 20000);
}

TEST(Years, PerCentIsAbsentWhenThePreviousYearHadNothing) {
  Variance v = change_between(Total{}, Total{1, 0, Money{500}});
  EXPECT_FALSE(v.has_percent);
  EXPECT_TRUE(v.added);
  // Only the amount can make it significant.
  EXPECT_TRUE(is_significant(v, ChangeThreshold{Money{500}, 20}));
  EXPECT_FALSE(is_significant(v, ChangeThreshold{Money{501}, 0}));
  // No change is never significant, even at a threshold of nothing.
  EXPECT_FALSE(is_significant(change_between(Total{1, 0, Money{7}}, Total{1, 0, Money{7}}),
                              ChangeThreshold{Money{0}, 0}));
}

TEST(Years, TheRollupHoldsEachYearsTotalsAndComparesConsecutiveYears) {
  Project project = project_of(
      {{2017, 0, 0, "Helpline", 100}, {2018, 0, 0, "Helpline", 250}, {2018, 1, 1, "Mentoring", 7}});
  YearsRollup years = roll_up_years(project);
  ASSERT_EQ(years.lines.size(), 2u);
  EXPECT_EQ(years.lines[0].awards, (std::vector<std::size_t>{0}));
  EXPECT_EQ(years.lines[0].total.amount.pence, 100);
  EXPECT_EQ(years.lines[1].awards, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(years.lines[1].total.amount.pence, 257);
  EXPECT_EQ(years.lines[1].total.rows, 2u);
  EXPECT_EQ(years.of(Dimension::section)[0][1].amount.pence, 250);
  EXPECT_EQ(years.of(Dimension::section)[1][0].rows, 0u);
  EXPECT_EQ(years.of(Dimension::organisation)[1][1].amount.pence, 7);
  EXPECT_EQ(years.ending_in(0), nullptr);
  ASSERT_NE(years.ending_in(1), nullptr);
  EXPECT_EQ(years.ending_in(1)->current.start, 2018);
  EXPECT_EQ(latest_year(project), 1);
}

}  // namespace
}  // namespace fundpress
