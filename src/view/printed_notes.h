// What the outputs say about totals printed in the source table that are not
// exactly their lines' sum: within the rounding of figures printed in a unit,
// or published as printed with a note ("printed_totals": "publish-with-note").
// One sentence, written here, is carried by the report, the year and home
// pages, the downloads page and the workbooks, so they cannot disagree.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"

namespace fundpress {

/// The printed totals of `year` that need a note, in source order.
std::vector<const PrintedTotal*> noted_totals(const Project& project, FinancialYear year);

/// The note on `total`: "“Total” for 2019/20 is printed in the source table as
/// 20,000, but its 2 lines add up to £20,002: £2 more. It is published as
/// printed; every line is published exactly." or "... its 3 lines add up to
/// £7,035,000: reconciled within the rounding of the printed figures."
std::string printed_total_note(const Project& project, const PrintedTotal& total);

/// The notes on the printed totals of `years` for a page's
/// "printed_notes" partial ({"notes": [{"text", "report_path", "report"}]}),
/// or false when none needs one.
nlohmann::json printed_notes_context(const Project& project,
                                     const std::vector<FinancialYear>& years);

/// The same notes as plain sentences, for the open-data files' metadata.
std::vector<std::string> printed_note_texts(const Project& project);

}  // namespace fundpress
