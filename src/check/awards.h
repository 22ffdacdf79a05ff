// Register rows -> typed awards: every row classified by what it says (a line,
// or a heading, total, percentage, note, ... of a printed table), every field
// of a line parsed, every reference resolved, every printed total checked, and
// every problem reported with the row's file, line and column.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/award_rules.h"
#include "check/columns.h"
#include "check/config.h"
#include "check/explanation.h"
#include "check/organisations.h"
#include "check/personal_data.h"
#include "check/printed_rows.h"
#include "check/row_kind.h"
#include "check/total_labels.h"
#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// Turns rows into awards, one at a time, so a large register streams.
class AwardChecker {
 public:
  /// `explanation`, when not null, receives how every row was read.
  AwardChecker(Project* project, const InputRules& rules, Diagnostics& diagnostics,
               Explanation* explanation = nullptr);

  /// Maps the header of `file`, whose rows are read with `rules` (the
  /// top-level settings with its "awards" entry's over them), which must
  /// outlive the checker. Returns false when its rows cannot be read.
  bool begin(const Row& header, const std::string& file, const InputRules& rules);
  /// Reads one row: a line becomes awards (one per year of a wide table).
  void add(const Row& row);
  /// The file has ended: checks what needed the whole file.
  void end_file();
  /// Assigns ids, orders the years and proves that totals cannot overflow.
  void finish();

 private:
  std::string cell(const Row& row, Field field) const;
  /// The same, as a view into the row: for a caller that only looks.
  std::string_view cell_view(const Row& row, Field field) const;
  /// The same, copied into `buffer`: its room is reused from line to line.
  const std::string& cell_into(const Row& row, Field field, std::string* buffer) const;
  Position where(const Row& row, Field field) const;
  Position where(const Row& row, int column) const;
  int open_section(const std::string& name);
  int section_of(const Row& row);
  int organisation_of(const Row& row, std::string* as_written);
  std::vector<int> priorities_of(const Row& row, int* focus_area);
  void read_dates(const Row& row, Award* award);
  void read_terms(const Row& row, Award* award);
  bool year_of(const Row& row, const Award& award, FinancialYear* year);
  std::vector<Figure> figures_of(const Row& row, const RowClass& kind, int year);
  void read_line(const Row& row, const RowClass& kind);
  void read_heading(const Row& row, const RowClass& kind);
  void read_units(const Row& row, const std::string& label);
  const WithholdRule* withhold_rule(const Row& row);
  void check_withhold_rules();
  void assign_ids();
  void record_file_measure(const Row& row, FinancialYear year);
  void check_cell_lengths(const Row& row);
  void check_exact_in_a_spreadsheet(const Position& where, Money amount);
  void explain(const Row& row, const std::string& kind, const std::string& text);
  // What a line gives each award it makes: one per figure (or one of unknown amount).
  struct LineAmount {
    FinancialYear year;
    Money amount;
    bool known = true;  // false: the status says the figure is not yet known
  };
  void explain_line(const Row& row, const Award& line, const std::vector<LineAmount>& amounts);

  Project* project_;
  const InputRules* rules_;  // the settings of the file being read
  Diagnostics& diagnostics_;
  Explanation* explanation_;
  TotalLabels labels_;
  PersonalDataScreen personal_;
  OrganisationNames organisations_;
  bool individual_ = false;  // the line being read is to a person
  PrintedRows printed_;
  std::string file_;
  int file_index_ = 0;
  ColumnMap columns_;
  RowShape shape_;
  std::vector<int64_t> units_;  // pounds per unit of each amount column's figures
  // Names are matched case- and space-insensitively (see normalise_header).
  struct NameIndex {
    std::map<std::string, int> by_key;  // normalised name -> index
    // Each spelling met so far -> its index: most lines repeat a name, and
    // looking it up as written saves normalising it again.
    std::unordered_map<std::string, int> by_spelling;
  };
  NameIndex section_index_, area_index_, fund_index_, priority_index_;
  std::map<std::string, std::pair<int, int>> focus_index_;  // -> priority, its focus area
  // Catalogues that fundpress.json lists are closed: other names are errors.
  bool sections_closed_ = false, funds_closed_ = false, priorities_closed_ = false,
       areas_closed_ = false;
  RegisterCells cells_;        // each file's columns, for rules that run on the whole register
  int current_section_ = -1;   // set by the last heading row
  uint64_t magnitudes_ = 0;    // the sum of every amount's magnitude, saturating
  std::vector<std::size_t> withhold_matches_;  // rows each withhold rule matched
  std::vector<bool> withhold_columns_;         // some file has each withhold rule's column
  std::vector<int> id_columns_;                // each source file's id column, or -1
  std::vector<std::string> texts_;  // the row being read, trimmed: kept so its strings are reused
  // The organisation, area and fund of the line being read (cell_into), for looking them up.
  std::string organisation_text_, area_text_, fund_text_;
};

}  // namespace fundpress
