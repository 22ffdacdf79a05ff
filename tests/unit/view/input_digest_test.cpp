// The feeders feed whole model values: the project without its awards, and
// an award with every text it carries, each piece framed so that moving text
// from one member to the next feeds different pieces.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

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

// An award's digest is what feed_award feeds, so it changes with any member
// of that award and no other; feed_awards feeds each line's index and digest.
TEST(AwardDigests, ChangeWithTheirAwardOnly) {
  // As PlanInputs::digest makes them: here, the fed pieces' text, cut to 32 digits.
  DigestOf digest_of = [](const std::function<void(InputDigest&)>& feed) {
    test::RecordedInputs fed;
    feed(fed);
    std::string hex;
    std::uint64_t h = std::hash<std::string>()(fed.text);
    for (int i = 0; i < 32; ++i) hex += "0123456789abcdef"[(h >> (4 * (i % 16))) & 15];
    return hex;
  };
  const Project original = load_fixture("every-field-two-years");
  ASSERT_GE(original.awards.size(), 3u);
  Project project = original;
  project.awards[1].texts.set(Field::note, "Changed");
  AwardDigests before(original, digest_of), after(project, digest_of);
  EXPECT_EQ(before.of(0), after.of(0));
  EXPECT_NE(before.of(1), after.of(1));
  EXPECT_EQ(before.of(2), after.of(2));
  EXPECT_EQ(before.of(1).size(), 16u);

  auto fed = [](const AwardDigests& digests, const std::vector<std::size_t>& awards) {
    test::RecordedInputs recorded;
    feed_awards(digests, awards, recorded);
    return recorded.text;
  };
  EXPECT_EQ(fed(before, {0, 2}), fed(after, {0, 2}));
  EXPECT_NE(fed(before, {0, 1}), fed(after, {0, 1}));
  EXPECT_NE(fed(before, {0, 2}), fed(before, {2, 0})) << "the order of the lines";
}

}  // namespace
}  // namespace fundpress
