#include "render/changes_sheet.h"

namespace fundpress {

void write_changes_sheet(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view) {
  if (!sheet) return;
  book.print_setup(sheet, view.info.company, view.changes_title, true, 2);
  lxw_format* title = book.add_format();
  format_set_bold(title);
  lxw_format* header = book.add_format();
  format_set_bold(header);
  format_set_bottom(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xD9E2F3);
  lxw_format* pounds = book.add_format();
  format_set_num_format(pounds, view.amount_format.c_str());
  lxw_format* percent = book.add_format();
  format_set_num_format(percent, "+0.0%;-0.0%;0.0%");

  book.text(sheet, 0, 0, view.changes_title, title);
  book.text(sheet, 1, 0, view.changes_rule, nullptr);
  const char* headings[] = {"What", "", "", "Change", "Change (%)", "Note"};
  for (lxw_col_t c = 0; c < 6; ++c)
    book.text(sheet, 2, c,
              c == 1   ? view.previous_label
              : c == 2 ? view.current_label
                       : std::string(headings[c]),
              header);
  lxw_row_t row = 3;
  for (const ChangeLine& line : view.changes) {
    std::string previous = cell_name(row, 1), current = cell_name(row, 2),
                change = cell_name(row, 3);
    Money difference{line.current.pence - line.previous.pence};
    book.text(sheet, row, 0, line.what, nullptr);
    book.pounds(sheet, row, 1, line.previous, pounds);
    book.pounds(sheet, row, 2, line.current, pounds);
    book.formula(sheet, row, 3, "=" + current + "-" + previous, difference, pounds);
    // No per cent of nothing: a line new this year has none.
    if (line.previous.pence != 0)
      book.formula_ratio(
          sheet, row, 4, "=" + change + "/" + previous,
          static_cast<double>(difference.pence) / static_cast<double>(line.previous.pence),
          percent);
    book.text(sheet, row, 5, line.note, nullptr);
    ++row;
  }
  if (view.changes.empty()) book.text(sheet, row, 0, "No change reached that.", nullptr);
  book.check(worksheet_set_column(sheet, 0, 0, 50, nullptr), "column width");
  book.check(worksheet_set_column(sheet, 1, 4, 16, nullptr), "column width");
  book.check(worksheet_set_column(sheet, 5, 5, 24, nullptr), "column width");
}

}  // namespace fundpress
