// The rows of a printed table that are not lines: each printed total checked
// against the exact sum of what it covers (an error, or a published note when
// the publisher asks), percentage rows checked where a total in the table
// gives them, "of which" rows kept out of every sum, and lines that read like
// totals flagged. Every reading is added to the explanation.
#pragma once

#include <string>
#include <vector>

#include "check/config.h"
#include "check/explanation.h"
#include "check/parse_money.h"
#include "check/printed_table.h"
#include "check/row_kind.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// One figure of a row, read from amount column `column`.
struct Figure {
  std::size_t column = 0;
  AmountText amount;
  std::string text;  // as written
  Position where;
  int year = 0;  // the start year it belongs to
};

class PrintedRows {
 public:
  /// `explanation` may be null: nothing is explained.
  PrintedRows(Project* project, const InputRules& rules, const TotalLabels& labels,
              Diagnostics& diagnostics, Explanation* explanation);

  /// A new file. `column_years` holds the start year of each amount column
  /// of a wide table (one column per year), or is empty.
  void begin(const std::string& file, int file_index, std::size_t columns,
             std::vector<int> column_years);
  /// A line's figures, with the section it is in; flags lines that read like
  /// totals or are implausibly large. `label_at` is where its label is.
  void line(int line, const std::string& label, const Position& label_at, int section,
            const std::vector<Figure>& figures);
  /// A heading row: sub-totals below it cover only the lines below it.
  void heading();
  /// A printed total: every figure checked against what it covers.
  /// `names_a_line` is true when the row also names a service or organisation.
  void total(int line, const RowClass& row, const std::vector<Figure>& figures, bool names_a_line);
  /// A percentage row, checked when the file ends.
  void percentage(int line, const std::string& label, const std::vector<Figure>& figures);
  /// An "of which" row: a part of the figure above, already counted.
  void of_which(int line, const std::string& label, const std::vector<Figure>& figures);
  /// The file has ended: pending percentages are checked and each total
  /// learns whether it covered its whole column.
  void end_file();

  /// The section of the lines above, for sub-totals that name none.
  int current_section = -1;

 private:
  struct PendingPercentage {
    int line = 0;
    std::string label;
    Figure figure;
    bool has_above = false;
    Money above;  // the figure of the row above, in the same column
    bool has_previous_year = false;
    Money previous_year;        // the row above's figure in the year before (wide tables)
    std::size_t explained = 0;  // index of its reading in the explanation
  };

  int section_named(const std::string& name) const;
  std::string covered_text(const Coverage& covered) const;
  std::string alternative(std::size_t column, const Coverage& used, const AmountText& printed,
                          const std::string& label) const;
  void explain(int line, const std::string& kind, const std::string& text);
  std::string year_of(const Figure& figure) const;
  void check_percentage(PendingPercentage& pending);

  Project* project_;
  const InputRules& rules_;
  const TotalLabels& labels_;
  Diagnostics& diagnostics_;
  Explanation* explanation_;
  std::string file_;
  int file_index_ = 0;
  std::vector<int> column_years_;  // wide tables only
  PrintedTable table_;
  std::vector<std::size_t> total_columns_;  // the column of each of this file's printed totals
  std::size_t first_total_ = 0;  // index in project_->printed_totals of this file's first
  std::vector<PendingPercentage> percentages_;
};

}  // namespace fundpress
