// The annual workbook of one financial year as a view model: the Register's
// columns and rows (from the layout), the appendix, and the summaries with
// their exact totals. Rows are indices into the project, so a register of a
// million rows is not copied. The writer is render/workbook.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/project.h"
#include "model/workbook_layout.h"
#include "rollup/rollup.h"
#include "rollup/years.h"
#include "view/report_view.h"

namespace fundpress {

struct WorkbookColumn {
  Field field;
  std::string heading;  // unique within the Register, as an Excel table needs
  FieldType type;
  int width = 0;              // characters; 0 fits the content
  std::string number_format;  // amounts and dates
};

struct SummaryLine {
  std::string label;       // the value as the Register shows it, or the "not given" label
  bool not_given = false;  // the rows with no value for the field
  Total total;
};

struct SummarySheet {
  std::string name;
  Field by;
  std::size_t column = 0;  // the Register column of `by`
  /// A row may hold several values of `by` (priorities): it counts once,
  /// under the first (primary), so the lines still add up to the total.
  bool first_of_list = false;
  std::string value_heading;
  std::string note;         // printed under the table; "" for none
  std::string chart_title;  // "" for no chart
  std::vector<SummaryLine> lines;
};

struct WorkbookSheet {
  SheetType type;
  std::string name;
  std::size_t summary = 0;  // summary sheets: index into WorkbookView::summaries
};

struct DocumentInfo {
  std::string title, subject, author, company, keywords, comments;
};

/// A line of the Changes sheet: a significant change from the year before.
struct ChangeLine {
  std::string what;  // "Victims (section)", "Helpline, Victim First (line)"
  Money previous;
  Money current;
  std::string note;  // "new in 2018/19", "ended after 2017/18", or ""
};

struct WorkbookView {
  const Project* project = nullptr;
  DocumentInfo info;
  std::vector<WorkbookSheet> sheets;  // in the layout's order
  std::vector<WorkbookColumn> columns;
  std::vector<std::size_t> rows;  // indices into project->awards, in source order
  Total total;                    // of the rows
  std::vector<SummarySheet> summaries;
  std::string year_label;  // "2017/18"
  std::string amount_heading, count_heading, total_label, amount_format;
  int max_width = 60;
  /// The appendix (view/report_view.h), unless it has more lines than a sheet
  /// holds; then has_report is false and appendix_note says so.
  bool has_report = false;
  ReportView report;
  std::vector<std::string> appendix_title;
  std::string appendix_note;
  /// From the second year on, a "Changes" sheet: the significant changes
  /// from the year before (rollup/years.h), largest first.
  bool has_changes = false;
  std::string changes_title;  // "Significant changes from 2017/18 to 2018/19"
  std::string changes_rule;   // what counts as significant
  std::string previous_label, current_label;
  std::vector<ChangeLine> changes;
};

/// The workbook of a year, from its lines (YearsRollup::lines). `sheet_rows`
/// is how many rows a sheet holds, so the appendix is built only when it fits.
/// `changes`, the years rollup's comparison ending in the year (null in a
/// first year), fills the Changes sheet.
WorkbookView workbook_view(const Project& project, const YearLines& lines,
                           const WorkbookLayout& layout, std::size_t sheet_rows,
                           const YearComparison* changes);

}  // namespace fundpress
