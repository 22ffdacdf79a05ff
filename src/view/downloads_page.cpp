#include "view/downloads_page.h"

#include <cctype>

#include "rollup/rollup.h"
#include "view/format.h"
#include "view/page.h"
#include "view/printed_notes.h"
#include "view/register_description.h"

namespace fundpress {
namespace {

// The short name of a file's format, as GOV.UK's attachments give it ("CSV").
std::string format_name(const std::string& path) {
  std::string extension = path.substr(path.rfind('.') + 1);
  for (char& c : extension) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return extension;
}

// One download, linked by its name from downloads/index.html beside it, with
// its format and size (GOV.UK's attachment pattern).
nlohmann::json file(const std::map<std::string, uint64_t>& sizes, const std::string& path,
                    const std::string& title, const std::string& format,
                    const std::string& about) {
  auto size = sizes.find(path);
  uint64_t bytes = size == sizes.end() ? 0 : size->second;
  return {{"name", SitePaths::file_name(path)},
          {"title", title},
          {"format", format},
          {"format_name", format_name(path)},
          {"bytes", bytes},
          {"size", file_size_text(bytes)},
          {"about", about}};
}

nlohmann::json threesixtygiving_context(const Project& project, const GrantsView& grants) {
  nlohmann::json left_out = nlohmann::json::array();
  for (const LeftOut& l : grants.left_out)
    left_out.push_back({{"reason", l.reason},
                        {"rows", count_of(l.total.rows, "line")},
                        {"amount", format_pounds(l.total.amount, 2)}});
  nlohmann::json patterns = nlohmann::json::array();
  for (const std::string& pattern : project.site.not_a_recipient)
    patterns.push_back({{"pattern", pattern}});
  return {
      {"published", grants.published},
      {"not_published_reason", grants.not_published_reason},
      {"prefix", project.site.threesixtygiving_prefix},
      {"funder_id", grants.funder_id},
      {"funder_name", grants.funder_name},
      {"grants", count_of(grants.grants.size(), "grant")},
      {"total", format_pounds(grants.total.amount, 2)},
      {"left_out", left_out},
      {"has_left_out", !left_out.empty()},
      {"not_a_recipient", patterns},
      {"award_date_rule", award_date_rule},
  };
}

}  // namespace

nlohmann::json downloads_page_context(const Project& project, const SitePaths& paths,
                                      const Downloads& downloads) {
  const RegisterView& register_view = downloads.register_rows;
  const GrantsView& grants = downloads.grants;
  const std::map<std::string, uint64_t>& sizes = downloads.file_sizes;
  nlohmann::json context = page_frame(
      project, SitePaths::downloads_index(), text_of(project, "dl_heading"),
      {{text_of(project, "nav_home"), SitePaths::home()}, {text_of(project, "downloads"), ""}});
  add_navigation(project, paths, "downloads", &context);
  std::string rows = count_of(register_view.rows.size(), "line");
  nlohmann::json files = nlohmann::json::array({
      file(sizes, SitePaths::awards_csv(), "The register as CSV", "CSV: RFC 4180, UTF-8, comma-separated",
           "Every published line (" + rows +
               "), one row each, with one header row. Opens in any "
               "spreadsheet."),
      file(sizes, SitePaths::awards_csv_metadata(), "Description of awards.csv",
           "JSON: CSV on the Web (W3C)",
           "The columns of awards.csv, their meaning and types, for tools that read CSV on the Web "
           "metadata."),
      file(sizes, SitePaths::awards_json(), "The register as JSON", "JSON",
           "The same " + rows + " with typed fields: lists as lists, missing values as null."),
      file(sizes, SitePaths::awards_schema(), "Schema of awards.json", "JSON Schema (draft 2020-12)",
           "Describes every field of awards.json; validate the file against it."),
  });
  if (grants.published) {
    files.push_back(file(sizes, SitePaths::grants_json(), "Grants in the 360Giving Data Standard",
                         "JSON: 360Giving 1.4 package",
                         "Every grant to a named recipient (" +
                             count_of(grants.grants.size(), "grant") +
                             "), for GrantNav and other 360Giving tools."));
    files.push_back(file(sizes, SitePaths::grants_csv(), "Grants in the 360Giving Data Standard",
                         "CSV: 360Giving 1.4 column titles",
                         "The same grants, one a row, under the standard's column titles."));
  }
  for (FinancialYear year : project.years) {
    Total total = total_of(project, awards_in_year(project, year));
    files.push_back(file(
        sizes, SitePaths::workbook(year), "Annual workbook " + year.label(), "Excel workbook (XLSX)",
        "The register of " + year.label() + " (" + count_of(total.rows, "line") + ", " +
            format_pounds(total.amount, 2) + ") as a table, the " + project.wording.report_title +
            " appendix, totals as live formulas, and "
            "a chart of spend by section."));
  }
  context["downloads"] = {
      {"files", files},
      {"dictionary", data_dictionary(register_view)},
      {"licence", licence_context(project.wording)},
      {"measure", measure_name(project.measure)},
      {"amounts", amounts_explained},
      {"formula_guard", formula_guard_explained},
      {"threesixtygiving", threesixtygiving_context(project, grants)},
  };
  context["printed_notes"] = printed_notes_context(project, project.years);
  return context;
}

}  // namespace fundpress
