// The value of each field of a row as the downloads publish it: names
// resolved, amounts exact, dates in ISO 8601. The CSV, the JSON, the workbook
// and the report tables all read rows through here, so they cannot disagree.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

struct FieldValue {
  FieldType type = FieldType::text;
  /// What a CSV cell holds: the text; a year as "2017/18"; a list joined by
  /// "; "; a date as "2017-04-01"; an amount as "8683.75". "" for no value.
  std::string text;
  std::vector<std::string> items;  // list: each value
  bool has_amount = false;         // money: false when the amount is not yet known
  Money amount;
  Date date;  // date: empty() for no date
};

/// The value of `field` on `award`. The id is the publisher's reference when
/// there is one (unique: the check stage proves it), otherwise the generated id.
FieldValue field_value(const Project& project, const Award& award, Field field);

/// The same into `*value`, reusing its storage: a writer of millions of cells
/// that keeps one FieldValue per column allocates nothing for most of them.
void fill_field_value(const Project& project, const Award& award, Field field, FieldValue* value);

/// True for the fields every row has a value for: id, year, section, service.
/// (An amount may be not yet known; a budget table may name no organisation.)
bool always_has_value(Field field);

/// The fields the rows `awards` publish, in the order of model/fields.h: the
/// ones every register has (id, year, section, service, amount)
/// and every other field some row fills.
std::vector<Field> published_fields(const Project& project, const std::vector<std::size_t>& awards);

}  // namespace fundpress
