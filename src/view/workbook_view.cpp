#include "view/workbook_view.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "view/field_values.h"
#include "view/format.h"
#include "view/report_view.h"

namespace fundpress {
namespace {

// Excel compares a table's headings without regard to case.
std::string folded(const std::string& text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Dimension dimension_of(Field field) {
  switch (field) {
    case Field::area: return Dimension::area;
    case Field::organisation: return Dimension::organisation;
    case Field::fund: return Dimension::fund;
    case Field::priority: return Dimension::priority;
    default: return Dimension::section;
  }
}

std::string catalogue_name(const Project& project, Dimension dimension, int key) {
  switch (dimension) {
    case Dimension::area: return project.areas[key].name;
    case Dimension::organisation: return project.organisations[key].name;
    case Dimension::fund: return project.funds[key].name;
    case Dimension::priority: return project.priorities[key].name;
    default: return project.sections[key].name;
  }
}

// The Register's columns: the layout's, less those no row fills; headings
// made unique ("Amount", "Amount (2)") as an Excel table requires.
std::vector<WorkbookColumn> register_columns(const Project& project, const LayoutSheet& sheet,
                                             const WorkbookLayout& layout,
                                             const std::vector<std::size_t>& rows) {
  std::vector<Field> filled = published_fields(project, rows);
  std::vector<WorkbookColumn> columns;
  std::set<std::string> headings;
  for (const LayoutColumn& c : sheet.columns) {
    if (std::find(filled.begin(), filled.end(), c.field) == filled.end()) continue;
    WorkbookColumn column{c.field, c.heading, field_info(c.field).type, c.width, c.number_format};
    if (column.heading.empty()) column.heading = field_label(project, field_info(c.field).name);
    std::string base = column.heading;
    for (int n = 2; !headings.insert(folded(column.heading)).second; ++n)
      column.heading = base + " (" + std::to_string(n) + ")";
    if (column.number_format.empty() && column.type == FieldType::money) column.number_format = layout.amount_format;
    if (column.number_format.empty() && column.type == FieldType::date) column.number_format = layout.date_format;
    columns.push_back(column);
  }
  return columns;
}

SummarySheet summary_sheet(const Project& project, const LayoutSheet& sheet, const WorkbookLayout& layout,
                           const std::vector<std::size_t>& rows, std::size_t column) {
  SummarySheet summary;
  summary.name = sheet.name;
  summary.by = sheet.by;
  summary.column = column;
  summary.overlapping = field_info(sheet.by).type == FieldType::list;
  summary.value_heading = field_label(project, field_info(sheet.by).name);
  summary.chart_title = sheet.chart;
  Dimension dimension = dimension_of(sheet.by);
  std::vector<bool> has_value(project.awards.size(), false);
  for (const Group& group : group_by(project, rows, dimension)) {
    summary.lines.push_back(SummaryLine{catalogue_name(project, dimension, group.key), false, group.total});
    for (std::size_t i : group.awards) has_value[i] = true;
  }
  std::vector<std::size_t> without;
  for (std::size_t i : rows)
    if (!has_value[i]) without.push_back(i);
  if (!without.empty()) summary.lines.push_back(SummaryLine{layout.not_given_label, true, total_of(project, without)});
  if (summary.overlapping)
    summary.note = "A line with several " + summary.value_heading +
                   " values counts under each, so the lines above add up to more than the total.";
  return summary;
}

// Rows the appendix sheet needs: title, header, each section's heading, rows
// and sub-total, the total, notes and abbreviations, with room to spare.
std::size_t appendix_rows(const Project& project, const std::vector<std::size_t>& rows) {
  std::size_t notes = 0;
  for (std::size_t i : rows) notes += !project.awards[i].note.empty();
  return rows.size() + 2 * project.sections.size() + notes + project.glossary.size() + 12;
}

}  // namespace

WorkbookView workbook_view(const Project& project, FinancialYear year, const WorkbookLayout& layout,
                           std::size_t sheet_rows) {
  WorkbookView view;
  view.project = &project;
  view.rows = awards_in_year(project, year);
  view.total = total_of(project, view.rows);
  view.amount_heading = layout.amount_heading;
  view.count_heading = layout.count_heading;
  view.amount_format = layout.amount_format;
  view.total_label = project.wording.grand_total_label;
  view.max_width = layout.max_width;

  const std::string& publisher = project.publisher.name;
  std::string label = year.label();
  view.info.title = "Funding register " + label;
  view.info.subject = "The funding register, " + project.wording.report_title + " and totals of the " +
                      publisher + " for the financial year " + label;
  view.info.author = publisher;
  view.info.company = publisher;
  view.info.keywords = "funding register, " + project.wording.report_title + ", " + label +
                       ", police and crime commissioner, open data";
  view.info.comments = "Generated by fundpress. Every total is a formula stored with its exact result.";

  for (const LayoutSheet& sheet : layout.sheets)
    if (sheet.type == SheetType::register_rows) view.columns = register_columns(project, sheet, layout, view.rows);

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
        view.report = build_report(project, year);
        view.has_report = true;
        view.appendix_title = {publisher, view.report.title};
      } else {
        view.appendix_note = "The " + project.wording.report_title + " " + label + " has " +
                             count_of(view.rows.size(), "line") +
                             ", more than one sheet holds. The Register and the totals by section hold every line.";
      }
    }
    view.sheets.push_back(entry);
  }
  return view;
}

}  // namespace fundpress
