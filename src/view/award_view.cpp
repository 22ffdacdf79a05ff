#include "view/award_view.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>

#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/json_object.h"
#include "view/page.h"
#include "view/report_view.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

nlohmann::json value(nlohmann::json runs, const std::string& url) {
  return JsonObject()
      .add("has_url", !url.empty())
      .add("runs", std::move(runs))
      .add("url", url)
      .take();
}

// Every field the award has, in the order of model/fields.h, each value a
// list so that several priorities can each link to their page.
nlohmann::json award_fields(const Project& project, const SitePaths& paths, const Award& award,
                            AbbreviationMarker& abbreviations) {
  nlohmann::json fields = nlohmann::json::array();
  auto add = [&](Field field, nlohmann::json values, bool numeric = false) {
    fields.push_back(
        JsonObject()
            .add("label", heading_for(project, field, project.display.unit, award.year))
            .add("numeric", numeric)
            .add("values", std::move(values))
            .take());
  };
  auto text = [&](Field field, const std::string& url = "") {
    std::string shown = award_field_text(project, award, field);
    if (!shown.empty()) add(field, json_list_of(value(abbreviations.runs(shown), url)));
  };
  text(Field::service);
  if (!award.reference.empty()) text(Field::id);
  if (award.organisation >= 0)
    text(Field::organisation, paths.item(Dimension::organisation, award.organisation));
  text(Field::description);
  add(Field::amount, json_list_of(value(unmarked_runs(amount_text(award, project.display)), "")),
      award.amount_known);
  add(Field::year, json_list_of(value(unmarked_runs(award.year.label()),
                                      paths.item(Dimension::year, year_key(project, award.year)))));
  text(Field::section, paths.item(Dimension::section, award.section));
  if (award.area >= 0) text(Field::area, paths.item(Dimension::area, award.area));
  if (award.fund >= 0) text(Field::fund, paths.item(Dimension::fund, award.fund));
  if (!award.priorities.empty()) {
    nlohmann::json priorities = nlohmann::json::array();
    for (int p : award.priorities)
      priorities.push_back(value(abbreviations.runs(project.priorities[p].name),
                                 paths.priority_has_page(p) ? paths.item(Dimension::priority, p)
                                                            : ""));
    add(Field::priority, std::move(priorities));
  }
  for (Field field : {Field::status, Field::decision_date, Field::decision_reason})
    text(field);
  text(Field::mechanism, award.mechanism_kind >= 0
                             ? paths.item(Dimension::mechanism, award.mechanism_kind)
                             : "");
  for (Field field :
       {Field::procurement_route, Field::approver, Field::counterparty_sector, Field::unit_price,
        Field::units, Field::co_funders, Field::pcc_share, Field::cdr_grant, Field::purpose,
        Field::conditions, Field::reasons, Field::term, Field::award_date, Field::start_date,
        Field::end_date, Field::reporting, Field::payment_stages, Field::cost_category,
        Field::applicant_type, Field::note, Field::org_id, Field::charity_number,
        Field::company_number})
    text(field);
  // The end of funding plus the retention period ("retention_years", 6 by default).
  fields.push_back(
      JsonObject()
          .add("label", text_of(project, "records_kept_until"))
          .add("numeric", false)
          .add("values",
               json_list_of(
                   value(unmarked_runs(format_date(project, retention_date(project, award))), "")))
          .take());
  // The published decision is a link to the publisher's own record of it.
  const std::string& decision_url = award.text(Field::decision_url);
  bool web = decision_url.rfind("https://", 0) == 0 || decision_url.rfind("http://", 0) == 0;
  text(Field::decision_url, web ? decision_url : "");
  return fields;
}

// Where an award sits in its year's report: "line 3 of 9 in Victims".
// 32-bit counts: one place per award, a million of them on a national register.
struct ReportPlace {
  std::uint32_t line = 0;   // 1-based within its section
  std::uint32_t lines = 0;  // in its section
  Money subtotal;           // of its section
};

// Every award's place, from one pass over each year's report, made from the
// year's lines in `years` (YearsRollup::lines).
std::vector<ReportPlace> report_places(const Project& project, const LinesByYear& years) {
  std::vector<ReportPlace> places(project.awards.size());
  for (const YearLines& lines : years) {
    ReportView report = build_report(project, lines);
    for (const ReportSection& section : report.sections)
      for (std::size_t n = 0; n < section.lines.size(); ++n)
        places[section.lines[n].award] = {static_cast<std::uint32_t>(n + 1),
                                          static_cast<std::uint32_t>(section.lines.size()),
                                          section.subtotal.total.amount};
  }
  return places;
}

nlohmann::json report_place(const Project& project, const SitePaths& paths, const Award& award,
                            const ReportPlace& place) {
  const Section& section = project.sections[award.section];
  return JsonObject()
      .add("has_subtotal", !section.subtotal_label.empty())  // a register with no sections has none
      .add("line", std::to_string(place.line))
      .add("lines", std::to_string(place.lines))
      .add("path", SitePaths::report(award.year, ".html") + "#row-" + award.id)
      .add("section", section.name)
      .add("section_path", paths.item(Dimension::section, award.section))
      .add("subtotal", format_total_pounds(place.subtotal, project.display))
      .add("subtotal_label", section.subtotal_label)
      .add("title", project.wording.report_title + " " + award.year.label())
      .take();
}

