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
nlohmann::json file(const Project& project, const std::map<std::string, uint64_t>& sizes,
                    const std::string& path,
                    const std::string& title, const std::string& format,
                    const std::string& about) {
  auto size = sizes.find(path);
  uint64_t bytes = size == sizes.end() ? 0 : size->second;
  return {{"name", SitePaths::file_name(path)},
          {"title", title},
          {"format", format},
          {"format_name", format_name(path)},
          {"bytes", bytes},
          {"size", file_size_text(project, bytes)},
          {"about", about}};
}

nlohmann::json threesixtygiving_context(const Project& project, const GrantsView& grants) {
  nlohmann::json left_out = nlohmann::json::array();
  for (const LeftOut& l : grants.left_out)
    left_out.push_back({{"reason", text_of(project, l.reason)},
                        {"rows", count_text(project, l.total.rows, "line")},
                        {"amount", format_pounds(l.total.amount, 2)}});
  nlohmann::json patterns = nlohmann::json::array();
  for (const std::string& pattern : project.site.not_a_recipient)
    patterns.push_back({{"pattern", pattern}});
  return {
      {"published", grants.published},
      {"not_published_reason",
       grants.published ? std::string() : text_of(project, grants.not_published_reason)},
      {"prefix", project.site.threesixtygiving_prefix},
      {"funder_id", grants.funder_id},
      {"funder_name", grants.funder_name},
      {"grants", count_text(project, grants.grants.size(), "grant")},
      {"total", format_pounds(grants.total.amount, 2)},
      {"left_out", left_out},
      {"has_left_out", !left_out.empty()},
      {"not_a_recipient", patterns},
      {"award_date_rule", text_of(project, "dl_tsg_date_rule")},
  };
}

}  // namespace

nlohmann::json downloads_page_context(const Project& project, const SitePaths& paths,
                                      const Downloads& downloads, const LinesByYear& years) {
  const RegisterView& register_view = downloads.register_rows;
  const GrantsView& grants = downloads.grants;
  const std::map<std::string, uint64_t>& sizes = downloads.file_sizes;
  nlohmann::json context = page_frame(
      project, SitePaths::downloads_index(), text_of(project, "dl_heading"),
      {{text_of(project, "nav_home"), SitePaths::home()}, {text_of(project, "downloads"), ""}});
  add_navigation(project, paths, "downloads", &context);
  std::string rows = count_text(project, register_view.rows.size(), "line");
  auto t = [&](const char* key) { return text_of(project, key); };
  nlohmann::json files = nlohmann::json::array({
      file(project, sizes, SitePaths::awards_csv(), t("dl_csv_title"), t("dl_csv_format"),
           say(project, "dl_csv_about", {{"rows", rows}})),
      file(project, sizes, SitePaths::awards_csv_metadata(), t("dl_csvw_title"),
           t("dl_csvw_format"), t("dl_csvw_about")),
      file(project, sizes, SitePaths::awards_json(), t("dl_json_title"), "JSON",
           say(project, "dl_json_about", {{"rows", rows}})),
      file(project, sizes, SitePaths::awards_schema(), t("dl_schema_title"),
           t("dl_schema_format"), t("dl_schema_about")),
  });
  if (grants.published) {
    files.push_back(file(
        project, sizes, SitePaths::grants_json(), t("dl_tsg_title"), t("dl_tsg_json_format"),
        say(project, "dl_tsg_json_about",
            {{"grants", count_text(project, grants.grants.size(), "grant")}})));
    files.push_back(file(project, sizes, SitePaths::grants_csv(), t("dl_tsg_title"),
                         t("dl_tsg_csv_format"), t("dl_tsg_csv_about")));
  }
  for (const YearLines& lines : years) {
    FinancialYear year = lines.year;
    files.push_back(file(project, sizes, SitePaths::workbook(year),
                         say(project, "dl_workbook_title", {{"year", year.label()}}),
                         t("excel_workbook"),
                         say(project, "dl_workbook_about",
                             {{"year", year.label()},
                              {"rows", count_text(project, lines.total.rows, "line")},
                              {"amount", format_pounds(lines.total.amount, 2)},
                              {"report", project.wording.report_title}})));
  }
  context["downloads"] = {
      {"files", files},
      {"dictionary", data_dictionary(project, register_view)},
      {"licence", licence_context(project.wording)},
      {"measure", measure_text(project, project.measure)},
      {"amounts", t("dl_amounts_text")},
      {"formula_guard", t("dl_formula_text")},
      {"threesixtygiving", threesixtygiving_context(project, grants)},
  };
  context["printed_notes"] = printed_notes_context(project, project.years);
  return context;
}

}  // namespace fundpress
