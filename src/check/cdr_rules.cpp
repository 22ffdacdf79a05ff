// The Specified Information Order: a crime and disorder reduction grant
// publishes its recipient, purpose, conditions and the reasons it is expected
// to reduce crime and disorder.
#include "check/award_rules.h"

namespace fundpress {

void check_cdr_rules(const RuleContext& c) {
  const Project& project = *c.project;
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    const Award& award = project.awards[i];
    if (!award.cdr_grant) continue;
    std::string missing;
    Field first = Field::cdr_grant;
    bool recipient = award.organisation >= 0 && !project.organisations[award.organisation].placeholder;
    for (auto [field, empty] : {std::make_pair(Field::organisation, !recipient),
                                std::make_pair(Field::purpose, award.text(Field::purpose).empty()),
                                std::make_pair(Field::conditions, award.text(Field::conditions).empty()),
                                std::make_pair(Field::reasons, award.text(Field::reasons).empty())}) {
      if (!empty) continue;
      if (missing.empty() && c.cells.columns[award.source.file].of(field) >= 0) first = field;
      missing += std::string(missing.empty() ? "" : ", ") +
                 (field == Field::organisation ? "recipient" : field_info(field).name);
    }
    if (missing.empty()) continue;
    c.report(Rule::cdr_grant_incomplete, c.cells.at(award, first),
             "crime and disorder reduction grant has no " + missing +
                 "; the Specified Information Order requires its recipient, purpose, conditions "
                 "and the reasons it is expected to reduce crime and disorder",
             award.fund, static_cast<int>(i));
  }
}

}  // namespace fundpress
