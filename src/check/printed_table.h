// The running sums of a printed table, kept per amount column as its rows are
// read, so that each printed total is checked the moment it is met against
// exactly what it covers: a sub-total the lines since the previous heading or
// total, a total every line since the start of the table or the previous
// grand total, a configured total the sections and totals it names. Totals
// are never lines, so nested totals are never added twice.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "check/parse_money.h"
#include "check/total_labels.h"
#include "model/money.h"
#include "model/project.h"

namespace fundpress {

/// The lines a total covers, and their exact sum.
struct Coverage {
  Money sum;
  int64_t rounding = 0;  // pence: how far the figures may be from exact, being printed in a unit
  std::size_t lines = 0;
  int first_line = 0, last_line = 0;
  int year = -1;  // the start year of the lines, when they share one
  bool mixed_years = false;
  bool overflow = false;  // the sum does not fit in 64 bits

  void add_line(Money amount, int64_t line_rounding, int line, int line_year);
  void add(const Coverage& other);
};

class PrintedTable {
 public:
  explicit PrintedTable(std::size_t columns = 1) : columns_(columns) {}

  /// A line's figure in amount column `column`.
  void line(std::size_t column, Money amount, int64_t rounding, int line, int year, int section);
  /// A heading: sub-totals after it cover only the lines after it.
  void heading();

  /// What the total `total` in `column` covers. `section_named` finds a
  /// section by name or heading (-1 if none). Returns false with *error when a name it
  /// covers is neither a section nor a total above it.
  bool coverage(std::size_t column, const TotalLabel& total,
                const std::function<int(const std::string&)>& section_named, Coverage* covered,
                std::string* error) const;
  /// Records a total read in `column` under its label, for totals that name it.
  void total(std::size_t column, const std::string& label, const Coverage& covered, Money printed);
  /// After every column of a total row: a sub-total's block ends; after a
  /// grand total the lines start afresh.
  void end_total(TotalKind kind);

  /// The lines since the previous heading or total, and since the start (or
  /// the previous grand total), in `column`.
  const Coverage& block(std::size_t column) const { return at(column).block; }
  const Coverage& above(std::size_t column) const { return at(column).grand; }
  /// Every line of `column` so far.
  std::size_t lines(std::size_t column) const { return at(column).all_lines; }
  /// The figure of the nearest line or total above, in `column`; false if none.
  bool last_figure(std::size_t column, Money* figure) const;
  /// The totals read so far in `column`: label and exact sum, in order.
  const std::vector<std::pair<std::string, Money>>& totals(std::size_t column) const {
    return at(column).read;
  }

 private:
  struct Column {
    Coverage grand, block;
    std::map<int, Coverage> sections;          // within the current grand block
    std::map<std::string, Coverage> by_label;  // the latest total of each label (label_key)
    std::vector<std::pair<std::string, Money>> read;
    std::size_t all_lines = 0;
    bool has_last = false;
    Money last;
  };
  Column& at(std::size_t column);
  const Column& at(std::size_t column) const;

  std::size_t columns_;
  mutable std::vector<Column> state_;
};

/// How `printed` (a total's figure as read) compares with `covered`: exact
/// when the exact sum, rounded as the figure is printed (half away from zero),
/// is the figure; within rounding when the difference is no more than the
/// rounding of the figures printed in a unit above pounds; else differs.
Agreement compare_total(const AmountText& printed, const Coverage& covered);

/// `amount` shown as `printed_text` shows its figure: the same unit, decimals,
/// grouping, pound sign and sign style ("£12.4m" beside "£12.3m").
std::string shown_like(Money amount, const AmountText& printed, const std::string& printed_text);

}  // namespace fundpress
