// The layout of the annual workbook (templates/workbook/layout.json): its
// sheets in order and the Register's columns, headings, widths and number
// formats. Finance edits the file, not the code; a publisher may override it.
#pragma once

#include <string>
#include <vector>

#include "model/fields.h"

namespace fundpress {

enum class SheetType {
  register_rows,  // every row of the year, as a table
  appendix,       // the annual-report appendix (render/appendix_sheet.h)
  summary,        // one line per value of a field, with SUMIFS over the Register
};

struct LayoutColumn {
  Field field = Field::id;
  std::string heading;        // "": the publisher's label for the field
  int width = 0;              // characters; 0 fits the content
  std::string number_format;  // amounts and dates only; "": the layout's default
};

struct LayoutSheet {
  SheetType type = SheetType::register_rows;
  std::string name;                   // the sheet's tab
  std::vector<LayoutColumn> columns;  // register: in order
  Field by = Field::section;          // summary: the field it totals by
  std::string chart;                  // summary: a chart's title; "" for no chart
};

struct WorkbookLayout {
  std::vector<LayoutSheet> sheets;
  std::string amount_heading = "Amount (\xC2\xA3)";  // summary sheets' columns
  std::string count_heading = "Lines";
  std::string not_given_label = "Not given";  // the line for rows without a value
  std::string amount_format = "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00";
  std::string date_format = "d mmm yyyy";
  int max_width = 60;  // a fitted column is at most this wide
};

}  // namespace fundpress
