// org-id.guide identifiers from the numbers a register gives, as 360Giving
// and GrantNav link recipients: a charity number to GB-CHC (England and Wales),
// GB-SC (Scotland) or GB-NIC (Northern Ireland), a company number to GB-COH.
#pragma once

#include <string>

#include "model/project.h"

namespace fundpress {

/// "1164883" -> "GB-CHC-1164883", "SC012345" -> "GB-SC-SC012345",
/// "NIC100002" -> "GB-NIC-100002"; "" when `number` has none of those forms
/// (6 or 7 digits, optionally "-N" for a linked charity; SC and 6 digits; NIC
/// and 6 digits). Spaces are ignored.
std::string charity_org_id(const std::string& number);

/// "1234567" -> "GB-COH-01234567" (Companies House numbers are 8 characters:
/// 8 digits, zero-padded, or 2 letters and 6 digits, "SC123456"); "" when
/// `number` has neither form. Spaces are ignored.
std::string company_org_id(const std::string& number);

/// The organisation's identifier: its own org_id, else one from its charity
/// number, else from its company number; "" when it has none.
std::string organisation_org_id(const Organisation& organisation);

}  // namespace fundpress
