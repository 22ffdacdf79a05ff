#include "check/check_project.h"

#include <algorithm>
#include <set>

#include "check/awards.h"
#include "check/columns.h"
#include "check/config.h"
#include "check/strings.h"
#include "load/csv_reader.h"
#include "load/file.h"
#include "load/huge_pages.h"
#include "load/json_reader.h"
#include "load/json_rows.h"
#include "load/markdown.h"
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

// A link in the publisher folder could publish what lies outside it
// (pages/leak.md -> /etc/passwd): fundpress reads no links there.
bool refuse_link(const std::string& path, Diagnostics& diagnostics) {
  if (!is_symlink(path)) return false;
  diagnostics.error(
      Position{path, 0, 0},
      "is a symbolic link; fundpress reads no links in a publisher folder, so that none can "
      "publish what lies outside it: put the file itself here",
      "link");
  return true;
}

bool read_or_report(const std::string& path, std::string* bytes, Diagnostics& diagnostics) {
  std::string error;
  if (read_file(path, bytes, &error)) return true;
  diagnostics.error(Position{path, 0, 0}, "cannot read the file: " + error, "io");
  return false;
}

// One file of the register and the settings it is read with.
struct RegisterFile {
  std::string name;  // as the diagnostics give it, relative to the project folder
  InputRules rules;
};

// The settings for a file of `entry`: the top level's, with the entry's own over them.
InputRules rules_for(const InputRules& rules, const AwardsEntry& entry) {
  InputRules file = rules;
  if (entry.has_year) {
    file.has_default_year = true;
    file.default_year = entry.year;
  }
  if (entry.has_columns) file.columns = entry.columns;
  if (!entry.sheet.empty()) file.xlsx_sheet = entry.sheet;
  file.has_file_measure = entry.has_measure;
  file.file_measure = entry.measure;
  return file;
}

bool is_register_name(const std::string& name) {
  std::string lower = ascii_lower(name);
  return ends_with(lower, ".csv") || ends_with(lower, ".json") || ends_with(lower, ".xlsx");
}

// The register's files, in order: "awards" as listed, a folder giving every
// .csv, .json and .xlsx in it by name, so a new year is a file dropped in;
// else the one awards.csv, awards.json or awards.xlsx.
bool register_files(const std::string& dir, const InputRules& rules,
                    std::vector<RegisterFile>* files, Diagnostics& diagnostics) {
  if (rules.awards.empty()) {
    std::vector<std::string> found;
    for (const char* candidate : {"awards.csv", "awards.json", "awards.xlsx"})
      if (is_file(join(dir, candidate))) found.push_back(candidate);
    if (found.size() > 1) {
      std::string names = found.size() == 2
                              ? "both " + found[0] + " and " + found[1]
                              : found[0] + ", " + found[1] + " and " + found[2] + " all";
      diagnostics.error(Position{join(dir, found[1]), 0, 0},
                        names + " exist; keep one, or name it in fundpress.json as \"awards\"",
                        "io");
      return false;
    }
    files->push_back(RegisterFile{found.empty() ? "awards.csv" : found[0], rules});
    return true;
  }
  std::set<std::string> seen;
  for (const AwardsEntry& entry : rules.awards) {
    std::string path = join(dir, entry.name);
    if (refuse_link(path, diagnostics)) continue;
    std::vector<std::string> names;
    if (is_directory(path)) {
      std::vector<std::string> inside = list_files(path, "");
      for (const std::string& name : inside)
        if (is_register_name(name)) names.push_back(join(entry.name, name));
      std::sort(names.begin(), names.end());
      if (names.empty())
        diagnostics.error(entry.where,
                          "the folder " + in_quotes(entry.name) +
                              " holds no register file (.csv, .json or .xlsx)",
                          "io");
    } else {
      names.push_back(entry.name);
    }
    for (const std::string& name : names) {
      if (!seen.insert(name).second) {
        diagnostics.error(entry.where, in_quotes(name) + " is named twice in \"awards\"", "config");
        continue;
      }
      files->push_back(RegisterFile{name, rules_for(rules, entry)});
    }
  }
  return true;
}

