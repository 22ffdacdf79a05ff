// ONS geography codes ("E23000021"): their form, and the 360Giving geoCodeType
// each kind of code belongs to, so open data says what kind of place a code is.
#pragma once

#include <string>

namespace fundpress {

/// A letter for the nation (E, W, S, N, K) and eight digits.
bool is_ons_code(const std::string& code);

/// The 360Giving geoCodeType codelist's code for an ONS code's entity, from its
/// first three characters: E23 -> "PFA" (police force area), E22 -> "CSP",
/// E06 and W06 -> "UA", ...; "" for an entity the codelist does not name.
std::string geo_code_type(const std::string& code);

}  // namespace fundpress
