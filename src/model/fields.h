// The canonical fields of a register row: what fundpress understands, whatever
// a finance export calls its columns.
#pragma once

#include <string>

#include "model/date.h"

namespace fundpress {

enum class Field {
  id,
  year,
  section,
  service,
  organisation,
  description,
  amount,
  area,
  fund,
  priority,
  status,
  note,
  conditions,
  mechanism,
  award_date,
  start_date,
  end_date,
  org_id,
  charity_number,
  company_number,
  term,
  procurement_route,
  approver,
  counterparty_sector,
  unit_price,
  units,
  co_funders,
  pcc_share,
  decision_date,
  decision_reason,
  decision_url,
  reporting,
  payment_stages,
  cost_category,
  purpose,
  reasons,
  cdr_grant,
  applicant_type,
};
constexpr int field_count = static_cast<int>(Field::applicant_type) + 1;

enum class FieldType { text, money, date, year, list };

struct FieldInfo {
  Field field;
  const char* name;           // "organisation": the key in fundpress.json and awards.json
  const char* default_label;  // "Organisation": the heading when the publisher sets none
  FieldType type;
  const char* meaning;  // one sentence for the data dictionary
};

/// Every field, in the order outputs list them.
const FieldInfo& field_info(Field field);
/// The field called `name`, or false.
bool field_by_name(const std::string& name, Field* field);

/// "id, year, section, ..., company_number": every field's name, for messages
/// that say which names are allowed.
std::string field_names();

struct Wording;
/// The heading `field` is printed under: the publisher's label
/// (fundpress.json "labels"), else the field's default label.
/// A label naming a year (a template: model/year_label.h) names the
/// register's only year, or no year when it has several.
std::string field_label(const Wording& wording, Field field);
/// The heading over `year`'s figures: a label naming a year names this one.
std::string field_label(const Wording& wording, Field field, FinancialYear year);

}  // namespace fundpress
