// Each fund's use of its envelope, period by period, from one pass over the
// register: exact pence, unknown amounts counted apart, nothing for a fund
// without an envelope.
#include "rollup/fund_use.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

Award award_of(int fund, int year, int64_t pence, bool known = true) {
  Award award;
  award.fund = fund;
  award.year = FinancialYear{year};
  award.amount = Money{pence};
  award.amount_known = known;
  return award;
}

TEST(FundUse, EachFundsAwardsAreTotalledByEnvelopePeriod) {
  Project project;
  project.years = {FinancialYear{2017}, FinancialYear{2018}, FinancialYear{2019},
                   FinancialYear{2020}};
  project.funds.resize(3);
  project.funds[0].has_envelope = true;  // £300,000 over 3 years from 2017/18
  project.funds[0].envelope = Money{30000000};
  project.funds[0].envelope_years = 3;
  project.funds[1].has_envelope = true;  // £1,000 a year
  project.funds[1].envelope = Money{100000};
  // project.funds[2] states no envelope.
  project.awards = {award_of(0, 2017, 1000050), award_of(1, 2018, 40000),
                    award_of(0, 2019, 2000000), award_of(2, 2018, 500),
                    award_of(0, 2020, 700000),  award_of(1, 2018, 0, false),
                    award_of(-1, 2018, 9900),   award_of(1, 2020, 120000)};

  std::vector<FundUse> uses = fund_uses(project);
  ASSERT_EQ(uses.size(), 3u);

  ASSERT_EQ(uses[0].periods.size(), 2u);
  EXPECT_EQ(uses[0].periods[0].from, FinancialYear{2017});
  EXPECT_EQ(uses[0].periods[0].years, 3);
  EXPECT_EQ(uses[0].periods[0].awarded.rows, 2u);
  EXPECT_EQ(uses[0].periods[0].awarded.amount.pence, 3000050);
  EXPECT_EQ(uses[0].periods[0].remaining().pence, 30000000 - 3000050);
  EXPECT_EQ(uses[0].periods[1].from, FinancialYear{2020});
  EXPECT_EQ(uses[0].periods[1].awarded.amount.pence, 700000);

  ASSERT_EQ(uses[1].periods.size(), 2u) << "2018/19 and 2020/21; 2019/20 has no awards";
  EXPECT_EQ(uses[1].periods[0].from, FinancialYear{2018});
  EXPECT_EQ(uses[1].periods[0].awarded.rows, 2u);
  EXPECT_EQ(uses[1].periods[0].awarded.unknown_amounts, 1u);
  EXPECT_EQ(uses[1].periods[0].awarded.amount.pence, 40000);
  EXPECT_FALSE(uses[1].periods[0].over());
  EXPECT_TRUE(uses[1].periods[1].over()) << "£1,200 against £1,000";

  EXPECT_TRUE(uses[2].periods.empty());
}

}  // namespace
}  // namespace fundpress
