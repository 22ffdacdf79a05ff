// Register rows -> typed awards: every field parsed, every reference resolved,
// every problem reported with the row's file, line and column.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/columns.h"
#include "check/config.h"
#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// Turns rows into awards, one at a time, so a large register streams.
class AwardChecker {
 public:
  AwardChecker(Project* project, const InputRules& rules, Diagnostics& diagnostics);

  /// Maps the header of `file`. Returns false when rows cannot be read.
  bool begin(const Row& header, const std::string& file);
  /// Checks one row and adds it to the project's awards (or withheld rows).
  void add(const Row& row);
  /// Assigns ids, orders the years and proves that totals cannot overflow.
  void finish();

 private:
  std::string cell(const Row& row, Field field) const;
  Position where(const Row& row, Field field) const;
  int open_section(const std::string& name);
  int section_of(const Row& row);
  int organisation_of(const Row& row);
  std::vector<int> priorities_of(const Row& row);
  void read_dates(const Row& row, Award* award);
  bool read_amount(const Row& row, const std::string& status, Award* award);
  const WithholdRule* withhold_rule(const Row& row) const;
  void check_fund_limits(const Row& row, const Award& award);
  void check_fund_envelopes();
  bool read_layout_row(const Row& row);
  void check_printed_totals();

  // A total printed in the file, to check against the rows it sums.
  struct PrintedTotal {
    Position where;
    std::string label;
    std::string text;  // as written: "1,448,239"
    Money amount;
    int section = -1;  // -1: the grand total
  };

  Project* project_;
  const InputRules& rules_;
  Diagnostics& diagnostics_;
  std::string file_;
  int file_index_ = 0;
  ColumnMap columns_;
  // Names are matched case- and space-insensitively (see normalise_header).
  std::map<std::string, int> section_index_, area_index_, fund_index_, priority_index_,
      organisation_index_;
  // Catalogues that fundpress.json lists are closed: other names are errors.
  bool sections_closed_ = false, funds_closed_ = false, priorities_closed_ = false;
  // The layout rows of a printed table (check/printed_layout.h).
  int current_section_ = -1;  // set by the last heading row
  std::map<int, Money> section_sums_;
  Money file_sum_;
  std::vector<PrintedTotal> printed_totals_;
};

}  // namespace fundpress
