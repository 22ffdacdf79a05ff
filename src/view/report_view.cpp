#include "view/report_view.h"

#include "view/abbreviations.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/printed_notes.h"

namespace fundpress {
namespace {

// Footnote markers in the order printers use them: * † ‡ § ‖ ¶, then numbers.
std::string footnote_marker(std::size_t n) {
  static const char* const markers[] = {"*",        "\xE2\x80\xA0", "\xE2\x80\xA1",
                                        "\xC2\xA7", "\xE2\x80\x96", "\xC2\xB6"};
  if (n < 6) return markers[n];
  return std::to_string(n + 1);
}

// "pounds", "thousands of pounds": the unit a caption names.
const std::string& unit_words(const Project& project, int64_t unit) {
  if (unit == 1000) return text_of(project, "unit_thousands");
  if (unit == 1000000) return text_of(project, "unit_millions");
  return text_of(project, "unit_pounds");
}

// The usual appendix: the five columns of a commissioning budget, leaving out
// organisation, description and area when no row has them.
std::vector<Field> default_columns(const Project& project, const std::vector<std::size_t>& awards) {
  bool has_description = false, has_area = false, has_organisation = false;
  for (std::size_t i : awards) {
    has_description |= !project.awards[i].description.empty();
    has_area |= project.awards[i].area >= 0;
    has_organisation |= project.awards[i].organisation >= 0;
  }
  // A budget table with one name column names no recipients.
  std::vector<Field> columns = {Field::service};
  if (has_organisation) columns.push_back(Field::organisation);
  if (has_description) columns.push_back(Field::description);
  columns.push_back(Field::amount);
  if (has_area) columns.push_back(Field::area);
  return columns;
}

// A total's row: the exact sum unless a printed total stands for it.
ReportTotal report_total(const Total& total) {
  ReportTotal out;
  out.total = total;
  out.shown = total.amount;
  return out;
}

// Attaches the notes on this year's printed totals to the rows they total: a
// sub-total of one section to that section's sub-total, a total of the whole
// table to the grand total, when the lines they cover are the lines the row
// adds up. Any other printed total (a running total, say) is noted under the
// table. A total that differs is shown as printed: the publisher chose
// "publish-with-note", or check would have stopped the build.
void attach_printed_totals(const Project& project, ReportView* report) {
  auto note = [&](const PrintedTotal& printed, bool referenced) {
    report->footnotes.push_back(ReportFootnote{footnote_marker(report->footnotes.size()),
                                               printed_total_note(project, printed), referenced});
    return static_cast<int>(report->footnotes.size() - 1);
  };
  auto attach = [&](const PrintedTotal& printed, ReportTotal* row) {
    if (!row || row->footnote >= 0 || row->total.amount != printed.computed) return false;
    row->footnote = note(printed, true);
    if (printed.agreement == Agreement::differs) {
      row->shown = printed.printed;
      row->as_printed = true;
    }
    return true;
  };
  for (const PrintedTotal* printed : noted_totals(project, report->year)) {
    ReportTotal* row = nullptr;
    if (printed->whole_table) {
      row = &report->total;
    } else if (printed->section >= 0) {
      for (ReportSection& section : report->sections)
        if (section.section == printed->section && section.show_subtotal) row = &section.subtotal;
    }
    if (!attach(*printed, row)) note(*printed, false);
  }
}

}  // namespace

ReportView build_report(const Project& project, const YearLines& lines) {
  FinancialYear year = lines.year;
  const std::vector<std::size_t>& awards = lines.awards;
  ReportView report;
  report.year = year;
  report.title = project.wording.report_title + " " + year.label();
  std::vector<Field> fields = project.wording.report_columns.empty()
                                  ? default_columns(project, awards)
                                  : project.wording.report_columns;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    if (fields[c] == Field::amount) report.amount_column = c;
    report.columns.push_back(
        ReportColumn{fields[c], heading_for(project, fields[c], project.display.unit, year),
                     fields[c] == Field::amount});
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
    out.subtotal = report_total(group.total);
    out.lines.reserve(group.awards.size());
    for (std::size_t i : group.awards) {
      ReportLine line{i, -1};
      if (!project.awards[i].text(Field::note).empty()) {
        line.footnote = static_cast<int>(report.footnotes.size());
        report.footnotes.push_back(
            ReportFootnote{footnote_marker(report.footnotes.size()), project.awards[i].text(Field::note), true});
      }
      out.lines.push_back(line);
    }
    report.sections.push_back(std::move(out));
  }
  report.total = report_total(lines.total);
  attach_printed_totals(project, &report);

  report.caption = say(project, "report_caption",
                       {{"title", report.title},
                        {"lines", count_text(project, report.total.total.rows, "line")},
                        {"sections", count_text(project, groups.size(), "section")},
                        {"measure", measure_text(project, project.measure)},
                        {"unit", unit_words(project, project.display.unit)}});
  bool as_printed = report.total.as_printed;
  for (const ReportSection& section : report.sections) as_printed |= section.subtotal.as_printed;
  if (project.display.unit > 1)
    report.caption += ", " + text_of(project, "report_rounded_each");
  else if (project.display.total_decimals == 0)
    report.caption += "; " + text_of(project, "report_exact_sums");
  if (as_printed) report.caption += "; " + text_of(project, "report_as_printed");
  return report;
}

std::size_t report_lines(const ReportView& report) {
  std::size_t lines = 0;
  for (const ReportSection& section : report.sections) lines += section.lines.size();
  return lines;
}

std::size_t appendix_rows(const Project& project, const std::vector<std::size_t>& awards) {
  std::size_t notes = project.printed_totals.size();
  for (std::size_t i : awards) notes += !project.awards[i].text(Field::note).empty();
  return awards.size() + 2 * project.sections.size() + notes + project.glossary.size() + 12;
}

std::vector<GlossaryTerm> abbreviations_in_report(const Project& project,
                                                  const ReportView& report) {
  AbbreviationMarker marker(project.glossary);
  for (const ReportSection& section : report.sections)
    for (const ReportLine& line : section.lines)
      for (std::size_t c = 0; c < report.columns.size(); ++c)
        if (c != report.amount_column)
          marker.note(
              printed_field_text(project, project.awards[line.award], report.columns[c].field));
  for (const ReportFootnote& note : report.footnotes) marker.note(note.text);
  return marker.used();
}

}  // namespace fundpress
