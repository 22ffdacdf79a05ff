#include "render/summary_sheet.h"

#include <algorithm>

#include "load/utf8.h"
#include "model/text.h"
#include "view/format.h"

namespace fundpress {

std::string criterion_literal(const std::string& before, const std::string& value,
                              const std::string& after) {
  std::string text = "=" + before;
  for (char c : value) {
    if (c == '~' || c == '*' || c == '?') text += '~';
    text += c;
  }
  text += after;
  std::string literal = "\"";
  for (char c : text) literal += c == '"' ? std::string("\"\"") : std::string(1, c);
  return literal + "\"";
}

bool exact_criterion(const std::string& value) {
  if (value.empty() || value[0] == '#') return false;
  if (std::any_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  std::string folded = ascii_lower(value);
  if (folded == "true" || folded == "false") return false;
  // Room for "=*; " and "; *" around the value, and the escapes.
  return count_code_points(value) + 7 +
             std::count_if(value.begin(), value.end(),
                           [](char c) { return c == '~' || c == '*' || c == '?'; }) <=
         255;
}

namespace {

struct LineFormulas {
  std::string amount;
  std::string count;
};

std::string joined(const std::vector<std::string>& terms) {
  std::string out = "=";
  for (std::size_t i = 0; i < terms.size(); ++i) out += (i ? "+" : "") + terms[i];
  return out;
}

// The formulas of one line, over every part of the Register. `label` is the
// line's own cell, which holds the value exactly.
LineFormulas line_formulas(const SummarySheet& summary, const SummaryLine& line,
                           const std::vector<RegisterPart>& parts, lxw_col_t amount_col,
                           const std::string& label) {
  lxw_col_t by_col = static_cast<lxw_col_t>(summary.column);
  std::vector<std::string> sums, counts;
  for (const RegisterPart& part : parts) {
    std::string amounts = part_range(part, amount_col), values = part_range(part, by_col);
    if (line.not_given) {  // "=" matches an empty cell
      sums.push_back("SUMIFS(" + amounts + "," + values + ",\"=\")");
      counts.push_back("COUNTIFS(" + values + ",\"=\")");
    } else if (exact_criterion(line.label)) {
      // A list cell holds "A; B; C": the line counts under A, alone or first.
      std::vector<std::pair<std::string, std::string>> around = {{"", ""}};
      if (summary.first_of_list) around = {{"", ""}, {"", "; *"}};
      for (const auto& [before, after] : around) {
        std::string criterion = criterion_literal(before, line.label, after);
        sums.push_back("SUMIFS(" + amounts + "," + values + "," + criterion + ")");
        counts.push_back("COUNTIFS(" + values + "," + criterion + ")");
      }
    } else {
      std::string match = summary.first_of_list ? "(LEFT(" + values + "&\"; \",LEN(" + label +
                                                      ")+2)=" + label + "&\"; \")"
                                                : "(" + values + "=" + label + ")";
      sums.push_back("SUMPRODUCT(" + match + "*" + amounts + ")");
      counts.push_back("SUMPRODUCT(--" + match + ")");
    }
  }
  return {joined(sums), joined(counts)};
}

}  // namespace

void write_summary_sheet(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view,
                         const SummarySheet& summary, const std::vector<RegisterPart>& parts) {
  if (!sheet) return;
  lxw_col_t amount_col = 0;
  while (amount_col < view.columns.size() && view.columns[amount_col].field != Field::amount)
    ++amount_col;

  lxw_format* header = book.add_format();
  format_set_bold(header);
  format_set_bottom(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xD9E2F3);
  lxw_format* header_number = book.add_format();
  format_set_bold(header_number);
  format_set_bottom(header_number, LXW_BORDER_THIN);
  format_set_bg_color(header_number, 0xD9E2F3);
  format_set_align(header_number, LXW_ALIGN_RIGHT);
  lxw_format* pounds = book.add_format();
  format_set_num_format(pounds, view.amount_format.c_str());
  lxw_format* count = book.add_format();
  format_set_num_format(count, "#,##0");
  lxw_format* not_given = book.add_format();
  format_set_italic(not_given);
  lxw_format* total_label = book.add_format();
  format_set_bold(total_label);
  format_set_top(total_label, LXW_BORDER_THIN);
  format_set_bottom(total_label, LXW_BORDER_DOUBLE);
  lxw_format* total_pounds = book.add_format();
  format_set_bold(total_pounds);
  format_set_top(total_pounds, LXW_BORDER_THIN);
  format_set_bottom(total_pounds, LXW_BORDER_DOUBLE);
  format_set_num_format(total_pounds, view.amount_format.c_str());
  lxw_format* total_count = book.add_format();
  format_set_bold(total_count);
  format_set_top(total_count, LXW_BORDER_THIN);
  format_set_bottom(total_count, LXW_BORDER_DOUBLE);
  format_set_num_format(total_count, "#,##0");
  lxw_format* note = book.add_format();
  format_set_italic(note);

  book.text(sheet, 0, 0, summary.value_heading, header);
  book.text(sheet, 0, 1, view.amount_heading, header_number);
  book.text(sheet, 0, 2, view.count_heading, header_number);
  worksheet_freeze_panes(sheet, 1, 0);
  // Landscape: the table and the chart side by side.
  book.print_setup(sheet, view.info.company, view.info.title + ": " + summary.name, true, 0);
  std::size_t label_width = count_code_points(summary.value_heading);
  std::size_t amount_width = count_code_points(view.amount_heading);

  lxw_row_t row = 1;
  for (const SummaryLine& line : summary.lines) {
    book.text(sheet, row, 0, line.label, line.not_given ? not_given : nullptr);
    LineFormulas formulas =
        line_formulas(summary, line, parts, amount_col, cell_name(row, 0).insert(0, "$"));
    book.formula(sheet, row, 1, formulas.amount, line.total.amount, pounds);
    book.formula_count(sheet, row, 2, formulas.count, static_cast<long long>(line.total.rows),
                       count);
    label_width = std::max(label_width, count_code_points(line.label));
    amount_width = std::max(amount_width, count_code_points(format_pounds(line.total.amount, 2)));
    ++row;
  }
  lxw_row_t last_line = row - 1;

  // The total: the lines partition the rows, so it is their sum.
  std::string amount_total = "=SUM(" + range_name(1, 1, last_line, 1) + ")";
  std::string count_total = "=SUM(" + range_name(1, 2, last_line, 2) + ")";
  book.text(sheet, row, 0, view.total_label, total_label);
  book.formula(sheet, row, 1, amount_total, view.total.amount, total_pounds);
  book.formula_count(sheet, row, 2, count_total, static_cast<long long>(view.total.rows),
                     total_count);
  amount_width = std::max(amount_width, count_code_points(format_pounds(view.total.amount, 2)));
  if (!summary.note.empty()) book.text(sheet, row + 2, 0, summary.note, note);

  double widest = static_cast<double>(view.max_width);
  book.check(worksheet_set_column(sheet, 0, 0, std::min(widest, label_width + 2.0), nullptr),
             "column width");
  book.check(worksheet_set_column(sheet, 1, 1, amount_width + 3.0, nullptr), "column width");
  book.check(
      worksheet_set_column(sheet, 2, 2, count_code_points(view.count_heading) + 4.0, nullptr),
      "column width");

  if (summary.chart_title.empty() || summary.lines.empty() || !book.ok()) return;
  lxw_chart* chart = workbook_add_chart(book.workbook(), LXW_CHART_BAR);
  std::string sheet_name = quoted_sheet(summary.name);
  char labels[LXW_MAX_CELL_RANGE_LENGTH], amounts[LXW_MAX_CELL_RANGE_LENGTH];
  lxw_rowcol_to_range_abs(labels, 1, 0, last_line, 0);
  lxw_rowcol_to_range_abs(amounts, 1, 1, last_line, 1);
  lxw_chart_series* series = chart_add_series(chart, ("=" + sheet_name + "!" + labels).c_str(),
                                              ("=" + sheet_name + "!" + amounts).c_str());
  // The series is named by its heading cell: a name given as text that began
  // with "=" would be taken for a reference.
  chart_series_set_name_range(series, summary.name.c_str(), 0, 1);
  chart_title_set_name(chart, summary.chart_title.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_num_format(chart->x_axis, "\xC2\xA3#,##0");
  chart_axis_set_reverse(chart->y_axis);       // the first line at the top, as in the table,
  chart_axis_set_crossing_max(chart->y_axis);  // with the amounts still along the bottom
  lxw_chart_options placement{};
  placement.x_scale = 1.5;
  placement.y_scale = std::max(1.0, (summary.lines.size() * 28.0 + 100.0) / 288.0);
  book.check(worksheet_insert_chart_opt(sheet, 1, 4, chart, &placement),
             "the chart on \"" + summary.name + "\"");
}

}  // namespace fundpress
