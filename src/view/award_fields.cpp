#include "view/award_fields.h"

#include "view/format.h"

namespace fundpress {

std::string award_field_text(const Project& project, const Award& award, const std::string& field) {
  if (field == "service") return award.service;
  if (field == "organisation") return project.organisations[award.organisation].name;
  if (field == "description") return award.description;
  if (field == "section") return project.sections[award.section].name;
  if (field == "year") return award.year.label();
  if (field == "area") return award.area >= 0 ? project.areas[award.area].name : "";
  if (field == "fund") return award.fund >= 0 ? project.funds[award.fund].name : "";
  if (field == "priority") {
    std::string names;
    for (int p : award.priorities) names += (names.empty() ? "" : "; ") + project.priorities[p].name;
    return names;
  }
  if (field == "status") return award.status;
  if (field == "note") return award.note;
  if (field == "conditions") return award.conditions;
  if (field == "mechanism") return award.mechanism;
  if (field == "id") return award.reference.empty() ? award.id : award.reference;
  if (field == "award_date") return format_date(award.award_date);
  if (field == "start_date") return format_date(award.start_date);
  if (field == "end_date") return format_date(award.end_date);
  const Organisation& organisation = project.organisations[award.organisation];
  if (field == "org_id") return organisation.org_id;
  if (field == "charity_number") return organisation.charity_number;
  if (field == "company_number") return organisation.company_number;
  return "";
}

}  // namespace fundpress
