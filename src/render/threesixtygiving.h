// downloads/360giving.json and downloads/360giving.csv: the grants in the
// 360Giving Data Standard 1.4. The JSON is a grant package that validates
// against the standard's package schema; the CSV uses the standard's flat
// column titles ("Recipient Org:Identifier"), one grant a row.
#pragma once

#include <string>

#include "view/grants_view.h"

namespace fundpress {

std::string render_threesixtygiving_json(const GrantsView& view);
std::string render_threesixtygiving_csv(const GrantsView& view);

}  // namespace fundpress
