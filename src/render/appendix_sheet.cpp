#include "render/appendix_sheet.h"

#include <algorithm>

#include "load/utf8.h"
#include "view/award_fields.h"
#include "view/format.h"

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

// Excel's number format for pounds shown as the report shows them: `decimals`
// 0 or 2, negatives with a minus sign or in brackets. In a unit above pounds
// the figures count units, as format_amount writes them, under a heading that
// states the unit: Excel's "," scales by a thousand per comma.
std::string pounds_format(int decimals, bool brackets, int64_t unit) {
  std::string body = decimals == 2 ? "#,##0.00" : "#,##0";
  std::string sign = "£";
  if (unit > 1) {
    body = unit >= 1000000 ? "#,##0.0,," : "#,##0,";
    sign = "";
  }
  return brackets ? sign + body + ";(" + sign + body + ")" : sign + body + ";-" + sign + body;
}

Formats make_formats(XlsxBook& book, const DisplayRules& display) {
  int total_decimals = display.total_decimals;
  bool brackets = display.negative_in_brackets;
  int64_t unit = display.unit;
  auto header = [&](bool right) {
    lxw_format* format = book.add_format();
    format_set_bold(format);
    format_set_text_wrap(format);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (right) format_set_align(format, LXW_ALIGN_RIGHT);
    format_set_bottom(format, LXW_BORDER_THIN);
    format_set_bg_color(format, 0xD9E2F3);
    return format;
  };
  auto amount = [&](const std::string& number_format) {
    lxw_format* format = book.add_format();
    format_set_num_format(format, number_format.c_str());
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
  };
  // Sub-total and grand-total rows: bold, ruled above; the grand total double-ruled below.
  auto total = [&](bool grand, bool number) {
    lxw_format* format = book.add_format();
    format_set_bold(format);
    format_set_top(format, LXW_BORDER_THIN);
    if (grand) format_set_bottom(format, LXW_BORDER_DOUBLE);
    if (number)
      format_set_num_format(format, pounds_format(total_decimals, brackets, unit).c_str());
    return format;
  };
  Formats f;
  f.title = book.add_format();
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.header = header(false);
  f.header_number = header(true);
  f.heading = book.add_format();
  format_set_bold(f.heading);
  format_set_bg_color(f.heading, 0xEDEDED);
  f.text = book.add_format();
  format_set_text_wrap(f.text);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  f.pounds = amount(pounds_format(2, brackets, unit));
  f.whole_pounds = amount(pounds_format(0, brackets, unit));
  f.total_label = total(false, false);
  f.total_pounds = total(false, true);
  f.grand_label = total(true, false);
  f.grand_pounds = total(true, true);
  f.note = book.add_format();
  format_set_italic(f.note);
  return f;
}

// Column widths in characters: wide enough for the longest text, up to a
// limit past which text wraps.
constexpr std::size_t widest_column = 45;

std::size_t lines_needed(const std::string& text, std::size_t width) {
  std::size_t usable = width > 0 ? width : 1;
  return std::max<std::size_t>(1, (count_code_points(text) + usable - 1) / usable);
}

}  // namespace

