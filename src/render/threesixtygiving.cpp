#include "render/threesixtygiving.h"

#include "render/csv_writer.h"
#include "render/json_text.h"
#include "view/format.h"

namespace fundpress {
namespace {

// The fields fundpress publishes, by the standard's column title and JSON
// path, in the order of its template. One table drives both files, so the
// CSV and the JSON carry the same values. Required fields are always written;
// an optional one only where it has a value (and in the CSV, as a column only
// when some grant has it).
struct Column {
  const char* title;
  const char* path;  // "recipientOrganization/0/id": the first object of an array
  bool required;
  bool made_by_fundpress;  // a number or a date: written as it is, never guarded
  bool number;             // a JSON number, not a string
  std::string (*value)(const Grant&, const GrantsView&);
};

const Column columns[] = {
    {"Identifier", "id", true, false, false,
     [](const Grant& g, const GrantsView&) { return g.id; }},
    {"Title", "title", true, false, false,
     [](const Grant& g, const GrantsView&) { return g.title; }},
    {"Description", "description", true, false, false,
     [](const Grant& g, const GrantsView&) { return g.description; }},
    {"Currency", "currency", true, true, false,
     [](const Grant&, const GrantsView&) { return std::string("GBP"); }},
    {"Amount Awarded", "amountAwarded", true, true, true,
     [](const Grant& g, const GrantsView&) { return decimal_text(g.amount); }},
    {"Award Date", "awardDate", true, true, false,
     [](const Grant& g, const GrantsView&) { return g.award_date; }},
    {"Planned Dates:Start Date", "plannedDates/0/startDate", false, true, false,
     [](const Grant& g, const GrantsView&) { return g.start_date; }},
    {"Planned Dates:End Date", "plannedDates/0/endDate", false, true, false,
     [](const Grant& g, const GrantsView&) { return g.end_date; }},
    {"Recipient Org:Identifier", "recipientOrganization/0/id", true, false, false,
     [](const Grant& g, const GrantsView&) { return g.recipient_id; }},
    {"Recipient Org:Name", "recipientOrganization/0/name", true, false, false,
     [](const Grant& g, const GrantsView&) { return g.recipient_name; }},
    {"Recipient Org:Charity Number", "recipientOrganization/0/charityNumber", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.charity_number; }},
    {"Recipient Org:Company Number", "recipientOrganization/0/companyNumber", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.company_number; }},
    {"Funding Org:Identifier", "fundingOrganization/0/id", true, false, false,
     [](const Grant&, const GrantsView& v) { return v.funder_id; }},
    {"Funding Org:Name", "fundingOrganization/0/name", true, false, false,
     [](const Grant&, const GrantsView& v) { return v.funder_name; }},
    {"Grant Programme:Title", "grantProgramme/0/title", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.programme; }},
    {"Beneficiary Location:Name", "beneficiaryLocation/0/name", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.location_name; }},
    {"Beneficiary Location:Geographic Code", "beneficiaryLocation/0/geoCode", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.location_code; }},
    {"Beneficiary Location:Geographic Code Type", "beneficiaryLocation/0/geoCodeType", false, false,
     false, [](const Grant& g, const GrantsView&) { return g.location_code_type; }},
    // The standard's own columns say nothing of these; it allows a publisher's own.
    {"Purpose", "purpose", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.purpose; }},
    {"Conditions", "conditions", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.conditions; }},
    {"Reasons", "reasons", false, false, false,
     [](const Grant& g, const GrantsView&) { return g.reasons; }},
};
constexpr std::size_t column_count = sizeof columns / sizeof columns[0];

// "recipientOrganization/0/id" -> "recipientOrganization"; "" for a top-level field.
std::string array_of(const char* path) {
  std::string p = path;
  std::size_t at = p.find("/0/");
  return at == std::string::npos ? "" : p.substr(0, at);
}

void write_value(JsonText& json, const Column& column, const std::string& value) {
  if (column.number) json.number(value);
  else json.string(value);
}

void write_grant(JsonText& json, const Grant& grant, const GrantsView& view) {
  json.begin_object();
  for (std::size_t i = 0; i < column_count;) {
    std::string array = array_of(columns[i].path);
    if (array.empty()) {
      std::string value = columns[i].value(grant, view);
      if (!value.empty()) {
        json.key(columns[i].path);
        write_value(json, columns[i], value);
      }
      ++i;
      continue;
    }
    // A run of columns in the same array: one object holding those that have values.
    std::vector<std::pair<const Column*, std::string>> members;
    for (; i < column_count && array_of(columns[i].path) == array; ++i) {
      std::string value = columns[i].value(grant, view);
      if (!value.empty()) members.emplace_back(&columns[i], value);
    }
    if (members.empty()) continue;
    json.key(array);
    json.begin_array();
    json.begin_object();
    for (const auto& [column, value] : members) {
      json.key(std::string(column->path).substr(array.size() + 3));
      write_value(json, *column, value);
    }
    json.end_object();
    json.end_array();
  }
  json.end_object();
}

}  // namespace

bool render_threesixtygiving_json(const GrantsView& view, OutputStream& out, std::string* error) {
  JsonListDocument document(view.package, "grants", &out);
  for (std::size_t index : view.grants) {
    Grant grant = grant_of(view, index);
    if (!document.add([&](JsonText& json) { write_grant(json, grant, view); }, error)) return false;
  }
  return document.finish(error);
}

bool render_threesixtygiving_csv(const GrantsView& view, OutputStream& out, std::string* error) {
  std::vector<const Column*> used;
  std::vector<bool> present(column_count, false);
  for (std::size_t index : view.grants) {
    Grant grant = grant_of(view, index);
    for (std::size_t c = 0; c < column_count; ++c)
      if (!present[c]) present[c] = !columns[c].value(grant, view).empty();
  }
  for (std::size_t c = 0; c < column_count; ++c)
    if (columns[c].required || present[c]) used.push_back(&columns[c]);

  std::string row;  // one record at a time: the stream buffers
  CsvWriter csv(&row);
  for (const Column* column : used) csv.text(column->title);
  csv.end_row();
  if (!out.write(row, error)) return false;
  for (std::size_t index : view.grants) {
    row.clear();
    Grant grant = grant_of(view, index);
    for (const Column* column : used) {
      std::string value = column->value(grant, view);
      if (column->made_by_fundpress) csv.plain(value);
      else csv.text(value);
    }
    csv.end_row();
    if (!out.write(row, error)) return false;
  }
  return true;
}

}  // namespace fundpress
