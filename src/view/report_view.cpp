#include "view/report_view.h"

#include "model/fields.h"
#include "view/abbreviations.h"
#include "view/award_fields.h"
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

nlohmann::json total_json(const Total& total, const std::string& label, const Project& project) {
  nlohmann::json out = nlohmann::json::object();
  out["label"] = label;
  out["amount"] = format_total_amount(total.amount, project.display);
  out["pence"] = total.amount.pence;
  out["exact"] = format_pounds(total.amount, 2);
  out["short"] = format_short(total.amount);
  out["rows"] = total.rows;
  out["unknown_amounts"] = total.unknown_amounts;
  return out;
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

std::string report_amount_text(const Project& project, const Award& award) {
  return award.amount_known ? format_row_amount(award.amount, project.display) : award.status;
}

ReportView build_report(const Project& project, FinancialYear year) {
  ReportView report;
  report.year = year;
  report.title = project.wording.report_title + " " + year.label();
  std::vector<std::size_t> awards = awards_in_year(project, year);
  std::vector<std::string> fields = project.wording.report_columns.empty()
                                        ? default_columns(project, awards)
                                        : project.wording.report_columns;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (fields[c] == "amount") report.amount_column = c;
    report.columns.push_back(ReportColumn{fields[c], field_label(project, fields[c]), fields[c] == "amount"});
  }

  std::vector<Group> groups = group_by(project, awards, Dimension::section);
  bool show_sections =
      groups.size() > 1 || (groups.size() == 1 && !project.sections[groups[0].key].heading.empty());
  for (Group& group : groups) {
    const Section& section = project.sections[group.key];
    ReportSection out;
    out.section = group.key;
    out.show_heading = show_sections && !section.heading.empty();
    out.show_subtotal = show_sections && !section.subtotal_label.empty();
    out.subtotal = group.total;
    out.lines.reserve(group.awards.size());
    for (std::size_t i : group.awards) {
      ReportLine line{i, -1};
      if (!project.awards[i].note.empty()) {
        line.footnote = static_cast<int>(report.footnotes.size());
        report.footnotes.push_back(ReportFootnote{i, footnote_marker(report.footnotes.size())});
      }
      out.lines.push_back(line);
    }
    report.sections.push_back(std::move(out));
  }
  report.total = total_of(project, awards);

  std::string measure = measure_name(project.measure);
  report.caption = report.title + ": " + count_of(report.total.rows, "line") + " in " +
                   count_of(groups.size(), "section") + ", " + measure + " amounts in pounds";
  if (project.display.total_decimals == 0)
    report.caption += "; sub-totals and the grand total are exact sums rounded to the nearest pound";
  return report;
}

std::size_t appendix_rows(const Project& project, const std::vector<std::size_t>& awards) {
  std::size_t notes = 0;
  for (std::size_t i : awards) notes += !project.awards[i].note.empty();
  return awards.size() + 2 * project.sections.size() + notes + project.glossary.size() + 12;
}

std::vector<GlossaryTerm> abbreviations_in_report(const Project& project, const ReportView& report) {
  AbbreviationMarker marker(project.glossary);
  for (const ReportSection& section : report.sections)
    for (const ReportLine& line : section.lines)
      for (std::size_t c = 0; c < report.columns.size(); ++c)
        if (c != report.amount_column)
          marker.text(award_field_text(project, project.awards[line.award], report.columns[c].field));
  for (const ReportFootnote& note : report.footnotes) marker.text(project.awards[note.award].note);
  return marker.used();
}

