// Name patterns from fundpress.json: "To be confirmed", "Various*".
#pragma once

#include <string>

namespace fundpress {

/// True when the whole of `name` matches `pattern`, case and spacing ignored
/// (as column headers are compared, see normalise_header); "*" in the pattern
/// stands for any text, including none.
bool matches_name_pattern(const std::string& name, const std::string& pattern);

}  // namespace fundpress