void write_appendix_sheet(XlsxBook& book, lxw_worksheet* sheet, const Project& project,
                          const ReportView& report, const std::vector<std::string>& title_lines) {
  if (!sheet) return;
  const DisplayRules& display = project.display;
  Formats f = make_formats(book, display);

  // A footnote marker cannot sit inside a number cell, so it gets a narrow
  // column of its own right of the amount.
  bool notes = !report.footnotes.empty();
  std::vector<lxw_col_t> col_of(report.columns.size());
  lxw_col_t next = 0;
  for (std::size_t c = 0; c < report.columns.size(); ++c) {
    col_of[c] = next++;
    if (c == report.amount_column && notes) ++next;
  }
  lxw_col_t amount_col = col_of[report.amount_column];
  lxw_col_t note_col = amount_col + 1;
  lxw_col_t last_col = next - 1;

  // Widths first, so that each row's height can follow from its wrapped text.
  std::vector<std::size_t> widths(next, 6);
  auto fit = [&](lxw_col_t col, std::size_t characters) {
    widths[col] = std::min(widest_column, std::max(widths[col], characters + 2));
  };
  for (std::size_t c = 0; c < report.columns.size(); ++c)  // headings wrap: half counts
    fit(col_of[c], count_code_points(report.columns[c].label) / 2 + 1);
  for (const ReportSection& section : report.sections)
    for (const ReportLine& line : section.lines)
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        const Award& award = project.awards[line.award];
        std::string text = c == report.amount_column
                               ? amount_text(award, display) + "£"
                               : printed_field_text(project, award, report.columns[c].field);
        fit(col_of[c], count_code_points(text));
      }
  fit(amount_col, format_total_amount(report.total.total.amount, display).size() + 1);
  for (lxw_col_t c = 0; c <= last_col; ++c)
    book.check(worksheet_set_column(sheet, c, c, static_cast<double>(widths[c]), nullptr),
               "column width");

  auto fill_row = [&](lxw_row_t row, lxw_format* format) {
    for (lxw_col_t c = 1; c <= last_col; ++c)
      if (c != amount_col) book.text(sheet, row, c, "", format);
  };
  // SUBTOTAL(9, ...) skips other SUBTOTALs, so the grand total can span every
  // row. The formula keeps the exact sum even where the report shows a total
  // as the source table prints it: its note says both figures.
  auto subtotal = [&](lxw_row_t row, lxw_row_t first, const ReportTotal& total,
                      lxw_format* format) {
    std::string range = row > first ? range_name(first, amount_col, row - 1, amount_col)
                                    : cell_name(row, amount_col);
    book.formula(sheet, row, amount_col, "=SUBTOTAL(9," + range + ")", total.total.amount, format);
    if (total.footnote >= 0)
      book.text(sheet, row, note_col, report.footnotes[total.footnote].marker, format);
  };

  lxw_row_t row = 0;
  for (std::size_t i = 0; i < title_lines.size(); ++i)
    book.text(sheet, row++, 0, title_lines[i], i + 1 == title_lines.size() ? f.title : nullptr);
  ++row;
  lxw_row_t header_row = row;
  std::size_t header_lines = 1;
  for (std::size_t c = 0; c < report.columns.size(); ++c)
    header_lines = std::max(header_lines, lines_needed(report.columns[c].label, widths[col_of[c]]));
  book.check(worksheet_set_row(sheet, row, 15.0 * header_lines, nullptr), "row height");
  for (std::size_t c = 0; c < report.columns.size(); ++c) {
    const ReportColumn& column = report.columns[c];
    book.text(sheet, row, col_of[c], column.label, column.numeric ? f.header_number : f.header);
  }
  if (notes) book.text(sheet, row, note_col, "Note", f.header);
  worksheet_freeze_panes(sheet, header_row + 1, 0);
  book.print_setup(sheet, project.publisher.name, report.title, true, static_cast<int>(header_row));
  ++row;

  lxw_row_t first_data = row;
  for (const ReportSection& section : report.sections) {
    const Section& model = project.sections[section.section];
    if (section.show_heading) {
      book.text(sheet, row, 0, model.heading, f.heading);
      for (lxw_col_t c = 1; c <= last_col; ++c) book.text(sheet, row, c, "", f.heading);
      ++row;
    }
    lxw_row_t section_first = row;
    for (const ReportLine& line : section.lines) {
      const Award& award = project.awards[line.award];
      book.line_written();
      std::vector<std::string> texts(report.columns.size());
      std::size_t height = 1;
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        if (c == report.amount_column && award.amount_known) continue;
        texts[c] = c == report.amount_column
                       ? amount_text(award, display)
                       : printed_field_text(project, award, report.columns[c].field);
        height = std::max(height, lines_needed(texts[c], widths[col_of[c]]));
      }
      // Spreadsheets do not all grow a row to fit wrapped text, so set the height.
      if (height > 1)
        book.check(worksheet_set_row(sheet, row, 15.0 * height, nullptr), "row height");
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        if (c == report.amount_column && award.amount_known) {
          bool pence = shown_decimals(award.amount, display.row_decimals) == 2;
          book.pounds(sheet, row, amount_col, award.amount, pence ? f.pounds : f.whole_pounds);
          if (line.footnote >= 0)
            book.text(sheet, row, note_col, report.footnotes[line.footnote].marker, f.text);
        } else {
          // Where a text too long for a cell came from: "awards.csv:17: description".
          // Only such a text needs it: naming every cell would cost more than writing it.
          std::string where;
          if (texts[c].size() > max_cell_characters)
            where = project.source_files[award.source.file] + ":" +
                    std::to_string(award.source.line) + ": " +
                    field_info(report.columns[c].field).name;
          book.text(sheet, row, col_of[c], texts[c], f.text, where);
        }
      }
      ++row;
    }
    if (section.show_subtotal) {
      book.text(sheet, row, 0, model.subtotal_label, f.total_label);
      fill_row(row, f.total_label);
      subtotal(row, section_first, section.subtotal, f.total_pounds);
      ++row;
    }
  }
  book.text(sheet, row, 0, project.wording.grand_total_label, f.grand_label);
  fill_row(row, f.grand_label);
  subtotal(row, first_data, report.total, f.grand_pounds);
  row += 2;

  for (const ReportFootnote& note : report.footnotes)
    book.text(sheet, row++, 0, note.marker + " " + note.text, f.note);
  std::vector<GlossaryTerm> used = abbreviations_in_report(project, report);
  if (!used.empty()) {
    ++row;
    book.text(sheet, row++, 0, "Abbreviations", f.header);
    for (const GlossaryTerm& term : used)
      book.text(sheet, row++, 0, term.term + ": " + term.meaning, nullptr);
  }
}

}  // namespace fundpress
