// Labels that name a financial year ("17/18 proposed costs (£)") are
// templates: the year is filled in for each year's figures, so one year's
// heading is never printed over another year's.
#pragma once

#include <string>

#include "model/date.h"

namespace fundpress {

/// `label` with its first financial year ("17/18", "2017/18", "2017-18",
/// "17-18", or a placeholder already) replaced by a placeholder that keeps
/// the way it was written: "{year}" for "2017/18", "{yy/yy}", "{yyyy-yy}",
/// "{yy-yy}". A label naming no year is returned as it is.
std::string year_template(const std::string& label);

/// True when `text` holds a year placeholder.
bool has_year_placeholder(const std::string& text);

/// The template with `year` written in, as the placeholder says.
std::string fill_year(const std::string& text, FinancialYear year);

/// The template without its year, for figures of several years:
/// "{yy/yy} proposed costs (£)" -> "Proposed costs (£)".
std::string strip_year(const std::string& text);

}  // namespace fundpress
