#include "check/check_project.h"

#include <algorithm>
#include <set>

#include "check/awards.h"
#include "check/columns.h"
#include "check/config.h"
#include "load/csv_reader.h"
#include "load/file.h"
#include "load/json_reader.h"
#include "load/utf8.h"
#include "load/xlsx_reader.h"
#include "model/slug.h"
#include "model/text.h"

namespace fundpress {
namespace {

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

bool read_or_report(const std::string& path, std::string* bytes, Diagnostics& diagnostics) {
  std::string error;
  if (read_file(path, bytes, &error)) return true;
  diagnostics.error(Position{path, 0, 0}, "cannot read the file: " + error, "io");
  return false;
}

// awards.json: a list of objects (or {"awards": [...]}) whose keys are column
// names, turned into rows so that CSV and JSON are checked by the same code.
bool json_rows(const JsonDocument& document, AwardChecker& checker, Diagnostics& diagnostics) {
  std::string list_pointer;
  const nlohmann::json* list = &document.value;
  if (list->is_object() && list->contains("awards")) {
    list = &(*list)["awards"];
    list_pointer = "/awards";
  }
  if (!list->is_array()) {
    diagnostics.error(document.position_of(list_pointer),
                      "awards.json must be a list of awards, or an object with an \"awards\" list",
                      "json");
    return false;
  }
  Row header;
  std::map<std::string, int> column_of;
  for (const auto& award : *list) {
    if (!award.is_object()) continue;
    for (const auto& item : award.items()) {
      if (column_of.count(item.key())) continue;
      column_of[item.key()] = static_cast<int>(header.cells.size());
      header.cells.push_back(Cell{item.key(), 0, 0});
    }
  }
  Position start = document.position_of(list_pointer);
  header.line = start.line;
  for (Cell& cell : header.cells) cell.line = start.line;
  if (!checker.begin(header, document.file)) return false;

  for (std::size_t i = 0; i < list->size(); ++i) {
    std::string pointer = pointer_append(list_pointer, std::to_string(i));
    const nlohmann::json& award = (*list)[i];
    Position at = document.position_of(pointer);
    if (!award.is_object()) {
      diagnostics.error(at, "each award must be an object of field names and values", "json");
      continue;
    }
    Row row;
    row.line = at.line;
    row.cells.assign(header.cells.size(), Cell{"", at.line, at.column});
    bool usable = true;
    for (const auto& item : award.items()) {
      std::string value_pointer = pointer_append(pointer, item.key());
      Cell& cell = row.cells[column_of[item.key()]];
      Position value_at = document.position_of(value_pointer);
      cell.line = value_at.line;
      cell.column = value_at.column;
      const nlohmann::json& value = item.value();
      if (value.is_string()) {
        cell.text = value.get<std::string>();
      } else if (value.is_number_integer() || value.is_number_unsigned()) {
        cell.text = value.dump();
      } else if (value.is_number_float()) {
        // A float has already lost exactness; amounts must be written as text or whole pence.
        diagnostics.error(document.position_of(value_pointer),
                          "\"" + item.key() + "\" is a JSON number with a fraction, which cannot "
                          "hold pence exactly; write it as a string, e.g. \"8683.75\"",
                          "money");
        usable = false;
      } else if (value.is_boolean()) {
        cell.text = value.get<bool>() ? "yes" : "no";
      } else if (value.is_array()) {
        for (const auto& part : value) {
          if (!part.is_string()) {
            diagnostics.error(document.position_of(value_pointer),
                              "\"" + item.key() + "\" must be a list of texts", "json");
            usable = false;
            break;
          }
          cell.text += (cell.text.empty() ? "" : "; ") + part.get<std::string>();
        }
      } else if (!value.is_null()) {
        diagnostics.error(document.position_of(value_pointer),
                          "\"" + item.key() + "\" must be text, a number or a list of texts",
                          "json");
        usable = false;
      }
    }
    if (usable) checker.add(row);
  }
  return true;
}

void load_awards(const std::string& dir, const InputRules& rules, Project* project,
                 Diagnostics& diagnostics, Explanation* explanation, bool* io_failed) {
  std::string name = rules.awards_file;
  if (name.empty()) {
    std::vector<std::string> found;
    for (const char* candidate : {"awards.csv", "awards.json", "awards.xlsx"})
      if (is_file(join(dir, candidate))) found.push_back(candidate);
    if (found.size() > 1) {
      std::string names = found.size() == 2 ? "both " + found[0] + " and " + found[1]
                                            : found[0] + ", " + found[1] + " and " + found[2] + " all";
      diagnostics.error(Position{join(dir, found[1]), 0, 0},
                        names + " exist; keep one, or name it in fundpress.json as \"awards\"", "io");
      return;
    }
    name = found.empty() ? "awards.csv" : found[0];
  }
  std::string path = join(dir, name);
  AwardChecker checker(project, rules, diagnostics, explanation);
  bool mapped = false, header = true;
  auto on_row = [&](Row& row) {
    if (header) {
      header = false;
      mapped = checker.begin(row, path);
    } else if (mapped) {
      checker.add(row);
    }
  };
  if (ends_with(ascii_lower(name), ".xlsx")) {
    // Read from disk as it goes: the workbook is never in memory whole.
    XlsxOptions options;
    options.sheet = rules.xlsx_sheet;
    options.keep_blank_rows = true;  // a printed table's spacers, for check --explain
    if (read_xlsx(path, path, options, on_row, diagnostics) == XlsxRead::unreadable) {
      *io_failed = true;
      return;
    }
    checker.end_file();
    checker.finish();
    return;
  }
  std::string bytes;
  if (!read_or_report(path, &bytes, diagnostics)) {
    *io_failed = true;
    return;
  }
  bool is_json = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0;
  if (is_json) {
    JsonDocument document;
    if (!read_json(bytes, path, &document, diagnostics)) return;
    if (!json_rows(document, checker, diagnostics)) return;
  } else {
    CsvOptions options;
    options.delimiter = rules.delimiter;
    options.keep_blank_rows = true;  // a printed table's spacers, for check --explain
    read_csv(bytes, path, options, on_row, diagnostics);
  }
  checker.end_file();
  checker.finish();
}

void load_glossary(const std::string& dir, Project* project, Diagnostics& diagnostics,
                   bool* io_failed) {
  std::string path = join(dir, "glossary.csv");
  if (!is_file(path)) return;
  std::string bytes;
  if (!read_or_report(path, &bytes, diagnostics)) {
    *io_failed = true;
    return;
  }
  int term = -1, meaning = -1;
  bool header = true;
  std::set<std::string> seen;
  read_csv(bytes, path, CsvOptions{}, [&](Row& row) {
    if (header) {
      header = false;
      for (std::size_t i = 0; i < row.cells.size(); ++i) {
        std::string name = normalise_header(row.cells[i].text);
        if (name == "term" || name == "abbreviation") term = static_cast<int>(i);
        if (name == "meaning" || name == "definition") meaning = static_cast<int>(i);
      }
      if (term < 0 || meaning < 0)
        diagnostics.error(Position{path, row.line, 0},
                          "glossary.csv needs the columns \"term\" and \"meaning\"", "columns");
      return;
    }
    if (term < 0 || meaning < 0) return;
    GlossaryTerm entry{row.cells[term].text, row.cells[meaning].text};
    if (entry.term.empty() || entry.meaning.empty()) {
      diagnostics.error(Position{path, row.line, entry.term.empty() ? term + 1 : meaning + 1},
                        "glossary entry needs both a term and its meaning", "required");
      return;
    }
    if (!seen.insert(entry.term).second) {
      diagnostics.error(Position{path, row.line, term + 1},
                        "term \"" + entry.term + "\" is defined twice", "glossary");
      return;
    }
    project->glossary.push_back(entry);
  }, diagnostics);
}

// Slugs the site uses for its own pages; a prose page may not take them.
const std::set<std::string>& reserved_slugs() {
  static const std::set<std::string> names = {
      "assets", "awards",    "areas",    "downloads", "funds",       "glossary", "index",
      "organisations", "priorities", "register", "reports", "sections", "sitemap", "years",
      "404", "accessibility"};
  return names;
}

void load_pages(const std::string& dir, Project* project, Diagnostics& diagnostics,
                bool* io_failed) {
  std::string pages = join(dir, "pages");
  for (const std::string& name : list_files(pages, ".md")) {
    std::string path = join(pages, name);
    std::string bytes;
    if (!read_or_report(path, &bytes, diagnostics)) {
      *io_failed = true;
      continue;
    }
    std::size_t bad = find_invalid_utf8(bytes);
    if (bad != std::string::npos) {
      int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
      diagnostics.error(Position{path, line, 0}, utf8_advice(static_cast<unsigned char>(bytes[bad])),
                        "encoding");
      continue;
    }
    std::string slug = slugify(name.substr(0, name.size() - 3), "page");
    bool accessibility = slug == "accessibility";  // replaces the generated statement's body
    if (reserved_slugs().count(slug) && !accessibility) {
      diagnostics.error(Position{path, 0, 0},
                        "page name \"" + slug + "\" is used by the site itself; rename the file",
                        "pages");
      continue;
    }
    for (const ProsePage& page : project->pages) {
      if (page.slug == slug)
        diagnostics.error(Position{path, 0, 0}, "two pages have the address \"" + slug + "/\"",
                          "pages");
    }
    project->source_files.push_back(path);
    project->pages.push_back(ProsePage{slug, bytes, static_cast<int>(project->source_files.size()) - 1});
  }
}

}  // namespace

LoadStatus load_project(const std::string& dir, Project* project, Diagnostics& diagnostics,
                        Explanation* explanation) {
  if (!is_directory(dir)) {
    diagnostics.error(Position{dir, 0, 0}, "no such project folder", "io");
    return LoadStatus::io_failure;
  }
  std::string config_path = join(dir, "fundpress.json");
  std::string bytes;
  if (!read_or_report(config_path, &bytes, diagnostics)) return LoadStatus::io_failure;
  JsonDocument config;
  InputRules rules;
  if (!read_json(bytes, config_path, &config, diagnostics)) return LoadStatus::data_errors;
  check_config(config, project, &rules, diagnostics);

  bool io_failed = false;
  load_awards(dir, rules, project, diagnostics, explanation, &io_failed);
  load_glossary(dir, project, diagnostics, &io_failed);
  load_pages(dir, project, diagnostics, &io_failed);
  std::string templates = join(dir, "templates");
  std::string error;
  if (is_directory(templates) && !read_tree(templates, &project->template_overrides, &error)) {
    diagnostics.error(Position{templates, 0, 0}, "cannot read the templates: " + error, "io");
    io_failed = true;
  }
  if (io_failed) return LoadStatus::io_failure;
  return diagnostics.has_errors() ? LoadStatus::data_errors : LoadStatus::ok;
}

}  // namespace fundpress
