// downloads/awards.json: the register with typed fields, described by
// downloads/awards.schema.json (view/register_description.h).
#pragma once

#include <string>

#include "render/output_stream.h"
#include "view/register_view.h"

namespace fundpress {

/// Every row as an object keyed by the columns' names. A field with no value
/// is null (a list, []). An amount is a decimal string ("8683.75") under its
/// name and an integer of pence under "amount_pence": both exact.
/// Written into `out` a row at a time; false, with `error`, when the stream
/// refuses a piece.
bool render_awards_json(const RegisterView& view, OutputStream& out, std::string* error);

}  // namespace fundpress
