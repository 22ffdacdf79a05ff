// The rules of a line's term: extensions no longer than the initial term, and
// records kept no longer than their retention period.
#include "check/award_rules.h"
#include "model/money_format.h"

namespace fundpress {
namespace {

std::string years(int count) { return count_of(static_cast<std::size_t>(count), "year"); }

}  // namespace

void check_term_rules(const RuleContext& c) {
  const Project& project = *c.project;
  const std::string retained = years(project.retention_years);
  const std::string as_of = format_iso_date(project.as_of);
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    const Term& term = award.term;
    if (term.extension_years > term.initial_years)
      c.report(Rule::extension_term, c.cells.at(award, Field::term),
               "term \"" + award.text(Field::term) + "\" has extensions of " +
                   years(term.extension_years) + ", longer than its initial term of " +
                   years(term.initial_years) + " by " +
                   years(term.extension_years - term.initial_years),
               award.fund, static_cast<int>(i));
    if (project.as_of.empty()) continue;
    Date kept = retention_date(project, award);
    if (!(kept < project.as_of)) continue;
    Field field = award.end_date.empty() ? Field::year : Field::end_date;
    // Made in one allocation: an old register has a warning like this on most lines.
    std::string message;
    message.reserve(160);
    message += "funding ended ";
    message += format_iso_date(award.end_date.empty() ? award.year.last_day() : award.end_date);
    message += ", so its records were to be kept until ";
    message += format_iso_date(kept);
    message += " (";
    message += retained;
    message += " after), before the data's date ";
    message += as_of;
    c.report(Rule::past_retention, c.cells.at(award, field), std::move(message), award.fund,
             static_cast<int>(i));
  }
}

}  // namespace fundpress
