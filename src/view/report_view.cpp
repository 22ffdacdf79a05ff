#include "view/report_view.h"

#include "view/abbreviations.h"
#include "view/award_fields.h"
#include "view/format.h"

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
std::vector<Field> default_columns(const Project& project, const std::vector<std::size_t>& awards) {
  bool has_description = false, has_area = false;
  for (std::size_t i : awards) {
    has_description |= !project.awards[i].description.empty();
    has_area |= project.awards[i].area >= 0;
  }
  std::vector<Field> columns = {Field::service, Field::organisation};
  if (has_description) columns.push_back(Field::description);
  columns.push_back(Field::amount);
  if (has_area) columns.push_back(Field::area);
  return columns;
}

}  // namespace

ReportView build_report(const Project& project, FinancialYear year) {
  ReportView report;
  report.year = year;
  report.title = project.wording.report_title + " " + year.label();
  std::vector<std::size_t> awards = awards_in_year(project, year);
  std::vector<Field> fields = project.wording.report_columns.empty()
                                  ? default_columns(project, awards)
                                  : project.wording.report_columns;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (fields[c] == Field::amount) report.amount_column = c;
    report.columns.push_back(
        ReportColumn{fields[c], field_label(project.wording, fields[c]), fields[c] == Field::amount});
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


}  // namespace fundpress
