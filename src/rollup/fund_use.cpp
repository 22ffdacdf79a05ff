#include "rollup/fund_use.h"

#include <map>

namespace fundpress {

FundUse fund_use(const Project& project, int fund_index) {
  const Fund& fund = project.funds[fund_index];
  FundUse use;
  std::vector<std::size_t> awards;
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    if (award.fund != fund_index) continue;
    awards.push_back(i);
  }
  if (!fund.has_envelope || awards.empty()) return use;
  std::map<int, std::vector<std::size_t>> by_period;  // first year -> awards
  for (std::size_t i : awards)
    by_period[envelope_period_of(project, fund, project.awards[i].year).start].push_back(i);
  for (const auto& [from, members] : by_period) {
    FundPeriod out;
    out.from = FinancialYear{from};
    out.years = fund.envelope_years < 1 ? 1 : fund.envelope_years;
    out.awarded = total_of(project, members);
    out.envelope = fund.envelope;
    use.periods.push_back(out);
  }
  return use;
}

}  // namespace fundpress
