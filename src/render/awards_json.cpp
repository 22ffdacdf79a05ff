#include "render/awards_json.h"

#include "render/json_text.h"
#include "view/field_values.h"

namespace fundpress {

std::string render_awards_json(const RegisterView& view) {
  JsonListDocument document(view.about, "awards");
  for (std::size_t index : view.rows) {
    const Award& award = view.project->awards[index];
    document.add([&](JsonText& json) {
      json.begin_object();
      for (const RegisterColumn& column : view.columns) {
        FieldValue value = field_value(*view.project, award, column.field);
        json.key(column.name);
        if (value.type == FieldType::list) {
          json.begin_array();
          for (const std::string& item : value.items) json.string(item);
          json.end_array();
        } else if (value.text.empty()) {
          json.null();
        } else {
          json.string(value.text);
        }
        if (value.type == FieldType::money) {
          json.key(pence_key);
          if (value.has_amount) json.integer(value.amount.pence);
          else json.null();
        }
      }
      json.end_object();
    });
  }
  return document.finish();
}

}  // namespace fundpress
