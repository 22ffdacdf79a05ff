// Name patterns from fundpress.json: "To be confirmed", "Various*".
#pragma once

#include <string>
#include <string_view>

namespace fundpress {

/// True when the whole of `name` matches `pattern`, case and spacing ignored
/// (as column headers are compared, see normalise_header); "*" in the pattern
/// stands for any text, including none.
bool matches_name_pattern(const std::string& name, const std::string& pattern);

/// The same, for a name and a pattern already passed through normalise_header:
/// matching every organisation against every pattern then normalises each once.
bool matches_normalised_pattern(std::string_view text, std::string_view glob);

}  // namespace fundpress
