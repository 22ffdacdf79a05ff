#include "view/grants_view.h"

#include <map>

#include "model/ons_codes.h"
#include "model/org_id.h"
#include "model/slug.h"
#include "model/text.h"
#include "model/unique_names.h"
#include "view/format.h"

namespace fundpress {

namespace {

// Why a row is not a grant to publish (the key of its words in the strings),
// or nullptr when it is one. 360Giving
// describes money given to a recipient: a budget line without a named
// recipient or a known, positive amount is not such a grant.
const char* left_out_reason(const Project& project, const Award& award) {
  // A budget is not an award: proposed lines are left out.
  std::string status = ascii_lower(award.status);
  if (measure_of(project, award.year) == Measure::proposed || status == "proposed")
    return "tsg_out_proposed";
  // A budget table may name no recipient at all (no organisation column).
  if (award.organisation < 0 || project.organisations[award.organisation].placeholder)
    return "tsg_out_no_recipient";
  // A contract buys a service; it is not a grant (the 360Giving standard's subject).
  if (award.mechanism_kind >= 0) {
    MechanismKind kind = project.mechanisms[award.mechanism_kind].kind;
    if (kind == MechanismKind::contract || kind == MechanismKind::aqp) return "tsg_out_contract";
  }
  // Money the PCC keeps (the force, the office) is given to no one.
  if (project.organisations[award.organisation].internal) return "tsg_out_internal";
  // A person is never published as a grant recipient, even in an internal copy.
  if (project.organisations[award.organisation].individual) return "tsg_out_individual";
  if (!award.amount_known) return "tsg_out_unknown_amount";
  if (award.amount.pence <= 0) return "tsg_out_not_positive";
  return nullptr;
}

// An org-id from the data or the organisation's charity or company number,
// else one under the publisher's prefix. Two names with the same slug are
// numbered, so identifiers stay unique.
std::vector<std::string> recipient_ids(const Project& project, const std::string& prefix) {
  std::vector<std::string> ids;
  UniqueNames taken;
  for (const Organisation& organisation : project.organisations) {
    std::string id = organisation_org_id(organisation);
    ids.push_back(!id.empty() ? id
                              : taken.take(prefix + "-org-" + slugify(organisation.name, "organisation")));
  }
  return ids;
}

}  // namespace

Date grant_award_date(const Project& project, const Award& award) {
  if (!award.award_date.empty()) return award.award_date;
  // No date of award: the data's as_of date when it falls in the line's year,
  // else the year's first day, so a grant is never dated in another year.
  if (!project.as_of.empty() && !(project.as_of < award.year.first_day()) &&
      !(award.year.last_day() < project.as_of))
    return project.as_of;
  return award.year.first_day();
}

GrantsView grants_view(const Project& project) {
  GrantsView view;
  view.project = &project;
  const std::string& prefix = project.site.threesixtygiving_prefix;
  view.funder_name = project.publisher.name;
  view.funder_id = !project.site.threesixtygiving_funder_id.empty()
                       ? project.site.threesixtygiving_funder_id
                   : !project.publisher.org_id.empty() ? project.publisher.org_id
                                                       : prefix;
  static const char* const reasons[] = {"tsg_out_proposed",    "tsg_out_no_recipient",
                                        "tsg_out_contract",    "tsg_out_internal",
                                        "tsg_out_individual",  "tsg_out_unknown_amount",
                                        "tsg_out_not_positive"};
  std::map<std::string, std::vector<std::size_t>> left_out;
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const char* reason = left_out_reason(project, project.awards[i]);
    (reason ? left_out[reason] : view.grants).push_back(i);
  }
  view.total = total_of(project, view.grants);
  for (const char* reason : reasons)
    if (left_out.count(reason))
      view.left_out.push_back(LeftOut{reason, total_of(project, left_out[reason])});

  if (prefix.empty()) {
    view.not_published_reason = "tsg_none_no_prefix";
    return view;
  }
  if (view.grants.empty()) {
    view.not_published_reason = "tsg_none_no_grants";
    return view;
  }
  view.published = true;
  view.recipient_ids = recipient_ids(project, prefix);
  nlohmann::ordered_json publisher = {{"name", project.publisher.name}};
  if (!project.publisher.website.empty()) publisher["website"] = project.publisher.website;
  view.package = {
      {"version", "1.4"},
      {"title", "Grants by the " + project.publisher.name},
      {"description", "Every grant to a named recipient in the funding register of the " +
                          project.publisher.name + ", as published by fundpress."},
      {"publisher", publisher},
  };
  if (!project.wording.licence_url.empty()) view.package["license"] = project.wording.licence_url;
  return view;
}

bool accounts_for(const GrantsView& view, const Total& published) {
  Total sum = view.total;
  for (const LeftOut& l : view.left_out) {
    sum.rows += l.total.rows;
    sum.amount += l.total.amount;
  }
  return sum.rows == published.rows && sum.amount == published.amount;
}

Grant grant_of(const GrantsView& view, std::size_t index) {
  const Project& project = *view.project;
  const Award& award = project.awards[index];
  const Organisation& organisation = project.organisations[award.organisation];
  Grant grant;
  grant.id = project.site.threesixtygiving_prefix + "-" + award.id;
  grant.title = award.service;
  // A grant needs a description; a row without one is described by its purpose, else its title.
  grant.description = !award.description.empty() ? award.description
                      : !award.text(Field::purpose).empty()    ? award.text(Field::purpose)
                                                  : award.service;
  grant.purpose = award.text(Field::purpose);
  grant.conditions = award.text(Field::conditions);
  grant.reasons = award.text(Field::reasons);
  grant.amount = award.amount;
  grant.award_date = format_iso_date(grant_award_date(project, award));
  grant.start_date = format_iso_date(award.start_date);
  grant.end_date = format_iso_date(award.end_date);
  grant.recipient_id = view.recipient_ids[award.organisation];
  grant.recipient_name = organisation.name;
  grant.charity_number = organisation.charity_number;
  grant.company_number = organisation.company_number;
  if (award.fund >= 0) grant.programme = project.funds[award.fund].name;
  if (award.area >= 0) {
    grant.location_name = project.areas[award.area].name;
    grant.location_code = project.areas[award.area].code;
    grant.location_code_type = geo_code_type(grant.location_code);
  }
  return grant;
}

}  // namespace fundpress
