// How much of each fund is used: per envelope period (one year, or "£300,000
// over 3 years"), what was awarded against the envelope and what remains, and
// the awards outside the fund's limits. Pure; exact pence; nothing rounded.
#pragma once

#include <cstddef>
#include <vector>

#include "model/project.h"
#include "rollup/rollup.h"

namespace fundpress {

/// One envelope period of a fund.
struct FundPeriod {
  FinancialYear from;  // its first year
  int years = 1;       // how many years it spans
  Total awarded;       // the fund's awards in those years
  Money envelope;
  /// envelope - awarded: negative when the fund is over its envelope.
  Money remaining() const { return Money{envelope.pence - awarded.amount.pence}; }
  bool over() const { return envelope < awarded.amount; }
};

struct FundUse {
  /// The envelope's periods that have awards (see envelope_period_of in
  /// model/project.h); empty when the fund states no envelope.
  std::vector<FundPeriod> periods;
};

/// Every fund's use (index: Project::funds), from one pass over the register.
std::vector<FundUse> fund_uses(const Project& project);

}  // namespace fundpress
