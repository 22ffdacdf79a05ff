#include "render/appendix_sheet.h"

#include <algorithm>

#include "load/utf8.h"

namespace fundpress {
namespace {

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* header_number;
  lxw_format* heading;
  lxw_format* text;
  lxw_format* pounds;        // a row with pence
  lxw_format* whole_pounds;  // a row without pence, and every total
  lxw_format* total_label;
  lxw_format* total_pounds;
  lxw_format* grand_label;
  lxw_format* grand_pounds;
  lxw_format* note;
};

Formats make_formats(XlsxBook& book, int total_decimals, bool brackets) {
  auto pounds_format = [&](int decimals) {
    std::string body = decimals == 2 ? "#,##0.00" : "#,##0";
    return brackets ? "£" + body + ";(£" + body + ")" : "£" + body + ";-£" + body;
  };
  std::string totals = pounds_format(total_decimals);
  Formats f;
  f.title = book.add_format();
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = book.add_format();
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xD9E2F3);
  f.header_number = book.add_format();
  format_set_bold(f.header_number);
  format_set_text_wrap(f.header_number);
  format_set_align(f.header_number, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(f.header_number, LXW_ALIGN_RIGHT);
  format_set_bottom(f.header_number, LXW_BORDER_THIN);
  format_set_bg_color(f.header_number, 0xD9E2F3);
  f.heading = book.add_format();
  format_set_bold(f.heading);
  format_set_bg_color(f.heading, 0xEDEDED);
  f.text = book.add_format();
  format_set_text_wrap(f.text);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.pounds = book.add_format();
  format_set_num_format(f.pounds, pounds_format(2).c_str());
  format_set_align(f.pounds, LXW_ALIGN_VERTICAL_TOP);
  f.whole_pounds = book.add_format();
  format_set_num_format(f.whole_pounds, pounds_format(0).c_str());
  format_set_align(f.whole_pounds, LXW_ALIGN_VERTICAL_TOP);
  f.total_label = book.add_format();
  format_set_bold(f.total_label);
  format_set_top(f.total_label, LXW_BORDER_THIN);
  f.total_pounds = book.add_format();
  format_set_bold(f.total_pounds);
  format_set_top(f.total_pounds, LXW_BORDER_THIN);
  format_set_num_format(f.total_pounds, totals.c_str());
  f.grand_label = book.add_format();
  format_set_bold(f.grand_label);
  format_set_top(f.grand_label, LXW_BORDER_THIN);
  format_set_bottom(f.grand_label, LXW_BORDER_DOUBLE);
  f.grand_pounds = book.add_format();
  format_set_bold(f.grand_pounds);
  format_set_top(f.grand_pounds, LXW_BORDER_THIN);
  format_set_bottom(f.grand_pounds, LXW_BORDER_DOUBLE);
  format_set_num_format(f.grand_pounds, totals.c_str());
  f.note = book.add_format();
  format_set_italic(f.note);
  return f;
}

Money money_of(const nlohmann::json& value) { return Money{value.get<int64_t>()}; }

}  // namespace