enum class FileRead {
  read,
  broken,      // its structure could not be read (a JSON error): nothing after it is checked
  unreadable,  // the file could not be read at all
};

// Reads one file of the register into `checker`.
FileRead load_register_file(const std::string& dir, const RegisterFile& file, AwardChecker& checker,
                            Project* project, Diagnostics& diagnostics, Meter* lines) {
  const std::string& name = file.name;
  const InputRules& rules = file.rules;
  std::string path = join(dir, name);
  if (refuse_link(path, diagnostics)) return FileRead::read;
  bool mapped = false, header = true;
  auto on_row = [&](Row& row) {
    if (lines) lines->advance();
    if (header) {
      header = false;
      mapped = checker.begin(row, path, rules);
    } else if (mapped) {
      checker.add(row);
    }
  };
  if (ends_with(ascii_lower(name), ".xlsx")) {
    // Read from disk as it goes: the workbook is never in memory whole.
    XlsxOptions options;
    options.sheet = rules.xlsx_sheet;
    options.keep_blank_rows = true;  // a printed table's spacers, for check --explain
    if (read_xlsx(path, path, options, on_row, diagnostics) == XlsxRead::unreadable)
      return FileRead::unreadable;
  } else {
    std::string bytes;
    if (!read_or_report(path, &bytes, diagnostics)) return FileRead::unreadable;
    if (ends_with(name, ".json")) {
      JsonDocument document;
      if (!read_json(bytes, path, &document, diagnostics)) return FileRead::broken;
      if (!json_rows(
              document,
              [&](Row& row) {
                on_row(row);
                return mapped;
              },
              diagnostics))
        return FileRead::broken;
    } else {
      // A line per row, at most: one allocation for a large register's awards.
      std::size_t had = project->awards.capacity();
      std::size_t line_count = count_lines(bytes);
      if (lines) lines->expect(line_count);
      project->awards.reserve(project->awards.size() + line_count);
      if (project->awards.capacity() != had)
        prefer_huge_pages(project->awards.data(), project->awards.capacity() * sizeof(Award));
      CsvOptions options;
      options.delimiter = rules.delimiter;
      options.keep_blank_rows = true;  // a printed table's spacers, for check --explain
      read_csv(bytes, path, options, on_row, diagnostics);
    }
  }
  checker.end_file();
  return FileRead::read;
}

void load_awards(const std::string& dir, const InputRules& rules, Project* project,
                 Diagnostics& diagnostics, Explanation* explanation, Meter* lines,
                 bool* io_failed) {
  std::vector<RegisterFile> files;
  if (!register_files(dir, rules, &files, diagnostics)) return;
  AwardChecker checker(project, rules, diagnostics, explanation);
  bool complete = true;
  for (const RegisterFile& file : files) {
    FileRead read = load_register_file(dir, file, checker, project, diagnostics, lines);
    if (read == FileRead::unreadable) *io_failed = true;
    complete &= read == FileRead::read;
  }
  // A file not read whole leaves the register short: nothing more to check.
  if (complete) checker.finish();
}

void load_glossary(const std::string& dir, Project* project, Diagnostics& diagnostics,
                   bool* io_failed) {
  std::string path = join(dir, "glossary.csv");
  if (refuse_link(path, diagnostics) || !is_file(path)) return;
  std::string bytes;
  if (!read_or_report(path, &bytes, diagnostics)) {
    *io_failed = true;
    return;
  }
  int term = -1, meaning = -1;
  bool header = true;
  std::set<std::string> seen;
  read_csv(
      bytes, path, CsvOptions{},
      [&](Row& row) {
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
      },
      diagnostics);
}

