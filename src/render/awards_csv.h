// downloads/awards.csv: the register as RFC 4180 CSV, one header row of the
// columns' names, amounts as plain decimal pounds, dates in ISO 8601.
#pragma once

#include <string>

#include "render/output_stream.h"
#include "view/register_view.h"

namespace fundpress {

/// Writes the file into `out` a record at a time. False, with `error`, when
/// the stream refuses a piece.
bool render_awards_csv(const RegisterView& view, OutputStream& out, std::string* error);

}  // namespace fundpress
