// Printing a run's diagnostics and its control line.
#pragma once

#include <ostream>

#include "load/diagnostics.h"
#include "model/project.h"
#include "rollup/rollup.h"
#include "view/grants_view.h"

namespace fundpress {

/// Prints every diagnostic, errors and warnings each capped at `limit`, with a
/// line saying how many were left out, then "N errors, M warnings" if any.
void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out, std::size_t limit = 200);

/// "42 rows £4,668,358.75 read; 42 rows £4,668,358.75 published; 0 withheld"
std::string control_line(const Project& project, const Reconciliation& reconciliation);

/// "; printed totals: 5 checked, 4 exact, 1 reconciled within rounding": how
/// the totals printed in the register agreed with their lines; "" when it
/// printed none.
/// "; personal data redacted: 1 individual recipient, 2 contact details", or
/// in an internal build what was kept; "" when a public build found none.
std::string redactions_part(const Project& project);

std::string printed_totals_part(const std::vector<PrintedTotal>& totals);

/// "360Giving: 40 grants £3,676,504.75; 2 left out £991,854.00 (2: no named
/// recipient)", or why no 360Giving file is published: the part of the control
/// line that accounts for the 360Giving files.
std::string grants_control_line(const GrantsView& grants);

}  // namespace fundpress