// "how-to-apply" -> "How to apply", for a page without a heading.
std::string title_from_slug(const std::string& slug) {
  std::string title = slug;
  for (char& c : title)
    if (c == '-') c = ' ';
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

void load_pages(const std::string& dir, Project* project, Diagnostics& diagnostics,
                bool* io_failed) {
  std::string pages = join(dir, "pages");
  if (refuse_link(pages, diagnostics)) return;
  for (const std::string& name : list_files(pages, ".md")) {
    std::string path = join(pages, name);
    std::string bytes;
    if (refuse_link(path, diagnostics)) continue;
    if (!read_or_report(path, &bytes, diagnostics)) {
      *io_failed = true;
      continue;
    }
    std::size_t bad = find_invalid_utf8(bytes);
    if (bad != std::string::npos) {
      int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
      diagnostics.error(Position{path, line, 0},
                        utf8_advice(static_cast<unsigned char>(bytes[bad])), "encoding");
      continue;
    }
    std::string slug = slugify(name.substr(0, name.size() - 3), "page");
    for (const ProsePage& page : project->pages) {
      if (page.slug == slug)
        diagnostics.error(Position{path, 0, 0}, "two pages have the address \"" + slug + "/\"",
                          "pages");
    }
    std::string title = markdown_title(bytes);
    project->source_files.push_back(path);
    project->pages.push_back(ProsePage{slug, title.empty() ? title_from_slug(slug) : title, bytes,
                                       static_cast<int>(project->source_files.size()) - 1});
  }
}

}  // namespace

LoadStatus load_project(const std::string& dir, Project* project, Diagnostics& diagnostics,
                        Explanation* explanation, Meter* lines) {
  if (!is_directory(dir)) {
    diagnostics.error(Position{dir, 0, 0}, "no such project folder", "io");
    return LoadStatus::io_failure;
  }
  std::string config_path = join(dir, "fundpress.json");
  if (refuse_link(config_path, diagnostics)) return LoadStatus::data_errors;
  std::string bytes;
  if (!read_or_report(config_path, &bytes, diagnostics)) return LoadStatus::io_failure;
  JsonDocument config;
  InputRules rules;
  if (!read_json(bytes, config_path, &config, diagnostics)) return LoadStatus::data_errors;
  check_config(config, project, &rules, diagnostics);

  bool io_failed = false;
  {
    HeapPrefersHugePages register_memory;
    load_awards(dir, rules, project, diagnostics, explanation, lines, &io_failed);
  }
  project->last_updated = project->as_of;
  if (project->last_updated.empty())
    for (const Award& award : project->awards)
      if (project->last_updated < award.award_date) project->last_updated = award.award_date;
  load_glossary(dir, project, diagnostics, &io_failed);
  load_pages(dir, project, diagnostics, &io_failed);
  std::string templates = join(dir, "templates");
  std::string error;
  std::vector<std::string> links;
  if (!refuse_link(templates, diagnostics) && is_directory(templates) &&
      !read_tree(templates, &project->template_overrides, &links, &error)) {
    diagnostics.error(Position{templates, 0, 0}, "cannot read the templates: " + error, "io");
    io_failed = true;
  }
  for (const std::string& link : links) refuse_link(join(templates, link), diagnostics);
  if (io_failed) return LoadStatus::io_failure;
  load_strings(dir, project, diagnostics);
  return diagnostics.has_errors() ? LoadStatus::data_errors : LoadStatus::ok;
}

bool check_page_names(const Project& project, const std::set<std::string>& site_names,
                      Diagnostics& diagnostics) {
  bool ok = true;
  for (const ProsePage& page : project.pages) {
    if (!site_names.count(page.slug) || replaces_statement(page)) continue;
    diagnostics.error(Position{project.source_files[page.source_file], 0, 0},
                      "page name \"" + page.slug + "\" is used by the site itself; rename the file",
                      "pages");
    ok = false;
  }
  return ok;
}

}  // namespace fundpress
