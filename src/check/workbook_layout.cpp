#include "check/workbook_layout.h"

#include <set>

#include "check/json_fields.h"
#include "load/theme.h"
#include "load/utf8.h"
#include "model/text.h"

namespace fundpress {

const char* const workbook_layout_path = "workbook/layout.json";

namespace {

// Excel's rules for a sheet's name.
std::string sheet_name_problem(const std::string& name, std::size_t limit) {
  if (name.empty()) return "a sheet needs a \"name\"";
  if (count_code_points(name) > limit)
    return "sheet name \"" + name + "\" is longer than " + std::to_string(limit) + " characters" +
           (limit < max_sheet_name ? " (the Register's continuation sheets add \" (2)\")" : "");
  if (name.find_first_of("[]:*?/\\") != std::string::npos)
    return "sheet name \"" + name + "\" contains one of [ ] : * ? / \\, which Excel does not allow";
  if (name.front() == '\'' || name.back() == '\'')
    return "sheet name \"" + name +
           "\" starts or ends with an apostrophe, which Excel does not allow";
  if (ascii_lower(name) == "history") return "\"History\" is a name Excel keeps for itself";
  return "";
}

void read_columns(JsonFields& r, const std::string& at, LayoutSheet* sheet) {
  if (!r.is_array(at + "/columns") || r.at(at + "/columns")->empty()) {
    r.error(at, "the register sheet needs \"columns\": a list such as [{\"field\": \"amount\"}]");
    return;
  }
  std::set<int> seen;
  for (std::size_t i = 0; i < r.at(at + "/columns")->size(); ++i) {
    std::string c = at + "/columns/" + std::to_string(i);
    if (!r.is_object(c, true)) continue;
    r.only_keys(c, {"field", "heading", "width", "number_format"});
    LayoutColumn column;
    std::string field = r.text(c + "/field", true);
    if (field.empty()) continue;
    if (!field_by_name(field, &column.field)) {
      r.error(c + "/field",
              "\"" + field + "\" is not a field fundpress knows (fields: " + field_names() + ")");
      continue;
    }
    if (!seen.insert(static_cast<int>(column.field)).second)
      r.error(c + "/field", "the field \"" + field + "\" is listed twice");
    column.heading = r.text(c + "/heading");
    int64_t width = 0;
    if (r.integer(c + "/width", 1, 255, &width)) column.width = static_cast<int>(width);
    column.number_format = r.text(c + "/number_format");
    FieldType type = field_info(column.field).type;
    if (!column.number_format.empty() && type != FieldType::money && type != FieldType::date)
      r.error(c + "/number_format",
              "a number format applies to amounts and dates, not to \"" + field + "\"");
    sheet->columns.push_back(column);
  }
}

void read_summary(JsonFields& r, const std::string& at, LayoutSheet* sheet) {
  std::string by = r.text(at + "/by", true);
  if (by.empty()) return;
  if (!field_by_name(by, &sheet->by) || (sheet->by != Field::section && sheet->by != Field::area &&
                                         sheet->by != Field::organisation &&
                                         sheet->by != Field::fund && sheet->by != Field::priority))
    r.error(
        at + "/by",
        "a summary totals by section, area, organisation, fund or priority, not \"" + by + "\"");
  sheet->chart = r.text(at + "/chart");
  if (!sheet->chart.empty() && sheet->chart[0] == '=')
    r.error(at + "/chart",
            "a chart's title cannot begin with \"=\": Excel would read it as a reference");
}

}  // namespace

bool check_workbook_layout(const JsonDocument& document, WorkbookLayout* layout,
                           Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  JsonFields r(document, diagnostics, "layout");
  if (!document.value.is_object()) {
    r.error("", "the workbook layout must be an object: {\"sheets\": [...]}");
    return false;
  }
  r.only_keys("", {"about", "sheets", "amount_heading", "count_heading", "not_given_label",
                   "amount_format", "date_format", "max_width"});
  for (auto [key, value] : {std::make_pair("/amount_heading", &layout->amount_heading),
                            std::make_pair("/count_heading", &layout->count_heading),
                            std::make_pair("/not_given_label", &layout->not_given_label),
                            std::make_pair("/amount_format", &layout->amount_format),
                            std::make_pair("/date_format", &layout->date_format)}) {
    if (!r.at(key)) continue;
    *value = r.text(key);
    if (value->empty()) r.error(key, "\"" + JsonFields::name(key) + "\" must not be empty");
  }
  int64_t max_width = 0;
  if (r.integer("/max_width", 5, 255, &max_width)) layout->max_width = static_cast<int>(max_width);

  if (!r.is_array("/sheets") || r.at("/sheets")->empty()) {
    r.error("", "the workbook layout needs \"sheets\": a list of the workbook's sheets in order");
    return false;
  }
  std::set<std::string> names;
  std::vector<std::string> pointers;  // where each sheet of layout->sheets is in the file
  int registers = 0, appendices = 0;
  for (std::size_t i = 0; i < r.at("/sheets")->size(); ++i) {
    std::string at = "/sheets/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    LayoutSheet sheet;
    std::string type = r.text(at + "/type", true);
    if (type == "register") {
      sheet.type = SheetType::register_rows;
      r.only_keys(at, {"type", "name", "columns"});
    } else if (type == "appendix") {
      sheet.type = SheetType::appendix;
      r.only_keys(at, {"type", "name"});
    } else if (type == "summary") {
      sheet.type = SheetType::summary;
      r.only_keys(at, {"type", "name", "by", "chart"});
    } else {
      if (!type.empty())
        r.error(at + "/type",
                "a sheet's \"type\" is \"register\", \"appendix\" or \"summary\", not \"" + type +
                    "\"");
      continue;
    }
    sheet.name = r.text(at + "/name", true);
    std::string problem = sheet_name_problem(
        sheet.name, sheet.type == SheetType::register_rows ? max_register_name : max_sheet_name);
    if (!problem.empty()) r.error(at + "/name", problem);
    else if (!names.insert(ascii_lower(sheet.name)).second)
      r.error(at + "/name", "two sheets are called \"" + sheet.name + "\"");

    if (sheet.type == SheetType::register_rows) {
      if (++registers > 1) r.error(at, "the workbook has one register sheet; this is a second");
      read_columns(r, at, &sheet);
    } else if (sheet.type == SheetType::appendix) {
      if (++appendices > 1) r.error(at, "the workbook has one appendix sheet; this is a second");
    } else {
      read_summary(r, at, &sheet);
    }
    layout->sheets.push_back(sheet);
    pointers.push_back(at);
  }

  // The summaries add up the Register's columns, so it must have them.
  if (diagnostics.error_count() != errors_before) return false;
  std::size_t reg = 0;
  while (reg < layout->sheets.size() && layout->sheets[reg].type != SheetType::register_rows) ++reg;
  if (reg == layout->sheets.size()) {
    r.error(
        "/sheets",
        "the workbook needs a sheet of \"type\": \"register\"; its totals are formulas over it");
    return false;
  }
  auto has = [&](Field field) {
    for (const LayoutColumn& column : layout->sheets[reg].columns)
      if (column.field == field) return true;
    return false;
  };
  if (!has(Field::amount))
    r.error(pointers[reg] + "/columns", "the register sheet needs an \"amount\" column");
  for (std::size_t i = 0; i < layout->sheets.size(); ++i) {
    const LayoutSheet& sheet = layout->sheets[i];
    if (sheet.type == SheetType::summary && !has(sheet.by))
      r.error(pointers[i] + "/by",
              "the sheet \"" + sheet.name + "\" totals by " + field_info(sheet.by).name +
                  ", so the register sheet needs a \"" + field_info(sheet.by).name + "\" column");
  }
  return diagnostics.error_count() == errors_before;
}

bool load_workbook_layout(const Project& project, const std::string& project_dir,
                          WorkbookLayout* layout, Diagnostics& diagnostics) {
  bool overridden = project.template_overrides.count(workbook_layout_path) != 0;
  std::string file = overridden ? project_dir + "/templates/" + workbook_layout_path
                                : std::string("templates/") + workbook_layout_path + " (built in)";
  JsonDocument document;
  if (!read_json(theme_files(project.template_overrides).at(workbook_layout_path), file, &document,
                 diagnostics))
    return false;
  return check_workbook_layout(document, layout, diagnostics);
}

}  // namespace fundpress
