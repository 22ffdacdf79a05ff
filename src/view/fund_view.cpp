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

std::string period_label(const Project& project, const FundPeriod& period) {
  if (period.years == 1) return period.from.label();
  return say(project, "period_range",
             {{"from", period.from.label()},
              {"to", FinancialYear{period.from.start + period.years - 1}.label()}});
}

// Whole per cent of the envelope used, half away from zero; the figure is
// what the bar shows, so it is capped at 100 there and not here.
uint64_t per_cent_used(const FundPeriod& period) {
  if (period.envelope.pence <= 0 || period.awarded.amount.pence <= 0) return 0;
  return rounded_quotient(static_cast<uint64_t>(period.awarded.amount.pence) * 100,
                          static_cast<uint64_t>(period.envelope.pence));
}

std::string limits_text(const Project& project, const Fund& fund) {
  std::initializer_list<Placeholder> limits = {{"min", pounds(project, fund.min_award)},
                                               {"max", pounds(project, fund.max_award)}};
  if (fund.has_min_award && fund.has_max_award) return say(project, "limits_between", limits);
  if (fund.has_max_award) return say(project, "limits_up_to", limits);
  if (fund.has_min_award) return say(project, "limits_at_least", limits);
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
  return say(project, "envelope_use",
             {{"per_cent", std::to_string(per_cent_used(latest))},
              {"envelope", pounds(project, latest.envelope)},
              {"period", period_label(project, latest)}});
}

nlohmann::json fund_context(const Project& project, int fund_index) {
  const Fund& fund = project.funds[fund_index];
  FundUse use = fund_use(project, fund_index);
  const std::string& measure = measure_text(project, project.measure);
  auto t = [&](const char* key) -> const std::string& { return text_of(project, key); };

  nlohmann::json rules = nlohmann::json::array();
  auto rule = [&](const std::string& label, const std::string& text) {
    if (!text.empty()) rules.push_back({{"label", label}, {"text", text}});
  };
  auto listed = [](const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : "; ") + item;
    return text;
  };
  rule(t("fund_status"), fund.status);
  if (fund.has_ring_fenced) rule(t("fund_ring_fenced"), t(fund.ring_fenced ? "yes" : "no"));
  rule(t("fund_administered_by"), fund.administered_by);
  if (fund.has_envelope) {
    std::string envelope =
        say(project, fund.envelope_years == 1 ? "envelope_a_year" : "envelope_over_years",
            {{"amount", pounds(project, fund.envelope)},
             {"years", std::to_string(fund.envelope_years)}});
    if (fund.has_envelope_start)
      envelope = say(project, "envelope_from",
                     {{"envelope", envelope}, {"year", fund.envelope_start.label()}});
    rule(t("fund_envelope"), envelope);
  }
  rule(t("col_award_limits"), limits_text(project, fund));
  if (fund.rounds_per_year > 0) rule(t("fund_rounds"), std::to_string(fund.rounds_per_year));
  if (fund.duration == FundDuration::one_off) rule(t("fund_awards"), t("fund_one_off"));
  else if (fund.duration == FundDuration::one_year_only)
    rule(t("fund_awards"), t("fund_one_year_only"));
  rule(t("fund_who_may_apply"), listed(fund.eligible_applicants));
  rule(t("fund_costs_funded"), listed(fund.eligible_costs));
  rule(t("fund_costs_not_funded"), listed(fund.ineligible_costs));

  nlohmann::json periods = nlohmann::json::array();
  for (const FundPeriod& period : use.periods) {
    uint64_t used = per_cent_used(period);
    Money remaining = period.remaining();
    std::string label = period_label(project, period);
    std::string left =
        period.over()
            ? say(project, "fund_over_envelope", {{"amount", pounds(project, Money{-remaining.pence})}})
            : say(project, "fund_remaining", {{"amount", pounds(project, remaining)}});
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

namespace {

// A fund's first page has its rules, beside what any value's page has.
void add_fund_rules(const Project& project, int fund, nlohmann::json* context) {
  (*context)["fund"] = fund_context(project, fund);
}

}  // namespace

void plan_fund_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const std::vector<Dimension>& listed = in.paths.listed();
  if (std::find(listed.begin(), listed.end(), Dimension::fund) == listed.end()) return;
  for (Group& group : listed_groups(in.project, Dimension::fund))
    plan_listing_item(in, Dimension::fund, std::move(group), plan, &add_fund_rules);
}

}  // namespace fundpress
