#include "render/awards_csv.h"

#include "render/csv_writer.h"
#include "view/field_values.h"

namespace fundpress {

bool render_awards_csv(const RegisterView& view, OutputStream& out, std::string* error) {
  std::string row;  // one record at a time: the stream buffers
  CsvWriter csv(&row);
  for (const RegisterColumn& column : view.columns) csv.text(column.name);
  csv.end_row();
  if (!out.write(row, error)) return false;
  for (std::size_t index : view.rows) {
    row.clear();
    const Award& award = view.project->awards[index];
    for (const RegisterColumn& column : view.columns) {
      FieldValue value = field_value(*view.project, award, column.field);
      bool made_by_fundpress = value.type == FieldType::money || value.type == FieldType::date;
      if (made_by_fundpress) csv.plain(value.text);
      else csv.text(value.text);
    }
    csv.end_row();
    if (!out.write(row, error)) return false;
  }
  return true;
}

}  // namespace fundpress
