// `fundpress init`: what a finance export's own layout says about it, so a
// publisher folder can be started from it. Every guess goes through the rules
// `check` applies (map_columns, classify_row, the year and date parsers), so
// what init writes is what check will read.
#pragma once

#include <string>
#include <vector>

#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/date.h"
#include "model/fields.h"

namespace fundpress {

struct ColumnGuess {
  Field field = Field::service;
  std::string header;    // as printed
  bool by_word = false;  // found by a word in the header, so the settings must name it
};

struct RegisterGuess {
  std::vector<ColumnGuess> columns;   // in the order of the register's columns
  std::vector<std::string> unplaced;  // headers no field was found for
  /// Amount columns found by the financial year in their headings ("17/18
  /// proposed costs (£)"): one a year, each that year's amount.
  std::vector<std::string> year_columns;
  enum class From { nothing, column, headings, dates };
  std::vector<std::string> sections;  // in order of first appearance
  From sections_from = From::nothing;
  std::vector<FinancialYear> years;  // in order
  From years_from = From::nothing;
};

/// Guesses from `rows` (rows[0] the header) of `file`. False, with the
/// reasons in `diagnostics` (no column for a required field), when check
/// could not read the register whatever the settings said of the rest.
bool guess_register(const std::vector<Row>& rows, const std::string& file, RegisterGuess* guess,
                    Diagnostics& diagnostics);

}  // namespace fundpress
