#include "view/printed_notes.h"

#include "model/money_format.h"
#include "view/site_paths.h"

namespace fundpress {

std::vector<const PrintedTotal*> noted_totals(const Project& project, FinancialYear year) {
  std::vector<const PrintedTotal*> out;
  for (const PrintedTotal& total : project.printed_totals)
    if (total.year == year && total.agreement != Agreement::exact) out.push_back(&total);
  return out;
}

std::string printed_total_note(const Project& project, const PrintedTotal& total) {
  std::string printed = total.text;
  // "7,036" in a column of £000s: say what it stands for.
  std::string in_pounds = format_pounds(total.printed, -1);
  if (printed != in_pounds && printed != format_amount(total.printed, -1))
    printed = say(project, "printed_in_pounds", {{"printed", printed}, {"pounds", in_pounds}});
  int64_t difference = total.computed.pence - total.printed.pence;
  return say(project,
             total.agreement == Agreement::within_rounding ? "printed_note_within"
             : difference > 0                               ? "printed_note_more"
                                                            : "printed_note_less",
             {{"label", total.label},
              {"year", total.year.label()},
              {"printed", printed},
              {"lines", count_text(project, total.lines, "line")},
              {"sum", format_pounds(total.computed, -1)},
              {"difference", format_pounds(Money{difference < 0 ? -difference : difference}, -1)}});
}

nlohmann::json printed_notes_context(const Project& project,
                                     const std::vector<FinancialYear>& years) {
  nlohmann::json notes = nlohmann::json::array();
  for (FinancialYear year : years)
    for (const PrintedTotal* total : noted_totals(project, year))
      notes.push_back({{"text", printed_total_note(project, *total)},
                       {"report_path", SitePaths::report(year, ".html")},
                       {"report", project.wording.report_title + " " + year.label()}});
  if (notes.empty()) return false;
  return {{"notes", notes}};
}

std::vector<std::string> printed_note_texts(const Project& project) {
  std::vector<std::string> texts;
  for (const PrintedTotal& total : project.printed_totals)
    if (total.agreement != Agreement::exact) texts.push_back(printed_total_note(project, total));
  return texts;
}

}  // namespace fundpress
