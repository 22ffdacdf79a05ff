// The text of one field of an award, as every page and report prints it.
#pragma once

#include <string>

#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

/// The text of `field` on `award` (organisation, area, start date, ...); ""
/// when it has none. Amounts are not text: see amount_text in view/format.h.
std::string award_field_text(const Project& project, const Award& award, Field field);

/// As the register's own table printed it, for the report that reproduces
/// that table: the organisation as the line spells it (an alias of its name),
/// every other field as award_field_text.
std::string printed_field_text(const Project& project, const Award& award, Field field);

}  // namespace fundpress
