// downloads/awards.csv: the register as RFC 4180 CSV, one header row of the
// columns' names, amounts as plain decimal pounds, dates in ISO 8601.
#pragma once

#include <string>

#include "view/register_view.h"

namespace fundpress {

std::string render_awards_csv(const RegisterView& view);

}  // namespace fundpress
