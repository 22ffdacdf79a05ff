// Dates and financial years as UK offices write them.
#pragma once

#include <string>
#include <string_view>

#include "model/date.h"

namespace fundpress {

/// The years a date or financial year may fall in. By default 1990 to 2100:
/// PCCs were created in 2012 and their predecessors' records go back a few
/// decades, so a year outside is a typing mistake ("0017/18", "2107-04-01");
/// fundpress.json's "year_range" sets others.
struct YearRange {
  int earliest = 1990;
  int latest = 2100;
};

/// Parses "2017-04-01" (ISO 8601), "01/04/2017" (day first, as in the UK) or
/// "1 April 2017" / "30th September 2017". Never guesses month-first order.
bool parse_date(std::string_view text, Date* date, std::string* error, const YearRange& range = {});

/// Parses a financial year: "2017/18", "2017-18", "2017/2018", "FY 2017/18",
/// "17/18". The second year must follow the first.
bool parse_financial_year(std::string_view text, FinancialYear* year, std::string* error,
                          const YearRange& range = {});

}  // namespace fundpress
