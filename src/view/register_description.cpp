#include "view/register_description.h"

#include "load/utf8.h"
#include "view/field_values.h"

namespace fundpress {

const char* const amounts_explained =
    "Amounts are exact pounds sterling. In awards.csv an amount is a plain decimal with two "
    "places and a point, a minus sign when negative, and no grouping or pound sign (8683.75). "
    "In awards.json it is the same decimal as a string, so no reader turns it into an inexact "
    "binary fraction, and beside it \"amount_pence\" holds the same amount as a whole number of "
    "pence (868375), exact in any JSON reader up to 2^53 pence. An amount not yet known is "
    "empty (null).";

const char* const formula_guard_explained =
    "Spreadsheet programs run a cell that begins with =, +, -, @, a tab or a carriage return as a "
    "formula. So that opening awards.csv can never run a formula hidden in the data, a text value "
    "that begins with one of those characters (after any single quotes it already begins with) is "
    "written with one extra single quote (') in front and in double quotes, as OWASP recommends. "
    "To get the exact value back, remove that one quote. Amounts and dates are never changed, and "
    "awards.json and the workbook carry every value unchanged.";

namespace {

using ordered = nlohmann::ordered_json;

struct TypeDescription {
  const char* words;  // for people
  ordered schema;     // JSON Schema of the value in awards.json
  ordered csvw;       // CSVW datatype of the cell in awards.csv
};

const char* const decimal_pattern = "^-?[0-9]+\\.[0-9]{2}$";
const char* const date_pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const char* const year_pattern = "^[0-9]{4}/[0-9]{2}$";

TypeDescription type_of(Field field) {
  switch (field_info(field).type) {
    case FieldType::money:
      return {"amount: a decimal of pounds with two places (8683.75); empty when not yet known",
              {{"type", {"string", "null"}}, {"pattern", decimal_pattern}},
              {{"base", "decimal"}}};
    case FieldType::date:
      return {"date: ISO 8601, YYYY-MM-DD",
              {{"type", {"string", "null"}}, {"format", "date"}, {"pattern", date_pattern}},
              {{"base", "date"}, {"format", "yyyy-MM-dd"}}};
    case FieldType::year:
      return {"financial year, 1 April to 31 March: YYYY/YY",
              {{"type", "string"}, {"pattern", year_pattern}},
              {{"base", "string"}, {"format", year_pattern}}};
    case FieldType::list:
      return {"list of texts; in the CSV separated by \"; \"",
              {{"type", "array"}, {"items", {{"type", "string"}}}},
              "string"};
    case FieldType::text: break;
  }
  if (always_has_value(field)) return {"text", {{"type", "string"}, {"minLength", 1}}, "string"};
  return {"text; empty when not given", {{"type", {"string", "null"}}}, "string"};
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
          std::string(field_info(column.field).meaning) + " " + amounts_explained;
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
       "Every published row of the register, with typed fields. " + std::string(amounts_explained)},
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
      {"dc:description", "Every published row of the register. " + std::string(amounts_explained) +
                             " " + formula_guard_explained},
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

nlohmann::json data_dictionary(const RegisterView& view) {
  nlohmann::json entries = nlohmann::json::array();
  for (const RegisterColumn& column : view.columns) {
    entries.push_back({{"name", column.name},
                       {"label", column.label},
                       {"meaning", field_info(column.field).meaning},
                       {"type", type_of(column.field).words},
                       {"example", example_of(view, column.field)}});
    if (column.field == Field::amount) {
      std::string example;
      for (std::size_t i = 0; i < view.rows.size() && example.empty(); ++i) {
        const Award& award = view.project->awards[view.rows[i]];
        if (award.amount_known) example = std::to_string(award.amount.pence);
      }
      entries.push_back({{"name", pence_key},
                         {"label", column.label + " in pence (awards.json only)"},
                         {"meaning", "The same amount as a whole number of pence."},
                         {"type", "whole number; null when not yet known"},
                         {"example", example}});
    }
  }
  return entries;
}

}  // namespace fundpress
