#include "view/register_description.h"

#include "load/utf8.h"
#include "view/field_values.h"

namespace fundpress {


namespace {

using ordered = nlohmann::ordered_json;

struct TypeDescription {
  const char* words;  // the key of its words for people in the strings
  ordered schema;     // JSON Schema of the value in awards.json
  ordered csvw;       // CSVW datatype of the cell in awards.csv
};

const char* const decimal_pattern = "^-?[0-9]+\\.[0-9]{2}$";
const char* const date_pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const char* const year_pattern = "^[0-9]{4}/[0-9]{2}$";

TypeDescription type_of(Field field) {
  switch (field_info(field).type) {
    case FieldType::money:
      return {"type_money",
              {{"type", {"string", "null"}}, {"pattern", decimal_pattern}},
              {{"base", "decimal"}}};
    case FieldType::date:
      return {"type_date",
              {{"type", {"string", "null"}}, {"format", "date"}, {"pattern", date_pattern}},
              {{"base", "date"}, {"format", "yyyy-MM-dd"}}};
    case FieldType::year:
      return {"type_year",
              {{"type", "string"}, {"pattern", year_pattern}},
              {{"base", "string"}, {"format", year_pattern}}};
    case FieldType::list:
      return {"type_list",
              {{"type", "array"}, {"items", {{"type", "string"}}}},
              "string"};
    case FieldType::text: break;
  }
  if (always_has_value(field)) return {"type_text", {{"type", "string"}, {"minLength", 1}}, "string"};
  return {"type_text_optional", {{"type", {"string", "null"}}}, "string"};
}

// The first value of the column in the data, shortened for a table cell.
std::string example_of(const RegisterView& view, Field field) {
  for (std::size_t index : view.rows) {
    std::string text = field_value(*view.project, view.project->awards[index], field).text;
    if (text.empty()) continue;
    if (count_code_points(text) <= 60) return text;
    std::size_t cut = 0;
    for (std::size_t points = 0; cut < text.size() && points < 57; ++points) {
      ++cut;
      while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    }
    return text.substr(0, cut) + "\xE2\x80\xA6";  // …
  }
  return "";
}

}  // namespace

nlohmann::ordered_json awards_schema(const RegisterView& view) {
  const Project& project = *view.project;
  ordered properties = ordered::object();
  ordered required = ordered::array();
  for (const RegisterColumn& column : view.columns) {
    TypeDescription type = type_of(column.field);
    ordered property = {{"title", column.label}, {"description", field_info(column.field).meaning}};
    property.update(type.schema);
    properties[column.name] = property;
    required.push_back(column.name);
    if (column.field == Field::amount) {
      properties[column.name]["description"] =
          std::string(field_info(column.field).meaning) + " " + text_of(project, "dl_amounts_text");
      properties[pence_key] = {
          {"title", column.label + " in pence"},
          {"description", "The same amount as a whole number of pence; null when not yet known."},
          {"type", {"integer", "null"}}};
      required.push_back(pence_key);
    }
  }
  return {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"title", view.about["title"].get<std::string>() + ": awards.json"},
      {"description",
       "Every published row of the register, with typed fields. " + text_of(project, "dl_amounts_text")},
      {"type", "object"},
      {"required", {"title", "publisher", "licence", "as_of", "measure", "currency", "awards"}},
      {"additionalProperties", false},
      {"properties",
       {{"title", {{"type", "string"}}},
        {"publisher", {{"type", "string"}, {"description", "Who publishes the register."}}},
        {"licence",
         {{"type", "object"},
          {"required", {"name", "url"}},
          {"properties",
           {{"name", {{"type", "string"}}}, {"url", {{"type", "string"}, {"format", "uri"}}}}}}},
        {"as_of",
         {{"type", {"string", "null"}},
          {"format", "date"},
          {"pattern", date_pattern},
          {"description", "The date the figures are as at."}}},
        {"measure",
         {{"enum", {"proposed", "awarded", "paid"}},
          {"description", "What the amounts measure; the three are never added together."}}},
        {"currency", {{"const", "GBP"}}},
        {"notes",
         {{"type", "array"},
          {"items", {{"type", "string"}}},
          {"description",
           "Notes on totals printed in the source table that are not exactly the sum "
           "of their lines; present only when there are such totals."}}},
        {"awards", {{"type", "array"}, {"items", {{"$ref", "#/$defs/award"}}}}}}},
      {"$defs",
       {{"award",
         {{"type", "object"},
          {"required", required},
          {"additionalProperties", false},
          {"properties", properties}}}}},
  };
}

nlohmann::ordered_json csvw_metadata(const RegisterView& view) {
  const Project& project = *view.project;
  ordered columns = ordered::array();
  for (const RegisterColumn& column : view.columns) {
    TypeDescription type = type_of(column.field);
    ordered entry = {
        {"name", column.name},
        {"titles", column.name},
        {"dc:description", std::string(field_info(column.field).meaning) +
                               (column.label != column.name ? " (" + column.label + ")" : "")},
        {"datatype", type.csvw}};
    if (field_info(column.field).type == FieldType::list) entry["separator"] = "; ";
    if (always_has_value(column.field)) entry["required"] = true;
    columns.push_back(entry);
  }
  ordered licence = {{"@id", view.about["licence"]["url"]}};
  ordered metadata = {
      {"@context", "http://www.w3.org/ns/csvw"},
      {"url", "awards.csv"},
      {"dc:title", view.about["title"]},
      {"dc:publisher", view.about["publisher"]},
      {"dc:license", licence},
      {"dc:description", "Every published row of the register. " + text_of(project, "dl_amounts_text") +
                             " " + text_of(project, "dl_formula_text")},
      {"dialect",
       {{"encoding", "utf-8"},
        {"header", true},
        {"headerRowCount", 1},
        {"delimiter", ","},
        {"quoteChar", "\""},
        {"doubleQuote", true},
        {"lineTerminators", {"\r\n"}}}},
      {"tableSchema", {{"columns", columns}, {"primaryKey", "id"}}},
  };
  if (view.about.contains("notes")) metadata["rdfs:comment"] = view.about["notes"];
  return metadata;
}

nlohmann::json data_dictionary(const Project& project, const RegisterView& view) {
  nlohmann::json entries = nlohmann::json::array();
  for (const RegisterColumn& column : view.columns) {
    entries.push_back({{"name", column.name},
                       {"label", column.label},
                       {"meaning", text_of(project, std::string("meaning_") + field_info(column.field).name)},
                       {"type", text_of(project, type_of(column.field).words)},
                       {"example", example_of(view, column.field)}});
    if (column.field == Field::amount) {
      std::string example;
      for (std::size_t i = 0; i < view.rows.size() && example.empty(); ++i) {
        const Award& award = view.project->awards[view.rows[i]];
        if (award.amount_known) example = std::to_string(award.amount.pence);
      }
      entries.push_back({{"name", pence_key},
                         {"label", say(project, "dict_pence_label", {{"label", column.label}})},
                         {"meaning", text_of(project, "dict_pence_meaning")},
                         {"type", text_of(project, "type_pence")},
                         {"example", example}});
    }
  }
  return entries;
}

}  // namespace fundpress
