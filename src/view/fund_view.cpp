#include "view/fund_view.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

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

std::string envelope_use_text(const Project& project, const FundUse& use) {
  if (use.periods.empty()) return "";
  const FundPeriod& latest = use.periods.back();
  return say(project, "envelope_use",
             {{"per_cent", std::to_string(per_cent_used(latest))},
              {"envelope", pounds(project, latest.envelope)},
              {"period", period_label(project, latest)}});
}

nlohmann::json fund_context(const Project& project, int fund_index, const FundUse& use, int page,
                            int pages, const std::vector<std::size_t>& breach_indices) {
  // The check stage's own words, for each rule the publisher publishes as a warning.
  nlohmann::json breaches = nlohmann::json::array();
  for (std::size_t b : breach_indices) {
    const Breach& breach = project.breaches[b];
    bool line = breach.award >= 0;
    breaches.push_back(
        {{"service", line ? project.awards[breach.award].service : ""},
         {"url", line ? SitePaths::award(project.awards[breach.award]) : ""},
         {"has_url", line},
         {"text", breach.message},
         {"rule", breach.rule}});
  }
  bool has_breaches = !breaches.empty();
  if (page > 1)
    return {{"first_page", false},
            {"paged", true},
            {"breaches", std::move(breaches)},
            {"has_breaches", has_breaches}};

  const Fund& fund = project.funds[fund_index];
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

  return {{"first_page", true},
          {"paged", pages > 1},
          {"rules", rules},
          {"has_rules", !rules.empty()},
          {"measure", measure},
          {"periods", periods},
          {"has_periods", !periods.empty()},
          {"breaches", std::move(breaches)},
          {"has_breaches", has_breaches}};
}

namespace {

// A fund's breaches by the line they concern (-1: the fund's own).
using BreachesByLine = std::map<int, std::vector<std::size_t>>;

// The breaches page `page` of a fund lists, in the check stage's order: those
// of its lines; on page 1 also those of no line a page lists (the fund's own,
// and any of a line its pages do not list), so none goes unshown.
std::vector<std::size_t> page_breaches(const BreachesByLine& by_line, const ListingLines& split,
                                       int page) {
  std::vector<std::size_t> breaches;
  auto add = [&](const std::vector<std::size_t>& some) {
    breaches.insert(breaches.end(), some.begin(), some.end());
  };
  auto [first, last] = split.slice(page);
  for (std::size_t at = first; at < last; ++at) {
    auto of_line = by_line.find(static_cast<int>(split.lines[at]));
    if (of_line != by_line.end()) add(of_line->second);
  }
  if (page == 1) {
    std::set<int> listed(split.lines.begin(), split.lines.end());
    for (const auto& [award, of_line] : by_line)
      if (!listed.count(award)) add(of_line);
  }
  std::sort(breaches.begin(), breaches.end());
  return breaches;
}

}  // namespace

void plan_fund_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const std::vector<Dimension>& listed = in.paths.listed();
  if (std::find(listed.begin(), listed.end(), Dimension::fund) == listed.end()) return;
  // Each fund's breaches by line, made once for all its pages.
  auto by_fund = std::make_shared<std::map<int, BreachesByLine>>();
  for (std::size_t b = 0; b < in.project.breaches.size(); ++b)
    if (in.project.breaches[b].fund >= 0)
      (*by_fund)[in.project.breaches[b].fund][in.project.breaches[b].award].push_back(b);
  const Project& project = in.project;
  PageExtra extra;
  extra.add = [&project, by_fund, years = in.years](int fund, const ListingLines& split, int page,
                                                    nlohmann::json* context) {
    auto found = by_fund->find(fund);
    std::vector<std::size_t> breaches;
    if (found != by_fund->end()) breaches = page_breaches(found->second, split, page);
    (*context)["fund"] =
        fund_context(project, fund, years->funds[fund], page, split.pages, breaches);
  };
  // Besides the project and the fund's lines (which its use of the envelope
  // totals), the lines its breaches name.
  extra.inputs = [&project, by_fund, awards = in.awards](int fund, InputDigest& digest) {
    auto found = by_fund->find(fund);
    if (found == by_fund->end()) return;
    std::vector<std::size_t> named;
    for (const auto& [award, breaches] : found->second)
      if (award >= 0 && static_cast<std::size_t>(award) < project.awards.size())
        named.push_back(static_cast<std::size_t>(award));
    feed_awards(*awards, named, digest);
  };
  plan_listing_values(in, Dimension::fund, listed_groups(in.project, Dimension::fund), plan,
                      std::move(extra));
}

}  // namespace fundpress
