// The annual-report appendix (the Commissioning Budget table): sections in
// order, rows in source order, sub-totals and the grand total, footnotes and
// abbreviations. HTML, Markdown and XLSX all render from one ReportView, so
// the three can never disagree.
//
// ReportView refers to the Project's awards by index, so it stays small for a
// register of a million rows; the JSON a template needs is built from it only
// for the outputs that use templates (view/report_context.h).
#pragma once

#include <string>
#include <vector>

#include "model/fields.h"
#include "model/project.h"
#include "rollup/rollup.h"
#include "rollup/year_lines.h"

namespace fundpress {

struct ReportColumn {
  Field field;
  std::string label;  // as printed: "17/18 proposed costs (£)"
  bool numeric = false;
};

struct ReportLine {
  std::size_t award = 0;  // index into Project::awards
  int footnote = -1;      // index into ReportView::footnotes, or -1
};

/// A sub-total or the grand total as its row prints it.
struct ReportTotal {
  Total total;  // the exact sum of its lines
  /// The figure printed: the exact sum, or, when the source table prints a
  /// different figure for it and the publisher publishes totals as printed,
  /// that figure (as_printed), with a footnote saying what the lines add up to.
  Money shown;
  bool as_printed = false;
  int footnote = -1;  // index into ReportView::footnotes, or -1
};

struct ReportSection {
  int section = 0;  // index into Project::sections
  bool show_heading = false;
  bool show_subtotal = false;
  std::vector<ReportLine> lines;
  ReportTotal subtotal;
};

struct ReportFootnote {
  std::string marker;      // * † ‡ § ‖ ¶, then numbers
  std::string text;        // a line's note, or the note on a printed total
  bool referenced = true;  // false: a printed total the table has no row for
};

struct ReportView {
  FinancialYear year;
  std::string title;    // "Commissioning Budget 2017/18"
  std::string caption;  // one sentence for the table's caption
  std::vector<ReportColumn> columns;
  std::size_t amount_column = 0;  // index into columns
  std::vector<ReportSection> sections;
  std::vector<ReportFootnote> footnotes;
  ReportTotal total;
};

/// The appendix of a year, from its lines (YearsRollup::lines).
ReportView build_report(const Project& project, const YearLines& lines);

/// The lines the appendix lists, over all its sections.
std::size_t report_lines(const ReportView& report);

/// Rows a sheet needs for the appendix of `awards` (title, header, each
/// section's heading, rows and sub-total, the total, notes and abbreviations,
/// with room to spare), so a writer can tell whether it fits one sheet.
std::size_t appendix_rows(const Project& project, const std::vector<std::size_t>& awards);

/// The glossary terms the report's text uses, in glossary order: the list of
/// abbreviations printed under the table.
std::vector<GlossaryTerm> abbreviations_in_report(const Project& project, const ReportView& report);

}  // namespace fundpress
