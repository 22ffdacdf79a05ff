#include "check/register_guess.h"

#include <algorithm>
#include <set>

#include "check/columns.h"
#include "check/parse_date.h"
#include "check/row_kind.h"
#include "check/total_labels.h"
#include "model/project.h"
#include "model/text.h"

namespace fundpress {
namespace {

bool mapped(const ColumnMap& map, int column) {
  for (int f = 0; f < field_count; ++f)
    if (map.column[f] == column) return true;
  for (const AmountColumn& amount : map.amounts)
    if (amount.column == column) return true;
  return false;
}

std::string cell(const Row& row, int column) {
  return column >= 0 && static_cast<std::size_t>(column) < row.cells.size()
             ? trim(row.cells[static_cast<std::size_t>(column)].text)
             : std::string();
}

void add_year(std::vector<FinancialYear>* years, FinancialYear year) {
  if (std::find_if(years->begin(), years->end(),
                   [&](FinancialYear y) { return y.start == year.start; }) == years->end())
    years->push_back(year);
}

}  // namespace

bool guess_register(const std::vector<Row>& rows, const std::string& file, RegisterGuess* guess,
                    Diagnostics& diagnostics) {
  *guess = RegisterGuess();
  if (rows.empty()) {
    diagnostics.error(Position{file, 0, 0}, "the register is empty", "columns");
    return false;
  }
  const Row& header = rows[0];
  // First as check reads it with no settings; then each header left over
  // that has a field's name or common name among its words.
  ColumnRules rules;
  ColumnMap first;
  Diagnostics ignored;
  map_columns(header, file, rules, &first, ignored);
  std::set<Field> taken;
  for (int f = 0; f < field_count; ++f)
    if (first.column[f] >= 0) taken.insert(static_cast<Field>(f));
  if (!first.amounts.empty()) taken.insert(Field::amount);
  std::set<int> by_word;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    int column = static_cast<int>(c);
    Field field;
    if (mapped(first, column) || !field_in_header(header.cells[c].text, taken, &field)) continue;
    taken.insert(field);
    rules.aliases[field] = {header.cells[c].text};
    by_word.insert(column);
  }
  ColumnMap map;
  if (!map_columns(header, file, rules, &map, diagnostics)) return false;

  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    int column = static_cast<int>(c);
    const std::string& text = header.cells[c].text;
    bool placed = false;
    for (int f = 0; f < field_count; ++f) {
      if (map.column[f] != column) continue;
      placed = true;
      if (static_cast<Field>(f) == Field::amount && map.amounts.front().heading.has_year) continue;
      // A column with no header is named by its position, as "columns" allows.
      guess->columns.push_back(ColumnGuess{static_cast<Field>(f),
                                           text.empty() ? "column " + std::to_string(c + 1) : text,
                                           by_word.count(column) > 0});
    }
    for (const AmountColumn& amount : map.amounts)
      if (amount.column == column && amount.heading.has_year) {
        placed = true;
        guess->year_columns.push_back(text);
      }
    if (!placed) guess->unplaced.push_back(text.empty() ? "column " + std::to_string(c + 1) : text);
  }

  // The lines, as check will read them: headings are sections, totals and
  // notes are nothing.
  Project nothing;
  TotalLabels totals(nothing, {}, {});
  RowShape shape = row_shape(header, map);
  std::vector<const Row*> lines;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::vector<std::string> cells;
    for (const Cell& c : rows[r].cells) cells.push_back(trim(c.text));
    RowClass kind = classify_row(shape, cells, totals);
    if (kind.kind == RowKind::line) lines.push_back(&rows[r]);
    if (kind.kind == RowKind::heading && map.of(Field::section) < 0 &&
        std::find(guess->sections.begin(), guess->sections.end(), kind.label) ==
            guess->sections.end()) {
      guess->sections.push_back(kind.label);
      guess->sections_from = RegisterGuess::From::headings;
    }
  }
  if (map.of(Field::section) >= 0)
    for (const Row* line : lines) {
      std::string section = cell(*line, map.of(Field::section));
      if (!section.empty() && std::find(guess->sections.begin(), guess->sections.end(),
                                        section) == guess->sections.end()) {
        guess->sections.push_back(section);
        guess->sections_from = RegisterGuess::From::column;
      }
    }

  std::string error;
  if (map.of(Field::year) >= 0) {
    for (const Row* line : lines) {
      FinancialYear year;
      if (parse_financial_year(cell(*line, map.of(Field::year)), &year, &error))
        add_year(&guess->years, year);
    }
    guess->years_from = RegisterGuess::From::column;
  } else if (map.amounts.front().heading.has_year) {
    for (const AmountColumn& amount : map.amounts) add_year(&guess->years, amount.heading.year);
    guess->years_from = RegisterGuess::From::headings;
  } else if (map.of(Field::award_date) >= 0) {
    for (const Row* line : lines) {
      Date date;
      if (parse_date(cell(*line, map.of(Field::award_date)), &date, &error))
        add_year(&guess->years, FinancialYear::containing(date));
    }
    if (!guess->years.empty()) guess->years_from = RegisterGuess::From::dates;
  }
  std::sort(guess->years.begin(), guess->years.end());
  return true;
}

}  // namespace fundpress
