// Showing figures, dates and years. This is the only code that rounds, and it
// rounds only what is shown: half away from zero, to the decimals asked for.
#pragma once

#include <string>

#include "model/date.h"
#include "model/money.h"
#include "model/project.h"

namespace fundpress {

/// "1,448,239", "8,683.75", "-1,234" or "(1,234)". `decimals` is 0 or 2, or -1
/// for "pence only when they are not zero".
std::string format_amount(Money money, int decimals, bool negative_in_brackets = false);

/// format_amount with a pound sign: "£1,448,239", "-£1,234", "(£1,234)".
std::string format_pounds(Money money, int decimals, bool negative_in_brackets = false);

/// A row's amount and a total's amount under the publisher's display rules.
std::string format_row_amount(Money money, const DisplayRules& rules);
std::string format_total_amount(Money money, const DisplayRules& rules);

/// Headline form: "£4.668m", "£576k", "£950", "£1.2bn".
std::string format_short(Money money);

/// "1 April 2017"; "" for no date.
std::string format_date(const Date& date);
/// "2017-04-01"; "" for no date.
std::string format_iso_date(const Date& date);

/// "2017-18": a financial year in an address.
std::string year_slug(FinancialYear year);

/// "proposed", "awarded" or "paid".
const char* measure_name(Measure measure);

/// "1 row", "42 rows": `noun` is the singular; the plural adds "s".
std::string count_of(std::size_t count, const std::string& noun);

}  // namespace fundpress
