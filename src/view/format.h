// Showing figures under the publisher's display rules, dates and years. Money
// and counts are formatted by model/money_format.h, the one formatter.
#pragma once

#include <string>

#include "model/date.h"
#include "model/money.h"
#include "model/money_format.h"
#include "model/project.h"

namespace fundpress {

/// A row's amount and a total's amount under the publisher's display rules.
std::string format_row_amount(Money money, const DisplayRules& rules);
std::string format_total_amount(Money money, const DisplayRules& rules);

/// An award's amount as a row shows it, or its status ("To be confirmed")
/// when the figure is not yet known.
std::string amount_text(const Award& award, const DisplayRules& rules);

/// "1 April 2017"; "" for no date.
std::string format_date(const Date& date);
/// "2017-04-01"; "" for no date.
std::string format_iso_date(const Date& date);

/// "2017-18": a financial year in an address.
std::string year_slug(FinancialYear year);

}  // namespace fundpress
