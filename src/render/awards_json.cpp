#include "render/awards_json.h"

#include "render/json_text.h"
#include "view/field_values.h"

namespace fundpress {

namespace {

void write_award(JsonText& json, const RegisterView& view, const Award& award) {
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
}

}  // namespace

bool render_awards_json(const RegisterView& view, OutputStream& out, std::string* error) {
  JsonListDocument document(view.about, "awards", &out);
  for (std::size_t index : view.rows) {
    const Award& award = view.project->awards[index];
    if (!document.add([&](JsonText& json) { write_award(json, view, award); }, error)) return false;
  }
  return document.finish(error);
}

}  // namespace fundpress
