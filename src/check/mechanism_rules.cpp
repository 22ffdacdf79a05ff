// The rules of how money is given: a single tender action above the threshold
// is signed off; a partnership agreement is only with a public body.
#include "check/award_rules.h"
#include "check/columns.h"
#include "model/money_format.h"
#include "model/text.h"

namespace fundpress {
namespace {

bool is_single_tender(const std::string& route) {
  std::string key = normalise_header(route);
  return key == "single tender action" || key == "single tender" || key == "sta";
}

void check_single_tender(const RuleContext& c, const Award& award, const Mechanism& mechanism,
                         int index) {
  if (mechanism.kind != MechanismKind::contract || !mechanism.has_single_tender_threshold ||
      !is_single_tender(award.text(Field::procurement_route)) || !award.amount_known ||
      !(mechanism.single_tender_threshold < award.amount) || !award.text(Field::approver).empty())
    return;
  std::string who = mechanism.single_tender_approver.empty()
                        ? std::string("an approver")
                        : "the " + mechanism.single_tender_approver;
  Position at = c.cells.columns[award.source.file].of(Field::approver) >= 0
                    ? c.cells.at(award, Field::approver)
                    : c.cells.at(award, Field::amount);
  c.report(Rule::single_tender_approval, at,
           "single tender action of " + format_pounds(award.amount, -1) + " is above the " +
               format_pounds(mechanism.single_tender_threshold, -1) + " that " + who +
               " must sign off, and names no approver",
           -1, index);
}

void check_partnership(const RuleContext& c, const Award& award, const Mechanism& mechanism,
                       int index) {
  if (mechanism.kind != MechanismKind::partnership) return;
  std::string sector = normalise_header(award.text(Field::counterparty_sector));
  if (sector == "public" || sector == "public sector") return;
  std::string who = award.organisation >= 0
                        ? in_quotes(c.project->organisations[award.organisation].name)
                        : std::string("a body");
  Position at = c.cells.columns[award.source.file].of(Field::counterparty_sector) >= 0
                    ? c.cells.at(award, Field::counterparty_sector)
                    : c.cells.at(award, Field::mechanism);
  c.report(Rule::partnership_counterparty, at,
           "partnership agreement with " + who +
               (sector.empty() ? ", whose sector is not given"
                               : ", a " + award.text(Field::counterparty_sector) + " sector body") +
               "; partnership agreements are only with public bodies",
           -1, index);
}

}  // namespace

void check_mechanism_rules(const RuleContext& c) {
  for (std::size_t i = 0; i < c.project->awards.size(); ++i) {
    const Award& award = c.project->awards[i];
    if (award.mechanism_kind < 0) continue;
    const Mechanism& mechanism = c.project->mechanisms[award.mechanism_kind];
    check_single_tender(c, award, mechanism, static_cast<int>(i));
    check_partnership(c, award, mechanism, static_cast<int>(i));
  }
}

}  // namespace fundpress