nlohmann::json report_context(const Project& project, const ReportView& report,
                              const std::string& page_path) {
  nlohmann::json context = page_frame(
      project, page_path, report.title,
      {{"Home", "index.html"}, {"Reports", "reports/index.html"}, {report.title, ""}});

  nlohmann::json columns = nlohmann::json::array();
  for (const ReportColumn& column : report.columns)
    columns.push_back({{"field", column.field}, {"label", column.label}, {"numeric", column.numeric}});

  AbbreviationMarker abbreviations(project.glossary);
  auto footnote_json = [&](int index) -> nlohmann::json {
    if (index < 0) return false;
    std::string id = "note-" + std::to_string(index + 1);
    return {{"marker", report.footnotes[index].marker}, {"id", id}, {"ref_id", id + "-ref"}};
  };

  nlohmann::json sections = nlohmann::json::array();
  for (const ReportSection& section : report.sections) {
    nlohmann::json rows = nlohmann::json::array();
    for (const ReportLine& line : section.lines) {
      const Award& award = project.awards[line.award];
      nlohmann::json cells = nlohmann::json::array();
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        // Every cell has every key, so a template never reads a value from the row around it.
        nlohmann::json cell = nlohmann::json::object();
        cell["field"] = report.columns[c].field;
        cell["row_header"] = c == 0;
        cell["numeric"] = false;
        cell["footnote"] = false;
        if (c == report.amount_column) {
          std::string shown = report_amount_text(project, award);
          cell["numeric"] = award.amount_known;
          cell["runs"] = nlohmann::json::array({{{"text", shown}, {"abbr", false}, {"title", ""}}});
          cell["plain"] = std::move(shown);
          cell["footnote"] = footnote_json(line.footnote);
        } else {
          nlohmann::json text = abbreviations.text(award_field_text(project, award, report.columns[c].field));
          cell["plain"] = std::move(text["text"]);
          cell["runs"] = std::move(text["runs"]);
        }
        cells.push_back(std::move(cell));
      }
      nlohmann::json row = nlohmann::json::object();
      row["id"] = award.id;
      row["cells"] = std::move(cells);
      rows.push_back(std::move(row));
    }
    const Section& model = project.sections[section.section];
    nlohmann::json out = nlohmann::json::object();
    out["name"] = model.name;
    out["heading"] = model.heading;
    out["show_heading"] = section.show_heading;
    out["show_subtotal"] = section.show_subtotal;
    out["rows"] = std::move(rows);
    out["subtotal"] = total_json(section.subtotal, model.subtotal_label, project);
    sections.push_back(std::move(out));
  }

  nlohmann::json footnotes = nlohmann::json::array();
  for (std::size_t i = 0; i < report.footnotes.size(); ++i) {
    nlohmann::json note = footnote_json(static_cast<int>(i));
    note["text"] = abbreviations.text(project.awards[report.footnotes[i].award].note);
    footnotes.push_back(std::move(note));
  }
  nlohmann::json glossary = nlohmann::json::array();
  for (const GlossaryTerm& term : abbreviations.used())
    glossary.push_back({{"term", term.term}, {"meaning", term.meaning}});

  std::size_t width = report.columns.size(), amount_at = report.amount_column;
  nlohmann::json out = nlohmann::json::object();
  out["title"] = report.title;
  out["year"] = {{"label", report.year.label()}, {"slug", year_slug(report.year)}};
  out["measure"] = measure_name(project.measure);
  out["caption"] = report.caption;
  out["columns"] = std::move(columns);
  out["column_count"] = width;
  // Layout of the label and the figure in heading, sub-total and total rows.
  out["label_span"] = amount_at == 0 ? 1 : amount_at;
  out["blank_before_amount"] = blank_cells(amount_at == 0 ? 0 : amount_at - 1);
  out["blank_after_amount"] = blank_cells(width - amount_at - 1);
  out["blank_after_heading"] = blank_cells(width - 1);
  out["sections"] = std::move(sections);
  out["total"] = total_json(report.total, project.wording.grand_total_label, project);
  out["has_footnotes"] = !footnotes.empty();
  out["footnotes"] = std::move(footnotes);
  out["has_abbreviations"] = !glossary.empty();
  out["abbreviations"] = std::move(glossary);
  context["report"] = std::move(out);
  return context;
}

}  // namespace fundpress
