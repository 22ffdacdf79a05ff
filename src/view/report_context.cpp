#include "view/report_context.h"

#include "view/abbreviations.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/page.h"
#include "view/site_paths.h"

namespace fundpress {
namespace {

// A footnote's marker and anchors, or false for none.
nlohmann::json footnote_json(const ReportView& report, int index) {
  if (index < 0) return false;
  std::string id = "note-" + std::to_string(index + 1);
  return {{"marker", report.footnotes[index].marker}, {"id", id}, {"ref_id", id + "-ref"}};
}

// A sub-total or the grand total as its row prints it.
nlohmann::json total_json(const ReportView& report, const ReportTotal& total,
                          const std::string& label, const Project& project) {
  return {{"label", label},
          {"amount", format_total_amount(total.shown, project.display)},
          {"footnote", footnote_json(report, total.footnote)}};
}

}  // namespace

nlohmann::json report_context(const Project& project, const ReportView& report,
                              const std::string& page_path) {
  nlohmann::json context = page_frame(project, page_path, report.title,
                                      {{text_of(project, "nav_home"), SitePaths::home()},
                                       {text_of(project, "reports"), SitePaths::reports_index()},
                                       {report.title, ""}});

  nlohmann::json columns = nlohmann::json::array();
  for (const ReportColumn& column : report.columns)
    columns.push_back({{"label", column.label}, {"numeric", column.numeric}});

  AbbreviationMarker abbreviations(project.glossary);

  nlohmann::json sections = nlohmann::json::array();
  for (const ReportSection& section : report.sections) {
    nlohmann::json rows = nlohmann::json::array();
    for (const ReportLine& line : section.lines) {
      const Award& award = project.awards[line.award];
      nlohmann::json cells = nlohmann::json::array();
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        // Every cell has every key, so a template never reads a value from the row around it.
        nlohmann::json cell = nlohmann::json::object();
        cell["row_header"] = c == 0;
        cell["numeric"] = false;
        cell["footnote"] = false;
        cell["label"] = report.columns[c].label;  // shown beside the value on a phone
        if (c == report.amount_column) {
          std::string shown = amount_text(award, project.display);
          cell["numeric"] = award.amount_known;
          cell["runs"] = unmarked_runs(shown);
          cell["plain"] = std::move(shown);
          cell["footnote"] = footnote_json(report, line.footnote);
        } else {
          nlohmann::json text =
              abbreviations.text(printed_field_text(project, award, report.columns[c].field));
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
    out["heading"] = model.heading;
    out["show_heading"] = section.show_heading;
    out["show_subtotal"] = section.show_subtotal;
    out["rows"] = std::move(rows);
    out["subtotal"] = total_json(report, section.subtotal, model.subtotal_label, project);
    sections.push_back(std::move(out));
  }

  nlohmann::json footnotes = nlohmann::json::array();
  for (std::size_t i = 0; i < report.footnotes.size(); ++i) {
    nlohmann::json note = footnote_json(report, static_cast<int>(i));
    note["text"] = abbreviations.text(report.footnotes[i].text);
    note["referenced"] = report.footnotes[i].referenced;
    footnotes.push_back(std::move(note));
  }
  nlohmann::json glossary = nlohmann::json::array();
  for (const GlossaryTerm& term : abbreviations.used())
    glossary.push_back({{"term", term.term}, {"meaning", term.meaning}});

  std::size_t width = report.columns.size(), amount_at = report.amount_column;
  nlohmann::json out = nlohmann::json::object();
  out["title"] = report.title;
  out["year"] = {{"label", report.year.label()}};
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
  out["total"] = total_json(report, report.total, project.wording.grand_total_label, project);
  // The headline figures above the table are always the exact sum of the lines.
  out["total"]["short"] = format_short(report.total.total.amount);
  out["total"]["exact"] = format_pounds(report.total.total.amount, 2);
  out["has_footnotes"] = !footnotes.empty();
  out["footnotes"] = std::move(footnotes);
  out["has_abbreviations"] = !glossary.empty();
  out["abbreviations"] = std::move(glossary);
  context["report"] = std::move(out);
  return context;
}

}  // namespace fundpress
