// The text of one field of an award, as every page and report prints it.
#pragma once

#include <string>

#include "model/project.h"

namespace fundpress {

/// The text of the canonical field `field` ("organisation", "area", "start_date")
/// of `award`; "" when it has none. Amounts are not text: see view/format.h.
std::string award_field_text(const Project& project, const Award& award, const std::string& field);

}  // namespace fundpress
