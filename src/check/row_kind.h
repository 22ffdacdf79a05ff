// What each row of a register is, read from what it says. A finance table
// printed from Word or Excel keeps its layout rows: headings, sub-totals,
// running and grand totals, percentage rows, "of which" rows, notes, spacers
// and the header repeated on each page. None of them is a line of the
// register. A row is classified by its label (the first text cell that is not
// a figure, in whichever column) and its figures, never by which cells
// happen to be blank.
#pragma once

#include <string>
#include <vector>

#include "check/columns.h"
#include "check/total_labels.h"
#include "model/project.h"

namespace fundpress {

enum class RowKind {
  line,           // a budget line or award
  heading,        // the heading of the lines below it (a section)
  total,          // a printed sub-total, total or grand total (see TotalLabel)
  percentage,     // "4.4%": a share or a change, never money
  of_which,       // "of which ...": a part of the line above, already counted
  note,           // "Note: ...", "* Funded from reserves": text under or inside the table
  units,          // "£000s" alone: the unit of the figures below it
  header_repeat,  // the header again, as a table printed across pages repeats it
  spacer,         // nothing in it
};

/// "line", "heading", "total", ... as `check --explain` prints it.
const char* row_kind_name(RowKind kind);

/// What the classifier knows of a table's columns.
struct RowShape {
  std::vector<int> amount_columns;       // the amount column, or one per year
  std::vector<bool> may_label;           // by column: may hold the row's label
  std::vector<int> name_columns;         // service and organisation: never called "Total"
  std::vector<std::string> header_keys;  // each column's header, normalised
};

struct RowClass {
  RowKind kind = RowKind::line;
  int label_column = -1;  // -1: the row has no label
  std::string label;      // as written
  TotalLabel total;       // kind total: which kind, and what it covers
};

/// Classifies a row from its trimmed cell texts.
/// The shape of a table with `header`, whose columns are `columns`: a row's
/// label is its name or description, never an attribute repeated down the table.
RowShape row_shape(const Row& header, const ColumnMap& columns);

RowClass classify_row(const RowShape& shape, const std::vector<std::string>& cells,
                      const TotalLabels& totals);

/// True for text that reads as a note rather than a heading: it starts with
/// "Note", "Source", "NB" or a footnote mark, or is a sentence.
bool reads_as_note(const std::string& text);

/// True for a cell that holds a figure (money, nil or a percentage), not a label.
bool is_figure(const std::string& text);

}  // namespace fundpress
