#include "view/report_view.h"

#include "model/fields.h"
#include "rollup/rollup.h"
#include "view/abbreviations.h"
#include "view/field_values.h"
#include "view/format.h"
#include "view/page.h"

namespace fundpress {
namespace {

// Footnote markers in the order printers use them: * † ‡ § ‖ ¶, then numbers.
std::string footnote_marker(std::size_t n) {
  static const char* const markers[] = {"*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7",
                                        "\xE2\x80\x96", "\xC2\xB6"};
  if (n < 6) return markers[n];
  return std::to_string(n + 1);
}

nlohmann::json blanks(std::size_t count) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < count; ++i) list.push_back(nlohmann::json::object());
  return list;
}

// The text of a field of `award` as the report prints it: dates in words.
std::string field_text(const Project& project, const Award& award, const std::string& field) {
  Field f;
  if (!field_by_name(field, &f)) return "";
  FieldValue value = field_value(project, award, f);
  return value.type == FieldType::date ? format_date(value.date) : value.text;
}

// The usual appendix: the five columns of a commissioning budget, leaving out
// description and area when no row has them.
std::vector<std::string> default_columns(const Project& project,
                                         const std::vector<std::size_t>& awards) {
  bool has_description = false, has_area = false;
  for (std::size_t i : awards) {
    has_description |= !project.awards[i].description.empty();
    has_area |= project.awards[i].area >= 0;
  }
  std::vector<std::string> columns = {"service", "organisation"};
  if (has_description) columns.push_back("description");
  columns.push_back("amount");
  if (has_area) columns.push_back("area");
  return columns;
}

}  // namespace

std::string report_path(FinancialYear year, const std::string& extension) {
  return "reports/" + year_slug(year) + "/commissioning-budget" + extension;
}

std::string field_label(const Project& project, const std::string& field) {
  auto found = project.wording.field_labels.find(field);
  if (found != project.wording.field_labels.end() && !found->second.empty()) return found->second;
  Field f;
  return field_by_name(field, &f) ? field_info(f).default_label : field;
}

nlohmann::json report_context(const Project& project, FinancialYear year,
                              const std::string& page_path) {
  std::vector<std::size_t> awards = awards_in_year(project, year);
  std::string title = project.wording.report_title + " " + year.label();
  nlohmann::json context = page_frame(
      project, page_path, title,
      {{"Home", "index.html"}, {"Reports", "reports/index.html"}, {title, ""}});

  std::vector<std::string> fields = project.wording.report_columns.empty()
                                        ? default_columns(project, awards)
                                        : project.wording.report_columns;
  std::size_t amount_at = 0;
  nlohmann::json columns = nlohmann::json::array();
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (fields[c] == "amount") amount_at = c;
    columns.push_back({{"field", fields[c]},
                       {"label", field_label(project, fields[c])},
                       {"numeric", fields[c] == "amount"}});
  }

  AbbreviationMarker abbreviations(project.glossary);
  nlohmann::json sections = nlohmann::json::array();
  nlohmann::json footnotes = nlohmann::json::array();
  std::vector<Group> groups = group_by(project, awards, Dimension::section);
  bool show_sections =
      groups.size() > 1 || (groups.size() == 1 && !project.sections[groups[0].key].heading.empty());
  for (const Group& group : groups) {
    const Section& section = project.sections[group.key];
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i : group.awards) {
      const Award& award = project.awards[i];
      nlohmann::json footnote = false;
      if (!award.note.empty()) {
        std::string id = "note-" + std::to_string(footnotes.size() + 1);
        footnote = {{"marker", footnote_marker(footnotes.size())}, {"id", id}, {"ref_id", id + "-ref"}};
        nlohmann::json entry = footnote;
        entry["text"] = abbreviations.text(award.note);
        footnotes.push_back(entry);
      }
      nlohmann::json cells = nlohmann::json::array();
      for (std::size_t c = 0; c < fields.size(); ++c) {
        // Every cell has every key, so a template never reads a value from the row around it.
        nlohmann::json cell = {{"field", fields[c]}, {"row_header", c == 0}, {"numeric", false},
                               {"footnote", false}, {"pence", nullptr}};
        if (fields[c] == "amount") {
          std::string shown = award.amount_known
                                  ? format_row_amount(award.amount, project.display)
                                  : award.status;
          cell["numeric"] = award.amount_known;
          cell["plain"] = shown;
          cell["runs"] = nlohmann::json::array({{{"text", shown}, {"abbr", false}, {"title", ""}}});
          cell["footnote"] = footnote;
          if (award.amount_known) cell["pence"] = award.amount.pence;
        } else {
          nlohmann::json text = abbreviations.text(field_text(project, award, fields[c]));
          cell["plain"] = text["text"];
          cell["runs"] = text["runs"];
        }
        cells.push_back(cell);
      }
      std::string source = project.source_files[award.source.file] + ":" + std::to_string(award.source.line);
      rows.push_back({{"id", award.id}, {"cells", cells}, {"line", award.source.line}, {"source", source}});
    }
    sections.push_back({
        {"name", section.name},
        {"heading", section.heading},
        {"show_heading", show_sections && !section.heading.empty()},
        {"show_subtotal", show_sections && !section.subtotal_label.empty()},
        {"rows", rows},
        {"subtotal",
         {{"label", section.subtotal_label},
          {"amount", format_total_amount(group.total.amount, project.display)},
          {"pence", group.total.amount.pence},
          {"exact", format_pounds(group.total.amount, 2)},
          {"rows", group.total.rows}}},
    });
  }

  Total total = total_of(project, awards);
  nlohmann::json glossary = nlohmann::json::array();
  for (const GlossaryTerm& term : abbreviations.used())
    glossary.push_back({{"term", term.term}, {"meaning", term.meaning}});

  std::string measure = measure_name(project.measure);
  std::string caption = title + ": " + count_of(total.rows, "line") + " in " +
                        count_of(groups.size(), "section") + ", " + measure + " amounts in pounds";
  if (project.display.total_decimals == 0)
    caption += "; sub-totals and the grand total are exact sums rounded to the nearest pound";
  context["report"] = {
      {"title", title},
      {"year", {{"label", year.label()}, {"slug", year_slug(year)}}},
      {"measure", measure},
      {"caption", caption},
      {"columns", columns},
      {"column_count", columns.size()},
      // Layout of the label and the figure in heading, sub-total and total rows.
      {"label_span", amount_at == 0 ? 1 : amount_at},
      {"blank_before_amount", blanks(amount_at == 0 ? 0 : amount_at - 1)},
      {"blank_after_amount", blanks(columns.size() - amount_at - 1)},
      {"after_amount_span", columns.size() - amount_at - 1},
      {"blank_after_heading", blanks(columns.size() - 1)},
      {"sections", sections},
      {"total",
       {{"label", project.wording.grand_total_label},
        {"amount", format_total_amount(total.amount, project.display)},
        {"pence", total.amount.pence},
        {"exact", format_pounds(total.amount, 2)},
        {"short", format_short(total.amount)},
        {"rows", total.rows},
        {"unknown_amounts", total.unknown_amounts}}},
      {"display",
       {{"row_decimals", project.display.row_decimals},
        {"total_decimals", project.display.total_decimals},
        {"negative_in_brackets", project.display.negative_in_brackets}}},
      {"footnotes", footnotes},
      {"has_footnotes", !footnotes.empty()},
      {"abbreviations", glossary},
      {"has_abbreviations", !glossary.empty()},
  };
  return context;
}

}  // namespace fundpress
