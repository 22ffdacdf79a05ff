// Showing figures under the publisher's display rules, dates and years. Money
// and counts are formatted by model/money_format.h, the one formatter.
#pragma once

#include <string>

#include "model/date.h"
#include "model/money.h"
#include "model/money_format.h"
#include "model/project.h"

namespace fundpress {

/// A row's amount and a total's amount under the publisher's display rules,
/// in its unit ("display": {"unit": 1000} shows 1,448,239 as "1,448"), for
/// columns whose heading states the unit (amount_heading).
std::string format_row_amount(Money money, const DisplayRules& rules);
std::string format_total_amount(Money money, const DisplayRules& rules);

/// A total with its pound sign and, in a unit above pounds, its suffix
/// ("£1,448k"), for text and columns whose heading states no unit.
std::string format_total_pounds(Money money, const DisplayRules& rules);

/// The heading over `field`'s values: its label as configured or copied from
/// the source table, and for the amount, the unit the figures are shown in
/// (`unit` pounds) in place of any unit the label states, so "17/18 proposed
/// costs (£000s)" over figures in pounds becomes "17/18 proposed costs (£)".
/// `year`, when given, is the year of the figures below: a label naming a
/// year names that one (model/year_label.h).
std::string heading_for(const Project& project, Field field, int64_t unit,
                        FinancialYear year = FinancialYear{});

/// An award's amount as a row shows it, or its status ("To be confirmed")
/// when the figure is not yet known.
std::string amount_text(const Award& award, const DisplayRules& rules);

/// "1 April 2017" ("1 Ebrill 2017" on Welsh pages); "" for no date.
std::string format_date(const Project& project, const Date& date);
/// A file's size as GOV.UK's attachments give it: "512 bytes", "12.3 KB",
/// "4.1 MB" (1 KB = 1,024 bytes; one decimal, rounded half up).
std::string file_size_text(const Project& project, uint64_t bytes);

/// "2017-18": a financial year in an address.
std::string year_slug(FinancialYear year);

}  // namespace fundpress
