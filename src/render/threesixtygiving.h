// downloads/360giving.json and downloads/360giving.csv: the grants in the
// 360Giving Data Standard 1.4. The JSON is a grant package that validates
// against the standard's package schema; the CSV uses the standard's flat
// column titles ("Recipient Org:Identifier"), one grant a row.
#pragma once

#include <string>

#include "render/output_stream.h"
#include "view/grants_view.h"

namespace fundpress {

/// Each writes its file into `out` a grant at a time; false, with `error`,
/// when the stream refuses a piece.
bool render_threesixtygiving_json(const GrantsView& view, OutputStream& out, std::string* error);
bool render_threesixtygiving_csv(const GrantsView& view, OutputStream& out, std::string* error);

}  // namespace fundpress
