#include "rollup/fund_use.h"

#include <map>

namespace fundpress {

FundUse fund_use(const Project& project, int fund_index) {
  const Fund& fund = project.funds[fund_index];
  FundUse use;
  std::vector<std::size_t> awards;
  int first_year = 0;
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    if (award.fund != fund_index) continue;
    if (awards.empty() || award.year.start < first_year) first_year = award.year.start;
    awards.push_back(i);
    if (!award.amount_known) continue;
    if (fund.has_max_award && fund.max_award < award.amount)
      use.breaches.push_back(LimitBreach{i, true, fund.max_award});
    else if (fund.has_min_award && award.amount < fund.min_award)
      use.breaches.push_back(LimitBreach{i, false, fund.min_award});
  }
  if (!fund.has_envelope || awards.empty()) return use;
  int years = fund.envelope_years < 1 ? 1 : fund.envelope_years;
  std::map<int, std::vector<std::size_t>> by_period;
  for (std::size_t i : awards) by_period[(project.awards[i].year.start - first_year) / years].push_back(i);
  for (const auto& [period, members] : by_period) {
    FundPeriod out;
    out.from = FinancialYear{first_year + period * years};
    out.years = years;
    out.awarded = total_of(project, members);
    out.envelope = fund.envelope;
    use.periods.push_back(out);
  }
  return use;
}

}  // namespace fundpress
