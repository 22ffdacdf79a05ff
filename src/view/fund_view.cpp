#include "view/fund_view.h"

#include <algorithm>

#include "model/money.h"
#include "model/money_format.h"
#include "rollup/fund_use.h"
#include "view/format.h"
#include "view/listing_view.h"
#include "view/page.h"

namespace fundpress {
namespace {

std::string pounds(const Project& project, Money amount) {
  return format_total_pounds(amount, project.display);
}

std::string period_label(const FundPeriod& period) {
  if (period.years == 1) return period.from.label();
  return period.from.label() + " to " + FinancialYear{period.from.start + period.years - 1}.label();
}

// Whole per cent of the envelope used, half away from zero; the figure is
// what the bar shows, so it is capped at 100 there and not here.
uint64_t per_cent_used(const FundPeriod& period) {
  if (period.envelope.pence <= 0 || period.awarded.amount.pence <= 0) return 0;
  return rounded_quotient(static_cast<uint64_t>(period.awarded.amount.pence) * 100,
                          static_cast<uint64_t>(period.envelope.pence));
}

std::string limits_text(const Project& project, const Fund& fund) {
  if (fund.has_min_award && fund.has_max_award)
    return pounds(project, fund.min_award) + " to " + pounds(project, fund.max_award);
  if (fund.has_max_award) return "up to " + pounds(project, fund.max_award);
  if (fund.has_min_award) return "at least " + pounds(project, fund.min_award);
  return "";
}

}  // namespace

std::string fund_limits_text(const Project& project, int fund) {
  return limits_text(project, project.funds[fund]);
}

std::string envelope_use_text(const Project& project, int fund) {
  FundUse use = fund_use(project, fund);
  if (use.periods.empty()) return "";
  const FundPeriod& latest = use.periods.back();
  return std::to_string(per_cent_used(latest)) + "% of " + pounds(project, latest.envelope) +
         " (" + period_label(latest) + ")";
}

nlohmann::json fund_context(const Project& project, int fund_index) {
  const Fund& fund = project.funds[fund_index];
  FundUse use = fund_use(project, fund_index);
  std::string measure = measure_name(project.measure);

  nlohmann::json rules = nlohmann::json::array();
  auto rule = [&](const std::string& label, const std::string& text) {
    if (!text.empty()) rules.push_back({{"label", label}, {"text", text}});
  };
  auto listed = [](const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : "; ") + item;
    return text;
  };
  rule("Status", fund.status);
  if (fund.has_ring_fenced) rule("Ring-fenced", fund.ring_fenced ? "yes" : "no");
  rule("Administered by", fund.administered_by);
  if (fund.has_envelope)
    rule("Envelope",
         pounds(project, fund.envelope) +
             (fund.envelope_years == 1
                  ? " a year"
                  : " over " + std::to_string(fund.envelope_years) + " years") +
             (fund.has_envelope_start ? ", from " + fund.envelope_start.label() : ""));
  rule("Award limits", limits_text(project, fund));
  if (fund.rounds_per_year > 0)
    rule("Rounds a year", std::to_string(fund.rounds_per_year));
  if (fund.duration == FundDuration::one_off)
    rule("Awards", "one-off: a recipient is funded once");
  else if (fund.duration == FundDuration::one_year_only)
    rule("Awards", "for one year only: funding may not run into the next financial year");
  rule("Who may apply", listed(fund.eligible_applicants));
  rule("Costs it funds", listed(fund.eligible_costs));
  rule("Costs it does not fund", listed(fund.ineligible_costs));

  nlohmann::json periods = nlohmann::json::array();
  for (const FundPeriod& period : use.periods) {
    uint64_t used = per_cent_used(period);
    Money remaining = period.remaining();
    std::string label = period_label(period);
    std::string left = period.over()
                           ? pounds(project, Money{-remaining.pence}) + " over the envelope"
                           : pounds(project, remaining) + " remaining";
    periods.push_back({{"label", label},
                       {"envelope", pounds(project, period.envelope)},
                       {"awarded", pounds(project, period.awarded.amount)},
                       {"remaining", left},
                       {"per_cent", std::to_string(used) + "%"},
                       {"bar", std::min<uint64_t>(used, 100)},
                       {"over", period.over()}});
  }

  // The check stage's own words, for each rule the publisher publishes as a warning.
  nlohmann::json breaches = nlohmann::json::array();
  for (const Breach& breach : project.breaches) {
    if (breach.fund != fund_index) continue;
    bool line = breach.award >= 0;
    breaches.push_back(
        {{"service", line ? project.awards[breach.award].service : ""},
         {"url", line ? SitePaths::award(project.awards[breach.award]) : ""},
         {"has_url", line},
         {"text", breach.message},
         {"rule", breach.rule}});
  }
  return {{"rules", rules},
          {"has_rules", !rules.empty()},
          {"measure", measure},
          {"periods", periods},
          {"has_periods", !periods.empty()},
          {"breaches", breaches},
          {"has_breaches", !breaches.empty()}};
}

void plan_fund_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  SitePaths paths = in.paths;
  const std::vector<Dimension>& listed = paths.listed();
  if (std::find(listed.begin(), listed.end(), Dimension::fund) == listed.end()) return;
  for (Group& group : listed_groups(project, Dimension::fund)) {
    std::string path = paths.item(Dimension::fund, group.key);
    plan->push_back(PlannedOutput::from_context(
        path, [&project, paths, group = std::move(group), years = in.years] {
          nlohmann::json context =
              listing_item_context(project, paths, Dimension::fund, group, years.get());
          context["fund"] = fund_context(project, group.key);
          return context;
        }));
  }
}

}  // namespace fundpress
