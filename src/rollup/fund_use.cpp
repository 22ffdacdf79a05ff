#include "rollup/fund_use.h"

#include <map>

namespace fundpress {

std::vector<FundUse> fund_uses(const Project& project) {
  std::vector<std::map<int, std::vector<std::size_t>>> by_period(project.funds.size());
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    if (award.fund < 0) continue;
    const Fund& fund = project.funds[award.fund];
    if (!fund.has_envelope) continue;
    by_period[award.fund][envelope_period_of(project, fund, award.year).start].push_back(i);
  }
  std::vector<FundUse> uses(project.funds.size());
  for (std::size_t f = 0; f < project.funds.size(); ++f) {
    const Fund& fund = project.funds[f];
    for (const auto& [from, members] : by_period[f]) {  // first year -> awards
      FundPeriod out;
      out.from = FinancialYear{from};
      out.years = fund.envelope_years < 1 ? 1 : fund.envelope_years;
      out.awarded = total_of(project, members);
      out.envelope = fund.envelope;
      uses[f].periods.push_back(out);
    }
  }
  return uses;
}

}  // namespace fundpress
