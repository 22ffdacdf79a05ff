// The feeders feed whole model values: the project without its awards, and
// an award with every text it carries, each piece framed so that moving text
// from one member to the next feeds different pieces.
#include <gtest/gtest.h>

#include <string>

#include "fixture_project.h"
#include "recorded_inputs.h"
#include "view/input_digest.h"

namespace fundpress {
namespace {

std::string project_fed(const Project& project) {
  test::RecordedInputs fed;
  feed_project(project, fed);
  return fed.text;
}

std::string award_fed(const Award& award) {
  test::RecordedInputs fed;
  feed_award(award, fed);
  return fed.text;
}

TEST(FeedProject, LeavesOutTheAwardsAndTakesTheRest) {
  const Project original = load_fixture("every-field-two-years");
  Project project = original;
  project.awards.pop_back();
  project.awards[0].service = "Renamed";
  EXPECT_EQ(project_fed(project), project_fed(original));
  project.site.notice = "Illustrative data";
  EXPECT_NE(project_fed(project), project_fed(original));
  project = original;
  project.template_overrides["site/partials/extra.html.mustache"] = "";
  EXPECT_NE(project_fed(project), project_fed(original));
  project = original;
  project.year_measures[2017] = Measure::paid;
  EXPECT_NE(project_fed(project), project_fed(original));
}

TEST(FeedAward, TakesEveryTextAndFramesEachMember) {
  Award award;
  award.service = "ab";
  Award moved;
  moved.service = "a";
  moved.description = "b";
  EXPECT_NE(award_fed(award), award_fed(moved));
  Award noted = award;
  noted.texts.set(Field::conditions, "Quarterly reports");
  EXPECT_NE(award_fed(award), award_fed(noted));
  Award sourced = award;
  sourced.source.line = 7;
  EXPECT_NE(award_fed(award), award_fed(sourced));
  EXPECT_EQ(award_fed(award), award_fed(Award(award)));
}

}  // namespace
}  // namespace fundpress