// What every award page reads, made once for all of them: each page is the
// shared source and the award's index, not its own copy of the paths and a
// pointer to each table (a million pages on a national register).
class AwardPages : public ContextSource {
 public:
  AwardPages(const PlanInputs& in, std::vector<ReportPlace> places,
             std::vector<std::size_t> breaches);

  nlohmann::json context(std::uint32_t index) const override;
  // A page reads the project (its awards aside), the paths, its own award, its
  // place in its report, and the breaches of its index.
  bool inputs(std::uint32_t index, InputDigest& digest) const override;

 private:
  using Range = std::pair<std::vector<std::size_t>::const_iterator,
                          std::vector<std::size_t>::const_iterator>;
  // Award `index`'s breaches, in the order they were found.
  Range breaches_of(std::size_t index) const {
    int award = static_cast<int>(index);
    auto first = std::partition_point(breaches_.begin(), breaches_.end(), [&](std::size_t b) {
      return project_.breaches[b].award < award;
    });
    auto last = std::partition_point(
        first, breaches_.end(), [&](std::size_t b) { return project_.breaches[b].award == award; });
    return {first, last};
  }

  const Project& project_;
  SitePaths paths_;
  std::vector<ReportPlace> places_;  // by award
  // The published breaches (indexes into Project::breaches) ordered by their
  // award, found once rather than by each page searching them all; sparse, as
  // most awards have none.
  std::vector<std::size_t> breaches_;
  // The digest of the project but its awards and of the paths, which every
  // page reads alike; "" when the plan digests nothing.
  std::string shared_;
  std::shared_ptr<const AwardDigests> awards_;
  std::shared_ptr<const Navigation> navigation_;
};

// AwardPages::breaches: those of a line, ordered by line and, within one, as found.
std::vector<std::size_t> breaches_by_award(const Project& project) {
  std::vector<std::size_t> found;
  for (std::size_t b = 0; b < project.breaches.size(); ++b) {
    int award = project.breaches[b].award;
    if (award >= 0 && static_cast<std::size_t>(award) < project.awards.size()) found.push_back(b);
  }
  std::stable_sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) {
    return project.breaches[a].award < project.breaches[b].award;
  });
  return found;
}

AwardPages::AwardPages(const PlanInputs& in, std::vector<ReportPlace> places,
                       std::vector<std::size_t> breaches)
    : project_(in.project),
      paths_(in.paths),
      places_(std::move(places)),
      breaches_(std::move(breaches)),
      awards_(in.awards),
      navigation_(in.navigation) {
  if (awards_) shared_ = in.site_digest;
}

nlohmann::json AwardPages::context(std::uint32_t index) const {
  const Project& project = project_;
  const SitePaths& paths = paths_;
  const Award& award = project.awards[index];
  std::string path = SitePaths::award(award);
  nlohmann::json context =
      page_frame(project, path, award.service,
                 {{text_of(project, "nav_home"), SitePaths::home()},
                  {text_of(project, "funding_register"), SitePaths::register_page(1)},
                  {award.service, ""}});
  navigation_->add_to("register", &context);
  AbbreviationMarker abbreviations(project.glossary);
  // Rules the publisher publishes as warnings: the line's breaches are public.
  nlohmann::json breaches = nlohmann::json::array();
  auto [first, last] = breaches_of(index);
  for (auto b = first; b != last; ++b) {
    const Breach& breach = project.breaches[*b];
    breaches.push_back(JsonObject().add("rule", breach.rule).add("text", breach.message).take());
  }
  bool has_breaches = !breaches.empty();
  context["award"] = JsonObject()
                         .add("breaches", std::move(breaches))
                         .add("fields", award_fields(project, paths, award, abbreviations))
                         .add("has_breaches", has_breaches)
                         .add("heading", award.service)
                         .add("report", report_place(project, paths, award, places_[index]))
                         .take();
  return context;
}

bool AwardPages::inputs(std::uint32_t index, InputDigest& digest) const {
  if (shared_.empty()) return false;
  digest.add(shared_);
  digest.add(std::uint64_t{index});
  digest.add(awards_->of(index));
  const ReportPlace& place = places_[index];
  digest.add(std::uint64_t{place.line});
  digest.add(std::uint64_t{place.lines});
  digest.add(static_cast<std::uint64_t>(place.subtotal.pence));
  return true;
}

}  // namespace

void plan_award_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  const Project& project = in.project;
  auto pages = std::make_shared<const AwardPages>(in, report_places(project, in.years->lines),
                                                  breaches_by_award(project));
  for (std::size_t i = 0; i < project.awards.size(); ++i)
    plan->push_back(PlannedOutput::from_source(SitePaths::award(project.awards[i]), pages,
                                               static_cast<std::uint32_t>(i)));
}

}  // namespace fundpress