void write_appendix_sheet(XlsxBook& book, lxw_worksheet* sheet, const nlohmann::json& report,
                          const std::vector<std::string>& title_lines) {
  if (!sheet) return;
  const nlohmann::json& columns = report["columns"];
  const nlohmann::json& display = report["display"];
  int row_decimals = display["row_decimals"].get<int>();
  Formats f = make_formats(book, display["total_decimals"].get<int>(),
                           display["negative_in_brackets"].get<bool>());

  // A footnote marker cannot sit inside a number cell, so it gets a narrow
  // column of its own right of the amount.
  bool notes = report["has_footnotes"].get<bool>();
  std::vector<lxw_col_t> col_of(columns.size());
  lxw_col_t amount_col = 0, next = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    col_of[c] = next++;
    if (columns[c]["numeric"].get<bool>()) {
      amount_col = col_of[c];
      if (notes) ++next;
    }
  }
  lxw_col_t note_col = amount_col + 1;
  lxw_col_t last_col = next - 1;
  std::vector<std::size_t> widths(next, 4);
  auto fit = [&](lxw_col_t col, const std::string& text) {
    widths[col] = std::max(widths[col], count_code_points(text));
  };

  lxw_row_t row = 0;
  for (std::size_t i = 0; i < title_lines.size(); ++i)
    book.text(sheet, row++, 0, title_lines[i], i + 1 == title_lines.size() ? f.title : nullptr);
  ++row;
  lxw_row_t header_row = row;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    bool numeric = columns[c]["numeric"].get<bool>();
    std::string label = columns[c]["label"].get<std::string>();
    book.text(sheet, row, col_of[c], label, numeric ? f.header_number : f.header);
    // Headers wrap, so they count for half: a long heading need not widen a column of figures.
    widths[col_of[c]] = std::max(widths[col_of[c]], count_code_points(label) / 2 + 1);
  }
  if (notes) book.text(sheet, row, note_col, "Note", f.header);
  worksheet_freeze_panes(sheet, header_row + 1, 0);
  ++row;

  lxw_row_t first_data = row;
  for (const nlohmann::json& section : report["sections"]) {
    if (section["show_heading"].get<bool>()) {
      std::string heading = section["heading"].get<std::string>();
      book.text(sheet, row, 0, heading, f.heading);
      for (lxw_col_t c = 1; c <= last_col; ++c) book.text(sheet, row, c, "", f.heading);
      ++row;
    }
    lxw_row_t section_first = row;
    for (const nlohmann::json& line : section["rows"]) {
      const nlohmann::json& cells = line["cells"];
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const nlohmann::json& cell = cells[c];
        std::string where = line["source"].get<std::string>() + ": " + cell["field"].get<std::string>();
        if (!cell["pence"].is_null()) {
          Money amount = money_of(cell["pence"]);
          bool pence = row_decimals == 2 || (row_decimals < 0 && amount.pence % 100 != 0);
          book.pounds(sheet, row, col_of[c], amount, pence ? f.pounds : f.whole_pounds);
          fit(col_of[c], cell["plain"].get<std::string>() + "£");
          if (cell["footnote"].is_object())
            book.text(sheet, row, note_col, cell["footnote"]["marker"].get<std::string>(), f.text);
        } else {
          std::string text = cell["plain"].get<std::string>();
          book.text(sheet, row, col_of[c], text, f.text, where);
          fit(col_of[c], text);
        }
      }
      ++row;
    }
    if (section["show_subtotal"].get<bool>()) {
      const nlohmann::json& subtotal = section["subtotal"];
      book.text(sheet, row, 0, subtotal["label"].get<std::string>(), f.total_label);
      for (lxw_col_t c = 1; c <= last_col; ++c)
        if (c != amount_col) book.text(sheet, row, c, "", f.total_label);
      // SUBTOTAL(9, ...) skips other SUBTOTALs, so the grand total can span every row.
      std::string range = row > section_first ? range_name(section_first, amount_col, row - 1, amount_col)
                                              : cell_name(row, amount_col);
      book.formula(sheet, row, amount_col, "=SUBTOTAL(9," + range + ")", money_of(subtotal["pence"]),
                   f.total_pounds);
      fit(amount_col, subtotal["amount"].get<std::string>() + "£");
      ++row;
    }
  }
  const nlohmann::json& total = report["total"];
  book.text(sheet, row, 0, total["label"].get<std::string>(), f.grand_label);
  for (lxw_col_t c = 1; c <= last_col; ++c)
    if (c != amount_col) book.text(sheet, row, c, "", f.grand_label);
  std::string range = row > first_data ? range_name(first_data, amount_col, row - 1, amount_col)
                                       : cell_name(row, amount_col);
  book.formula(sheet, row, amount_col, "=SUBTOTAL(9," + range + ")", money_of(total["pence"]),
               f.grand_pounds);
  fit(amount_col, total["amount"].get<std::string>() + "£");
  row += 2;

  for (const nlohmann::json& note : report["footnotes"])
    book.text(sheet, row++, 0, note["marker"].get<std::string>() + " " +
                                   note["text"]["text"].get<std::string>(), f.note);
  if (report["has_abbreviations"].get<bool>()) {
    ++row;
    book.text(sheet, row++, 0, "Abbreviations", f.header);
    for (const nlohmann::json& term : report["abbreviations"])
      book.text(sheet, row++, 0, term["term"].get<std::string>() + ": " +
                                     term["meaning"].get<std::string>(), nullptr);
  }

  for (lxw_col_t c = 0; c <= last_col; ++c) {
    double width = static_cast<double>(std::min<std::size_t>(widths[c] + 2, 60));
    book.check(worksheet_set_column(sheet, c, c, width, nullptr), "column width");
  }
}

}  // namespace fundpress
