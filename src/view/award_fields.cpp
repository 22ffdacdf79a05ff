#include "view/award_fields.h"

#include <utility>

#include "model/money_format.h"
#include "view/field_values.h"
#include "view/format.h"

namespace fundpress {

// The published value (view/field_values.h), with dates in words for people.
std::string award_field_text(const Project& project, const Award& award, Field field) {
  if (field == Field::amount) return "";
  FieldValue value = field_value(project, award, field);
  if (value.type == FieldType::money) return value.has_amount ? format_pounds(value.amount, -1) : "";
  if (value.type == FieldType::date) return format_date(project, value.date);
  return std::move(value.text);  // not copied: a table cell asks for each line's text
}

std::string printed_field_text(const Project& project, const Award& award, Field field) {
  if (field == Field::organisation && !award.text(Field::organisation).empty())
    return award.text(Field::organisation);
  return award_field_text(project, award, field);
}

}  // namespace fundpress
