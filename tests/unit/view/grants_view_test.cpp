#include "view/grants_view.h"

#include <gtest/gtest.h>

#include "fixture_project.h"
#include "paths.h"
#include "rollup/rollup.h"

namespace fundpress {
namespace {

class GrantsViewTest : public ::testing::Test {
 protected:
  Project project = load_fixture("every-field-two-years");
  std::size_t index_of(const std::string& reference) {
    for (std::size_t i = 0; i < project.awards.size(); ++i)
      if (project.awards[i].reference == reference) return i;
    ADD_FAILURE() << reference;
    return 0;
  }
};

TEST_F(GrantsViewTest, LeavesOutLinesThatAreNotGrantsWithTheirReasons) {
  GrantsView view = grants_view(project);
  ASSERT_TRUE(view.published);
  EXPECT_EQ(view.grants,
            (std::vector<std::size_t>{index_of("T-001"), index_of("T-002"), index_of("T-005"),
                                      index_of("T-007"), index_of("T-008")}));
  ASSERT_EQ(view.left_out.size(), 3u);
  EXPECT_EQ(view.left_out[0].reason, "tsg_out_proposed");  // T-003, a budget not an award
  EXPECT_EQ(view.left_out[0].total.rows, 1u);
  EXPECT_EQ(view.left_out[0].total.amount.pence, 1000000);
  EXPECT_EQ(view.left_out[1].reason, "tsg_out_no_recipient");  // T-006 "Various - to be agreed"
  EXPECT_EQ(view.left_out[1].total.rows, 1u);
  EXPECT_EQ(view.left_out[1].total.amount.pence, 0);            // its amount is not yet known
  EXPECT_EQ(view.left_out[2].reason, "tsg_out_not_positive");  // T-004, a refund
  EXPECT_TRUE(accounts_for(view, total_of(project, all_awards(project))));
  Total short_by_one = total_of(project, all_awards(project));
  short_by_one.amount.pence -= 1;
  EXPECT_FALSE(accounts_for(view, short_by_one));
}

TEST_F(GrantsViewTest, AwardDateIsTheColumnElseAsOfWithinTheYearElseTheFirstDay) {
  // as_of is 2018-06-30: after 2017/18, inside 2018/19.
  EXPECT_EQ(grant_award_date(project, project.awards[index_of("T-001")]), (Date{2017, 5, 1}));
  EXPECT_EQ(grant_award_date(project, project.awards[index_of("T-002")]), (Date{2017, 4, 1}));
  EXPECT_EQ(grant_award_date(project, project.awards[index_of("T-007")]), (Date{2018, 6, 30}));
  // An as_of before the line's year (a 2018/19 grant in data as at June 2017) once
  // dated the grant in 2017/18.
  project.as_of = Date{2017, 6, 30};
  EXPECT_EQ(grant_award_date(project, project.awards[index_of("T-007")]), (Date{2018, 4, 1}));
  project.as_of = Date{};
  EXPECT_EQ(grant_award_date(project, project.awards[index_of("T-007")]), (Date{2018, 4, 1}));
}

TEST_F(GrantsViewTest, IdentifiesGrantsFunderAndRecipients) {
  GrantsView view = grants_view(project);
  EXPECT_EQ(view.funder_id, "GB-GOR-TEST1");  // publisher.org_id, as no funder_id is given
  Grant helpline = grant_of(view, index_of("T-001"));
  EXPECT_EQ(helpline.id, "360G-testpcc-t-001");
  EXPECT_EQ(helpline.recipient_id, "GB-CHC-1234567");  // from the data
  EXPECT_EQ(helpline.amount.pence, 1250050);
  EXPECT_EQ(helpline.award_date, "2017-05-01");
  EXPECT_EQ(helpline.location_code, "E23000099");
  EXPECT_EQ(helpline.location_code_type, "PFA");
  Grant club = grant_of(view, index_of("T-002"));
  EXPECT_EQ(club.recipient_id, "GB-COH-09876543");  // from its company number
  EXPECT_EQ(club.company_number, "09876543");
  project.site.threesixtygiving_funder_id = "360G-testpcc";
  EXPECT_EQ(grants_view(project).funder_id, "360G-testpcc");
}

TEST_F(GrantsViewTest, RecipientIdentifiersStayUniqueWhenNamesShareASlug) {
  Organisation one, twin;  // no numbers: identified under the prefix
  one.name = "Youth Works";
  twin.name = "Youth-Works";
  project.organisations.push_back(one);
  project.organisations.push_back(twin);
  GrantsView view = grants_view(project);
  EXPECT_EQ(view.recipient_ids[view.recipient_ids.size() - 2], "360G-testpcc-org-youth-works");
  EXPECT_EQ(view.recipient_ids.back(), "360G-testpcc-org-youth-works-2");
}

TEST_F(GrantsViewTest, NothingIsPublishedWithoutAPrefix) {
  project.site.threesixtygiving_prefix.clear();
  GrantsView view = grants_view(project);
  EXPECT_FALSE(view.published);
  EXPECT_EQ(view.not_published_reason, "tsg_none_no_prefix");
}

TEST_F(GrantsViewTest, NothingIsPublishedWithoutAGrant) {
  for (Organisation& organisation : project.organisations) organisation.placeholder = true;
  GrantsView view = grants_view(project);
  EXPECT_FALSE(view.published);
  EXPECT_TRUE(accounts_for(view, total_of(project, all_awards(project))));
}

// A contract (here a single tender action) buys a service: it is not a grant.
TEST(GrantsView, LeavesOutContracts) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::fixture("check", "rules/clean-contract"), &project, diagnostics),
            LoadStatus::ok);
  GrantsView view = grants_view(project);
  EXPECT_FALSE(view.published);
  ASSERT_EQ(view.left_out.size(), 1u);
  EXPECT_EQ(view.left_out[0].reason, "tsg_out_contract");
  EXPECT_EQ(view.left_out[0].total.amount.pence, 9000000);
}

}  // namespace
}  // namespace fundpress
