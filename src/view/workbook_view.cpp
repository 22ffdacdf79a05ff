#include "view/workbook_view.h"

#include <algorithm>

#include "model/text.h"
#include "model/unique_names.h"
#include "view/field_values.h"
#include "view/format.h"
#include "view/site_paths.h"
#include "view/year_tables.h"

namespace fundpress {
namespace {

Dimension dimension_of(Field field) {
  switch (field) {
    case Field::area: return Dimension::area;
    case Field::organisation: return Dimension::organisation;
    case Field::fund: return Dimension::fund;
    case Field::priority: return Dimension::priority;
    default: return Dimension::section;
  }
}

// The Register's columns: the layout's, less those no row fills; headings
// made unique ("Amount", "Amount (2)") as an Excel table requires.
std::vector<WorkbookColumn> register_columns(const Project& project, const LayoutSheet& sheet,
                                             const WorkbookLayout& layout,
                                             const std::vector<std::size_t>& rows,
                                             FinancialYear year) {
  std::vector<Field> filled = published_fields(project, rows);
  std::vector<WorkbookColumn> columns;
  UniqueNames headings(" (", ")",
                       true);  // Excel compares a table's headings without regard to case
  for (const LayoutColumn& c : sheet.columns) {
    if (std::find(filled.begin(), filled.end(), c.field) == filled.end()) continue;
    WorkbookColumn column{c.field, c.heading, field_info(c.field).type, c.width, c.number_format};
    if (column.heading.empty()) column.heading = heading_for(project, c.field, 1, year);
    column.heading = headings.take(column.heading);
    if (column.number_format.empty() && column.type == FieldType::money)
      column.number_format = layout.amount_format;
    if (column.number_format.empty() && column.type == FieldType::date)
      column.number_format = layout.date_format;
    columns.push_back(column);
  }
  return columns;
}

SummarySheet summary_sheet(const Project& project, const LayoutSheet& sheet,
                           const WorkbookLayout& layout, const std::vector<std::size_t>& rows,
                           std::size_t column) {
  SummarySheet summary;
  summary.name = sheet.name;
  summary.by = sheet.by;
  summary.column = column;
  summary.first_of_list = field_info(sheet.by).type == FieldType::list;
  summary.value_heading = field_label(project.wording, sheet.by);
  summary.chart_title = sheet.chart;
  Dimension dimension = dimension_of(sheet.by);
  std::vector<bool> has_value(project.awards.size(), false);
  for (const Group& group : group_by(project, rows, dimension)) {
    summary.lines.push_back(
        SummaryLine{name_of(project, dimension, group.key), false, group.total});
    for (std::size_t i : group.awards) has_value[i] = true;
  }
  // Largest first, as a reader scans a summary; ties by name, so the order
  // never depends on the order of the rows.
  std::stable_sort(summary.lines.begin(), summary.lines.end(),
                   [](const SummaryLine& a, const SummaryLine& b) {
                     if (a.total.amount != b.total.amount) return b.total.amount < a.total.amount;
                     return fold_case(a.label) < fold_case(b.label);
                   });
  std::vector<std::size_t> without;
  for (std::size_t i : rows)
    if (!has_value[i]) without.push_back(i);
  if (!without.empty())
    summary.lines.push_back(SummaryLine{layout.not_given_label, true, total_of(project, without)});
  if (summary.first_of_list)
    summary.note = "A line with several " + summary.value_heading +
                   " values counts once, under the first (primary) one.";
  return summary;
}

// The year's significant changes from the year before, when there is one.
void add_changes(const Project& project, const YearComparison* changes, WorkbookView* view) {
  if (!changes) return;
  const YearComparison& comparison = *changes;
  view->has_changes = true;
  view->previous_label = comparison.previous.label();
  view->current_label = comparison.current.label();
  view->changes_title =
      "Significant changes from " + view->previous_label + " to " + view->current_label;
  view->changes_rule = significance_rule(project);
  for (std::size_t i : comparison.significant) {
    const Variance& v = comparison.changes[i];
    std::string note = v.added   ? "new in " + view->current_label
                       : v.ended ? "ended after " + view->previous_label
                                 : "";
    view->changes.push_back(ChangeLine{variance_name(project, v), v.previous, v.current, note});
  }
}

}  // namespace

WorkbookView workbook_view(const Project& project, const YearLines& lines,
                           const WorkbookLayout& layout, std::size_t sheet_rows,
                           const YearComparison* changes) {
  FinancialYear year = lines.year;
  WorkbookView view;
  view.project = &project;
  view.rows = lines.awards;
  view.year_label = year.label();
  view.total = lines.total;
  view.amount_heading = layout.amount_heading;
  view.count_heading = layout.count_heading;
  view.amount_format = layout.amount_format;
  view.total_label = project.wording.grand_total_label;
  view.max_width = layout.max_width;

  const std::string& publisher = project.publisher.name;
  std::string label = year.label();
  view.info.title = "Funding register " + label;
  view.info.subject = "The funding register, " + project.wording.report_title +
                      " and totals of the " + publisher + " for the financial year " + label;
  view.info.author = publisher;
  view.info.company = publisher;
  view.info.keywords = "funding register, " + project.wording.report_title + ", " + label +
                       ", police and crime commissioner, open data";
  view.info.comments =
      "Generated by fundpress. Every total is a formula stored with its exact result.";

  for (const LayoutSheet& sheet : layout.sheets)
    if (sheet.type == SheetType::register_rows)
      view.columns = register_columns(project, sheet, layout, view.rows, year);

  for (const LayoutSheet& sheet : layout.sheets) {
    WorkbookSheet entry{sheet.type, sheet.name, 0};
    if (sheet.type == SheetType::summary) {
      // A summary of a field no row fills is left out, as its column is.
      std::size_t column = 0;
      while (column < view.columns.size() && view.columns[column].field != sheet.by) ++column;
      if (column == view.columns.size()) continue;
      entry.summary = view.summaries.size();
      view.summaries.push_back(summary_sheet(project, sheet, layout, view.rows, column));
    }
    if (sheet.type == SheetType::appendix) {
      if (appendix_rows(project, view.rows) <= sheet_rows) {
        view.report = build_report(project, lines);
        view.has_report = true;
        view.appendix_title = {publisher, view.report.title};
      } else {
        view.appendix_note =
            "The " + project.wording.report_title + " " + label + " has " +
            count_of(view.rows.size(), "line") +
            ", more than one sheet holds. The Register and the totals by section hold every line.";
      }
    }
    view.sheets.push_back(entry);
  }
  add_changes(project, changes, &view);
  return view;
}

}  // namespace fundpress
