#include "render/register_sheet.h"

#include <algorithm>

#include "load/utf8.h"
#include "view/field_values.h"
#include "view/format.h"

namespace fundpress {

bool register_parts(const std::string& name, std::size_t rows, lxw_row_t sheet_rows,
                    std::vector<RegisterPart>* parts, std::string* error) {
  std::size_t per_sheet = sheet_rows - 1;  // below the header
  std::size_t first = 0;
  do {
    RegisterPart part;
    part.name = parts->empty() ? name : name + " (" + std::to_string(parts->size() + 1) + ")";
    if (count_code_points(part.name) > 31) {
      *error = "the register needs a sheet called \"" + part.name +
               "\", longer than Excel's 31 characters";
      return false;
    }
    part.first = first;
    part.count = std::min(per_sheet, rows - first);
    first += part.count;
    parts->push_back(part);
  } while (first < rows);
  return true;
}

std::string quoted_sheet(const std::string& name) {
  std::string out = "'";
  for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string part_range(const RegisterPart& part, lxw_col_t col) {
  char range[LXW_MAX_CELL_RANGE_LENGTH];
  lxw_rowcol_to_range_abs(range, 1, col, static_cast<lxw_row_t>(part.count), col);
  return quoted_sheet(part.name) + "!" + range;
}

namespace {

// The width of the widest amount in a column, as Excel shows it in pounds.
// format_pounds grows with an amount's magnitude on either side of zero, so
// only the largest and the most negative amount need formatting, not every
// row's (formatting each was a noticeable part of writing a large register).
class WidestAmount {
 public:
  void add(Money amount) {
    if (amount.pence < 0) {
      if (!any_negative_ || amount.pence < most_negative_.pence) most_negative_ = amount;
      any_negative_ = true;
    } else {
      if (!any_positive_ || amount.pence > largest_.pence) largest_ = amount;
      any_positive_ = true;
    }
  }
  std::size_t width() const {
    std::size_t width = 0;
    if (any_positive_) width = count_code_points(format_pounds(largest_, 2));
    if (any_negative_) width = std::max(width, count_code_points(format_pounds(most_negative_, 2)));
    return width;
  }

 private:
  bool any_positive_ = false, any_negative_ = false;
  Money largest_, most_negative_;
};

}  // namespace

void write_register_part(XlsxBook& book, lxw_worksheet* sheet, const WorkbookView& view,
                         const RegisterPart& part, bool as_table, const std::string& table_name) {
  if (!sheet) return;
  const Project& project = *view.project;
  std::size_t column_count = view.columns.size();
  std::vector<lxw_format*> formats(column_count, nullptr);
  std::vector<std::size_t> widths(column_count);
  for (std::size_t c = 0; c < column_count; ++c) {
    const WorkbookColumn& column = view.columns[c];
    if (!column.number_format.empty()) {
      formats[c] = book.add_format();
      format_set_num_format(formats[c], column.number_format.c_str());
    }
    widths[c] = count_code_points(column.heading) + 3;  // room for the filter button
  }

  lxw_col_t last_col = static_cast<lxw_col_t>(column_count - 1);
  lxw_row_t last_row = static_cast<lxw_row_t>(part.count);
  // A year with no lines (every row withheld, say) still has its workbook; an
  // Excel table needs a row, so the sheet says there are none instead.
  bool empty = part.count == 0;
  if (as_table && !empty) {
    // The table writes the header row from its columns' headers.
    std::vector<lxw_table_column> columns(column_count);
    std::vector<lxw_table_column*> pointers(column_count + 1, nullptr);
    for (std::size_t c = 0; c < column_count; ++c) {
      columns[c].header = const_cast<char*>(view.columns[c].heading.c_str());
      pointers[c] = &columns[c];
    }
    lxw_table_options options{};
    options.name = const_cast<char*>(table_name.c_str());
    options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    options.style_type_number = 2;
    options.columns = pointers.data();
    book.check(worksheet_add_table(sheet, 0, 0, last_row, last_col, &options),
               "the table on sheet \"" + part.name + "\"");
  } else {
    lxw_format* header = book.add_format();
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    for (std::size_t c = 0; c < column_count; ++c)
      book.text(sheet, 0, static_cast<lxw_col_t>(c), view.columns[c].heading, header);
    if (empty) book.text(sheet, 1, 0, "There are no lines in " + view.year_label + ".", nullptr);
    else
      book.check(worksheet_autofilter(sheet, 0, 0, last_row, last_col),
                 "the autofilter on \"" + part.name + "\"");
  }
  worksheet_freeze_panes(sheet, 1, 0);
  book.print_setup(sheet, view.info.company, view.info.title + ": " + part.name, true, 0);

  // One value per column, refilled row after row, so that a cell's text is
  // copied into storage it already has rather than allocated afresh.
  std::vector<FieldValue> values(column_count);
  std::vector<WidestAmount> amounts(column_count);
  for (std::size_t r = 0; r < part.count && book.ok(); ++r) {
    const Award& award = project.awards[view.rows[part.first + r]];
    lxw_row_t row = static_cast<lxw_row_t>(r + 1);
    book.line_written();
    for (std::size_t c = 0; c < column_count; ++c) {
      lxw_col_t col = static_cast<lxw_col_t>(c);
      FieldValue& value = values[c];
      fill_field_value(project, award, view.columns[c].field, &value);
      if (value.type == FieldType::money) {
        if (value.has_amount) {
          amounts[c].add(value.amount);
          book.pounds(sheet, row, col, value.amount, formats[c]);
        }
      } else if (value.type == FieldType::date) {
        if (!value.date.empty()) {
          widths[c] = std::max<std::size_t>(widths[c], 11);  // "30 Sep 2017"
          book.date(sheet, row, col, value.date, formats[c]);
        }
      } else if (!value.text.empty()) {
        widths[c] = std::max(widths[c], count_code_points(value.text));
        // Only text that may be too long for a cell needs its source named (and
        // then it is, as "file:line"): naming every cell would cost more than writing it.
        std::string where;
        if (value.text.size() > max_cell_characters)
          where = project.source_files[award.source.file] + ":" +
                  std::to_string(award.source.line) + ": " + field_info(view.columns[c].field).name;
        book.text(sheet, row, col, value.text, formats[c], where);
      }
    }
  }
  for (std::size_t c = 0; c < column_count; ++c)
    widths[c] = std::max(widths[c], amounts[c].width());

  for (std::size_t c = 0; c < column_count; ++c) {
    int fixed = view.columns[c].width;
    double width = fixed > 0
                       ? fixed
                       : static_cast<double>(std::min<std::size_t>(widths[c] + 1, view.max_width));
    book.check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                    width, nullptr),
               "column width");
  }
}

}  // namespace fundpress
