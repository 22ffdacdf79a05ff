#include "view/field_values.h"

#include "view/format.h"

namespace fundpress {

FieldValue field_value(const Project& project, const Award& award, Field field) {
  FieldValue value;
  fill_field_value(project, award, field, &value);
  return value;
}

void fill_field_value(const Project& project, const Award& award, Field field, FieldValue* out) {
  FieldValue& value = *out;
  value.type = field_info(field).type;
  value.text.clear();
  value.items.clear();
  value.has_amount = false;
  value.amount = Money{};
  value.date = Date{};
  // A budget table may have no organisation column: such a line names no one.
  const Organisation* organisation =
      award.organisation >= 0 ? &project.organisations[award.organisation] : nullptr;
  auto date = [&](const Date& d) {
    value.date = d;
    value.text = format_iso_date(d);
  };
  auto money = [&](bool known, Money amount) {
    value.has_amount = known;
    value.amount = amount;
    if (known) value.text = decimal_text(amount);
  };
  switch (field) {
    case Field::id: value.text = award.reference.empty() ? award.id : award.reference; break;
    case Field::year: value.text = award.year.label(); break;
    case Field::section: value.text = project.sections[award.section].name; break;
    case Field::service: value.text = award.service; break;
    case Field::organisation:
      if (organisation) value.text = organisation->name;
      break;
    case Field::description: value.text = award.description; break;
    case Field::amount: money(award.amount_known, award.amount); break;
    case Field::area:
      if (award.area >= 0) value.text = project.areas[award.area].name;
      break;
    case Field::fund:
      if (award.fund >= 0) value.text = project.funds[award.fund].name;
      break;
    case Field::priority:
      for (int p : award.priorities) {
        value.items.push_back(project.priorities[p].name);
        value.text += (value.text.empty() ? "" : "; ") + value.items.back();
      }
      break;
    case Field::status: value.text = award.status; break;
    case Field::note: value.text = award.text(Field::note); break;
    case Field::conditions: value.text = award.text(Field::conditions); break;
    case Field::mechanism: value.text = award.mechanism; break;
    case Field::award_date: date(award.award_date); break;
    case Field::start_date: date(award.start_date); break;
    case Field::end_date: date(award.end_date); break;
    case Field::org_id:
      if (organisation) value.text = organisation->org_id;
      break;
    case Field::charity_number:
      if (organisation) value.text = organisation->charity_number;
      break;
    case Field::company_number:
      if (organisation) value.text = organisation->company_number;
      break;
    case Field::term: value.text = award.text(Field::term); break;
    case Field::procurement_route: value.text = award.text(Field::procurement_route); break;
    case Field::approver: value.text = award.text(Field::approver); break;
    case Field::counterparty_sector: value.text = award.text(Field::counterparty_sector); break;
    case Field::unit_price: money(award.has_unit_price, award.unit_price); break;
    case Field::units: value.text = award.text(Field::units); break;
    case Field::co_funders: value.text = award.text(Field::co_funders); break;
    case Field::pcc_share: value.text = award.text(Field::pcc_share); break;
    case Field::decision_date: date(award.decision_date); break;
    case Field::decision_reason: value.text = award.text(Field::decision_reason); break;
    case Field::decision_url: value.text = award.text(Field::decision_url); break;
    case Field::reporting: value.text = award.text(Field::reporting); break;
    case Field::payment_stages: value.text = award.text(Field::payment_stages); break;
    case Field::cost_category: value.text = award.text(Field::cost_category); break;
    case Field::purpose: value.text = award.text(Field::purpose); break;
    case Field::reasons: value.text = award.text(Field::reasons); break;
    case Field::cdr_grant: value.text = award.text(Field::cdr_grant); break;
    case Field::applicant_type: value.text = award.text(Field::applicant_type); break;
  }
}

bool always_has_value(Field field) {
  // Not organisation: a budget table may name no recipients at all.
  return field == Field::id || field == Field::year || field == Field::section ||
         field == Field::service;
}

std::vector<Field> published_fields(const Project& project,
                                    const std::vector<std::size_t>& awards) {
  bool filled[field_count] = {};
  for (int f = 0; f < field_count; ++f)
    filled[f] = always_has_value(static_cast<Field>(f)) || static_cast<Field>(f) == Field::amount;
  for (int f = 0; f < field_count; ++f) {
    for (std::size_t i = 0; i < awards.size() && !filled[f]; ++i)
      filled[f] =
          !field_value(project, project.awards[awards[i]], static_cast<Field>(f)).text.empty();
  }
  std::vector<Field> fields;
  for (int f = 0; f < field_count; ++f)
    if (filled[f]) fields.push_back(static_cast<Field>(f));
  return fields;
}

}  // namespace fundpress
