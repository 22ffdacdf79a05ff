#include "check/columns.h"

#include <cctype>

namespace fundpress {
namespace {

// Names finance systems and the 360Giving template commonly use, after the
// field's own name. Only consulted for fields the publisher has not aliased.
const std::map<Field, std::vector<const char*>>& synonyms() {
  static const std::map<Field, std::vector<const char*>> table = {
      {Field::id, {"identifier", "reference", "ref", "award id", "grant id", "award reference",
                   "grant reference"}},
      {Field::year, {"financial year", "fy", "budget year"}},
      {Field::section, {"budget section", "budget heading", "category", "theme", "strand"}},
      {Field::service, {"service name", "title", "project", "project name", "project title",
                        "scheme", "grant title"}},
      {Field::organisation, {"organization", "delivery organisation", "recipient",
                             "recipient org:name", "recipient organisation", "provider",
                             "supplier", "grantee", "organisation name"}},
      {Field::description, {"provision", "purpose", "summary", "details", "project description"}},
      {Field::amount, {"amount awarded", "amount (£)", "award amount", "grant amount", "value",
                       "value (£)", "cost", "costs", "proposed cost", "proposed costs"}},
      {Field::area, {"geographical reach", "location", "beneficiary location:name",
                     "beneficiary location", "area of benefit", "locality"}},
      {Field::fund, {"funding stream", "grant programme:title", "grant programme", "programme",
                     "funding source"}},
      {Field::priority, {"priorities", "plan priority", "police and crime plan priority"}},
      {Field::status, {"award status"}},
      {Field::note, {"notes", "footnote"}},
      {Field::conditions, {"grant conditions", "conditions of grant"}},
      {Field::mechanism, {"funding type", "award type", "approach"}},
      {Field::award_date, {"award date", "date awarded", "date of award", "decision date"}},
      {Field::start_date, {"start date", "planned dates:start date"}},
      {Field::end_date, {"end date", "planned dates:end date"}},
      {Field::org_id, {"recipient org:identifier", "org id", "organisation id", "org-id"}},
      {Field::charity_number, {"charity number", "recipient org:charity number",
                               "registered charity number", "charity no"}},
      {Field::company_number, {"company number", "recipient org:company number", "company no"}},
  };
  return table;
}

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

std::string normalise_header(const std::string& header) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < header.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(header[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_';
    if (c == 0xC2 && i + 1 < header.size() && static_cast<unsigned char>(header[i + 1]) == 0xA0) {
      is_space = true;  // no-break space
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

bool map_columns(const Row& header, const std::string& file,
                 const std::map<Field, std::vector<std::string>>& aliases,
                 const std::vector<Field>& required, ColumnMap* map, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  std::vector<std::string> names;
  std::vector<bool> duplicate(header.cells.size(), false);
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    std::string name = normalise_header(header.cells[i].text);
    names.push_back(name);
    Position at{file, header.cells[i].line, header.cells[i].column};
    if (name.empty()) {
      diagnostics.warning(at, "column " + std::to_string(i + 1) + " has no header; it is not read",
                          "columns");
      continue;
    }
    auto [it, inserted] = index.emplace(name, static_cast<int>(i));
    if (!inserted) {
      duplicate[i] = true;
      diagnostics.error(at,
                        "duplicate column " + in_quotes(header.cells[i].text) + " (also column " +
                            std::to_string(it->second + 1) + ")",
                        "columns");
    }
  }

  std::vector<bool> claimed(names.size(), false);
  auto claim = [&](Field field, int column) {
    map->column[static_cast<int>(field)] = column;
    claimed[column] = true;
  };
  for (const auto& [field, wanted] : aliases) {
    int found = -1;
    for (const std::string& alias : wanted) {
      auto it = index.find(normalise_header(alias));
      if (it != index.end()) {
        found = it->second;
        break;
      }
    }
    if (found < 0) {
      std::string list;
      for (const std::string& alias : wanted) list += (list.empty() ? "" : " or ") + in_quotes(alias);
      diagnostics.error(Position{file, header.line, 0},
                        std::string("fundpress.json gives ") + field_info(field).name +
                            " as column " + list + ", but the header has no such column",
                        "columns");
      continue;
    }
    claim(field, found);
  }
  for (int f = 0; f < field_count; ++f) {
    Field field = static_cast<Field>(f);
    if (aliases.count(field) || map->column[f] >= 0) continue;
    std::vector<std::string> candidates = {normalise_header(field_info(field).name)};
    auto extra = synonyms().find(field);
    if (extra != synonyms().end())
      for (const char* s : extra->second) candidates.push_back(s);
    for (const std::string& candidate : candidates) {
      auto it = index.find(candidate);
      if (it != index.end() && !claimed[it->second]) {
        claim(field, it->second);
        break;
      }
    }
  }
  for (Field field : required) {
    if (map->of(field) >= 0 || aliases.count(field)) continue;
    diagnostics.error(Position{file, header.line, 0},
                      std::string("no column gives the ") + field_info(field).name +
                          "; name the column in fundpress.json, e.g. \"columns\": {\"" +
                          field_info(field).name + "\": \"<header>\"}",
                      "columns");
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (claimed[i] || duplicate[i] || names[i].empty()) continue;
    diagnostics.warning(Position{file, header.cells[i].line, header.cells[i].column},
                        "column " + in_quotes(header.cells[i].text) +
                            " is not a field fundpress knows; it is not published",
                        "columns");
  }
  return diagnostics.error_count() == errors_before;
}

}  // namespace fundpress
