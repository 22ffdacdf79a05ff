#include "view/register_view.h"

#include "rollup/rollup.h"
#include "view/field_values.h"
#include "view/format.h"
#include "view/printed_notes.h"

namespace fundpress {

const char* const pence_key = "amount_pence";

RegisterView register_view(const Project& project) {
  RegisterView view;
  view.project = &project;
  view.rows = all_awards(project);
  for (Field field : published_fields(project, view.rows)) {
    view.columns.push_back(
        RegisterColumn{field, field_info(field).name, heading_for(project, field, 1)});
  }
  view.about = nlohmann::ordered_json{
      {"title", "Funding register of the " + project.publisher.name},
      {"publisher", project.publisher.name},
      {"licence", {{"name", project.wording.licence_name}, {"url", project.wording.licence_url}}},
      {"as_of", project.as_of.empty() ? nlohmann::ordered_json()
                                      : nlohmann::ordered_json(format_iso_date(project.as_of))},
      {"measure", measure_name(project.measure)},
      {"currency", "GBP"},
  };
  // The source table's totals are not lines, but what was said of them travels with the data.
  std::vector<std::string> notes = printed_note_texts(project);
  if (!notes.empty()) view.about["notes"] = notes;
  return view;
}

}  // namespace fundpress
