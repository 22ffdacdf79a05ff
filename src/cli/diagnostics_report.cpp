#include "cli/diagnostics_report.h"

#include <map>

#include "view/format.h"

namespace fundpress {

void print_diagnostics(const Diagnostics& diagnostics, std::ostream& out, std::size_t limit) {
  std::size_t errors = 0, warnings = 0, hidden_errors = 0, hidden_warnings = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    bool error = d.severity == Severity::error;
    std::size_t& shown = error ? errors : warnings;
    if (shown < limit) out << format_diagnostic(d) << '\n';
    else ++(error ? hidden_errors : hidden_warnings);
    ++shown;
  }
  if (hidden_errors) out << "fundpress: " << hidden_errors << " more errors not shown\n";
  if (hidden_warnings) out << "fundpress: " << hidden_warnings << " more warnings not shown\n";
  if (errors || warnings)
    out << "fundpress: " << count_of(errors, "error") << ", " << count_of(warnings, "warning")
        << '\n';
}

std::string control_line(const Project& project, const Reconciliation& r) {
  auto part = [](const Total& t, const char* verb) {
    return count_of(t.rows, "row") + " " + format_pounds(t.amount, 2) + " " + verb;
  };
  std::string line = part(r.read, "read") + "; " + part(r.published, "published") + "; ";
  if (r.withheld.rows == 0) {
    line += "0 withheld";
  } else {
    line += part(r.withheld, "withheld") + " (";
    std::map<std::string, std::size_t> reasons;
    for (const Withheld& w : project.withheld) ++reasons[w.reason];
    bool first = true;
    for (const auto& [reason, count] : reasons) {
      line += (first ? "" : "; ") + std::to_string(count) + ": " + reason;
      first = false;
    }
    line += ")";
  }
  return line + printed_totals_part(project.printed_totals) + redactions_part(project);
}

std::string redactions_part(const Project& project) {
  const Redactions& r = project.redacted;
  if (r.total() == 0) return project.internal ? "; internal copy: no personal data found" : "";
  std::string found;
  auto add = [&](std::size_t count, const std::string& what) {
    if (count) found += (found.empty() ? "" : ", ") + std::to_string(count) + " " + what;
  };
  add(r.individuals, r.individuals == 1 ? "individual recipient" : "individual recipients");
  add(r.fields, r.fields == 1 ? "personal or sensitive field" : "personal or sensitive fields");
  add(r.contact_details, r.contact_details == 1 ? "contact detail" : "contact details");
  return project.internal ? "; internal copy: personal data kept (" + found + ")"
                          : "; personal data redacted: " + found;
}

std::string printed_totals_part(const std::vector<PrintedTotal>& totals) {
  if (totals.empty()) return "";
  std::size_t exact = 0, within = 0, noted = 0;
  for (const PrintedTotal& total : totals)
    ++(total.agreement == Agreement::exact             ? exact
       : total.agreement == Agreement::within_rounding ? within
                                                       : noted);
  std::string part = "; printed totals: " + std::to_string(totals.size()) + " checked, " +
                     std::to_string(exact) + " exact";
  if (within) part += ", " + std::to_string(within) + " reconciled within rounding";
  if (noted) part += ", " + std::to_string(noted) + " differing, published with a note";
  return part;
}

std::string grants_control_line(const GrantsView& grants) {
  if (!grants.published) return "360Giving: not published (" + text_of(*grants.project, grants.not_published_reason) + ")";
  std::string line = "360Giving: " + count_of(grants.grants.size(), "grant") + " " +
                     format_pounds(grants.total.amount, 2);
  if (grants.left_out.empty()) return line + "; 0 left out";
  std::size_t rows = 0;
  Money amount;
  std::string reasons;
  for (const LeftOut& l : grants.left_out) {
    rows += l.total.rows;
    amount += l.total.amount;
    reasons += (reasons.empty() ? "" : "; ") + std::to_string(l.total.rows) + ": " + text_of(*grants.project, l.reason);
  }
  return line + "; " + std::to_string(rows) + " left out " + format_pounds(amount, 2) + " (" +
         reasons + ")";
}

}  // namespace fundpress
