#include "check/awards.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_map>

#include "check/column_heading.h"
#include "check/name_pattern.h"
#include "check/parse_date.h"
#include "check/parse_money.h"
#include "check/rule_codes.h"
#include "load/utf8.h"
#include "model/limits.h"
#include "model/money_format.h"
#include "model/org_id.h"
#include "model/slug.h"
#include "model/text.h"
#include "model/unique_names.h"

namespace fundpress {
namespace {

template <typename T>
std::string list_names(const std::vector<T>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + in_quotes(items[i].name);
  return out;
}

template <typename T>
void index_names(const std::vector<T>& items, std::map<std::string, int>* index) {
  for (std::size_t i = 0; i < items.size(); ++i)
    (*index)[normalise_header(items[i].name)] = static_cast<int>(i);
}

// The index of `name` in `items`, adding it when the catalogue is open; -1 when
// a closed catalogue does not have it. A spelling, once found, always finds the
// same index (a key's index never changes), so it is remembered as written.
template <typename T, typename Index>
int find_or_add(const std::string& name, std::vector<T>* items, Index* index, bool closed) {
  auto spelt = index->by_spelling.find(name);
  if (spelt != index->by_spelling.end()) return spelt->second;
  std::string key = normalise_header(name);
  auto found = index->by_key.find(key);
  int at = -1;
  if (found != index->by_key.end()) {
    at = found->second;
  } else {
    if (closed) return -1;
    T item{};
    item.name = name;
    items->push_back(item);
    at = static_cast<int>(items->size()) - 1;
    index->by_key[key] = at;
  }
  index->by_spelling.emplace(name, at);
  return at;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != ';' && text[end] != '\n') ++end;
    std::string_view part = trimmed_view(text.substr(start, end - start));
    if (!part.empty()) parts.emplace_back(part);
    start = end + 1;
  }
  return parts;
}

// What an award's id is made from: its reference, else its year and service.
std::string id_base(const Award& award) {
  return award.reference.empty() ? slugify(award.year.label()) + "-" + slugify(award.service)
                                 : slugify(award.reference);
}

// Whether no two of `names` are the same, known without a set of them all:
// their hashes, sorted, all differ. Equal hashes (the same name, or rarely two
// names) answer no, and the caller takes the names one by one.
bool all_distinct(const std::vector<std::string>& names) {
  std::vector<std::size_t> hashes;
  hashes.reserve(names.size());
  for (const std::string& name : names) hashes.push_back(std::hash<std::string>{}(name));
  std::sort(hashes.begin(), hashes.end());
  return std::adjacent_find(hashes.begin(), hashes.end()) == hashes.end();
}

std::vector<std::string> normalised(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& name : names) out.push_back(normalise_header(name));
  return out;
}

bool equals_folded(const std::string& a, const std::string& b) {
  return normalise_header(a) == normalise_header(b);
}

std::string unit_name(int64_t unit) {
  switch (unit) {
    case 1000: return "thousands of pounds";
    case 1000000: return "millions of pounds";
    case 1000000000: return "billions of pounds";
    default: return "pounds";
  }
}

}  // namespace

AwardChecker::AwardChecker(Project* project, const InputRules& rules, Diagnostics& diagnostics,
                           Explanation* explanation)
    : project_(project),
      rules_(&rules),
      diagnostics_(diagnostics),
      explanation_(explanation),
      labels_(*project, rules.totals, rules.not_totals),
      personal_(rules.personal_data, project->internal, &project->redacted, diagnostics),
      organisations_(rules.organisations),
      printed_(project, rules, labels_, diagnostics, explanation) {
  sections_closed_ = !project->sections.empty();
  funds_closed_ = !project->funds.empty();
  priorities_closed_ = !project->priorities.empty();
  areas_closed_ = !project->areas.empty();
  index_names(project->sections, &section_index_.by_key);
  index_names(project->areas, &area_index_.by_key);
  index_names(project->funds, &fund_index_.by_key);
  index_names(project->priorities, &priority_index_.by_key);
  for (std::size_t i = 0; i < project->priorities.size(); ++i)
    if (!project->priorities[i].number.empty())
      priority_index_.by_key[normalise_header(project->priorities[i].number)] =
          static_cast<int>(i);
  // A line may name a focus area ("1a") for the priority above it.
  for (std::size_t i = 0; i < project->priorities.size(); ++i)
    for (std::size_t f = 0; f < project->priorities[i].focus_areas.size(); ++f) {
      const FocusArea& focus = project->priorities[i].focus_areas[f];
      std::pair<int, int> at{static_cast<int>(i), static_cast<int>(f)};
      for (const std::string& key : {focus.number, focus.name})
        if (!key.empty() && !priority_index_.by_key.count(normalise_header(key)))
          focus_index_.emplace(normalise_header(key), at);
    }
}

void AwardChecker::explain(const Row& row, const std::string& kind, const std::string& text) {
  if (explanation_)
    explanation_->push_back(
        RowReading{diagnostics_.placed(Position{file_, row.line, 0}), kind, text});
}

bool AwardChecker::begin(const Row& header, const std::string& file, const InputRules& rules) {
  rules_ = &rules;
  file_ = file;
  file_index_ = static_cast<int>(project_->source_files.size());
  project_->source_files.push_back(file);
  columns_ = ColumnMap();
  current_section_ = -1;
  if (!map_columns(header, file, rules_->columns, &columns_, diagnostics_)) return false;
  id_columns_.resize(project_->source_files.size(), -1);
  id_columns_[file_index_] = columns_.of(Field::id);
  withhold_columns_.resize(rules_->withhold.size());
  for (std::size_t r = 0; r < rules_->withhold.size(); ++r)
    if (columns_.of(rules_->withhold[r].field) >= 0) withhold_columns_[r] = true;
  cells_.columns.resize(project_->source_files.size());
  cells_.columns[file_index_] = columns_;
  personal_.begin(columns_, file);

  shape_ = row_shape(header, columns_);

  units_.clear();
  std::vector<int> column_years;
  std::string explained;
  for (const AmountColumn& amount : columns_.amounts) {
    int64_t unit = rules_->amount_unit   ? rules_->amount_unit
                   : amount.heading.unit ? amount.heading.unit
                                         : 1;
    const Cell& cell = header.cells[amount.column];
    if (rules_->amount_unit && amount.heading.unit && amount.heading.unit != rules_->amount_unit)
      diagnostics_.warning(Position{file, cell.line, cell.column},
                           "the heading " + in_quotes(amount.header) + " says its figures are in " +
                               unit_name(amount.heading.unit) +
                               ", but fundpress.json's \"amount_unit\" "
                               "reads them in " +
                               unit_name(rules_->amount_unit),
                           "columns");
    units_.push_back(unit);
    if (columns_.wide()) column_years.push_back(amount.heading.year.start);
    if (amount.heading.has_year && amount.heading.has_measure) {
      auto [it, inserted] =
          project_->year_measures.emplace(amount.heading.year.start, amount.heading.measure);
      if (!inserted && it->second != amount.heading.measure)
        diagnostics_.error(Position{file, cell.line, cell.column},
                           "the heading " + in_quotes(amount.header) + " gives " +
                               amount.heading.year.label() + " as " +
                               measure_name(amount.heading.measure) +
                               " amounts, but another file gives it as " +
                               measure_name(it->second) + "; the two are never added together",
                           "columns");
    }
    if (!columns_.wide() && amount.heading.has_year && rules_->has_default_year &&
        !(amount.heading.year == rules_->default_year) && columns_.of(Field::year) < 0 &&
        columns_.of(Field::award_date) < 0)
      diagnostics_.error(Position{file, cell.line, cell.column},
                         "the heading " + in_quotes(amount.header) + " names " +
                             amount.heading.year.label() + ", but fundpress.json's \"year\" is " +
                             rules_->default_year.label() + ": correct one or the other",
                         "columns");
    explained += (explained.empty() ? "" : "; ") + std::string("amount ") +
                 in_quotes(amount.header) + " (column " + std::to_string(amount.column + 1) +
                 (amount.heading.has_year ? ", " + amount.heading.year.label() : std::string()) +
                 ", in " + unit_name(unit) + ")";
  }
  for (int f = 0; f < field_count; ++f) {
    Field field = static_cast<Field>(f);
    if (field == Field::amount || columns_.of(field) < 0) continue;
    const std::string& name = header.cells[columns_.of(field)].text;
    explained += std::string("; ") + field_info(field).name + " " +
                 (name.empty() ? std::string("(no header)") : in_quotes(name)) + " (column " +
                 std::to_string(columns_.of(field) + 1) + ")";
  }
  explain(header, "header", explained);
  printed_.begin(file, file_index_, columns_.amounts.size(), column_years);
  return true;
}

std::string AwardChecker::cell(const Row& row, Field field) const {
  return std::string(cell_view(row, field));
}

const std::string& AwardChecker::cell_into(const Row& row, Field field, std::string* buffer) const {
  std::string_view text = cell_view(row, field);
  buffer->assign(text.data(), text.size());
  return *buffer;
}

std::string_view AwardChecker::cell_view(const Row& row, Field field) const {
  int column = columns_.of(field);
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) return {};
  return trimmed_view(row.cells[column].text);
}

Position AwardChecker::where(const Row& row, int column) const {
  if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size())
    return Position{file_, row.line, 0};
  return Position{file_, row.cells[column].line, row.cells[column].column};
}

Position AwardChecker::where(const Row& row, Field field) const {
  return where(row, columns_.of(field));
}

// A text the workbook cannot hold would stop the build when it is written:
// say so here, at its cell.
void AwardChecker::check_cell_lengths(const Row& row) {
  for (int f = 0; f < field_count; ++f) {
    int column = columns_.of(static_cast<Field>(f));
    if (column < 0 || static_cast<std::size_t>(column) >= row.cells.size()) continue;
    // A text has no more characters than bytes: most are settled without counting.
    if (row.cells[column].text.size() <= max_cell_characters) continue;
    std::size_t length = count_code_points(row.cells[column].text);
    if (length > max_cell_characters)
      diagnostics_.error(
          where(row, column),
          std::string(field_info(static_cast<Field>(f)).name) + " is " + grouped(length) +
              " characters long; a spreadsheet cell holds at most " + grouped(max_cell_characters) +
              ", so the workbook could not hold it: shorten it",
          "limit");
  }
}

// An amount a spreadsheet would round stops the workbook being exact.
void AwardChecker::check_exact_in_a_spreadsheet(const Position& where, Money amount) {
  if (magnitude(amount) <= static_cast<uint64_t>(max_exact_pence)) return;
  diagnostics_.error(where,
                     format_pounds(amount, 2) +
                         " is beyond what a spreadsheet holds to the penny (" +
                         format_pounds(Money{max_exact_pence}, 2) + "); check the figure",
                     "money");
}

int AwardChecker::open_section(const std::string& name) {
  int found = find_or_add(name, &project_->sections, &section_index_, sections_closed_);
  if (found < 0) return found;
  // A section the data names (none configured) is printed under its own name.
  Section& section = project_->sections[found];
  if (section.heading.empty()) section.heading = section.name;
  if (section.subtotal_label.empty()) section.subtotal_label = default_subtotal(section.name);
  return found;
}

int AwardChecker::section_of(const Row& row) {
  std::string name = cell(row, Field::section);
  if (name.empty() && current_section_ >= 0) return current_section_;
  if (name.empty() && project_->sections.size() == 1) return 0;
  // A table with no sections at all: one section that the report neither
  // heads nor sub-totals, since its total is the grand total.
  if (name.empty() && !sections_closed_)
    return find_or_add("All", &project_->sections, &section_index_, false);
  int found = open_section(name);
  // Sections the data names are printed as named: two spellings of one would
  // print one heading over both, so one spelling would be silently lost.
  if (found >= 0 && !sections_closed_ && project_->sections[found].name != name)
    diagnostics_.error(where(row, Field::section),
                       "section " + in_quotes(name) + " differs only in case or spacing from " +
                           in_quotes(project_->sections[found].name) +
                           ", named earlier; write it one way",
                       "reference");
  if (found >= 0) return found;
  report_rule(rules_->rule_settings, diagnostics_, Rule::unknown_section, where(row, Field::section),
              name.empty() ? "section is empty; it must be one of " + list_names(project_->sections)
                           : "section " + in_quotes(name) +
                                 " is not one of fundpress.json's \"sections\" (" +
                                 list_names(project_->sections) + ")");
  return 0;
}

int AwardChecker::organisation_of(const Row& row, std::string* as_written) {
  if (columns_.of(Field::organisation) < 0) return -1;  // a budget table names no recipients
  const std::string& name = cell_into(row, Field::organisation, &organisation_text_);
  int at = organisations_.known(name);
  if (at < 0) at = organisations_.resolve(name, where(row, Field::organisation), project_);
  Organisation& organisation = project_->organisations[at];
  // The report reproduces the printed table, so it keeps an alias as spelt.
  if (organisation.name != name) *as_written = name;
  // Identifiers belong to the organisation; a second, different one is a mistake.
  for (auto [field, value] :
       {std::make_pair(Field::org_id, &organisation.org_id),
        std::make_pair(Field::charity_number, &organisation.charity_number),
        std::make_pair(Field::company_number, &organisation.company_number)}) {
    std::string given = cell(row, field);
    if (given.empty()) continue;
    if (value->empty()) {
      *value = given;
      bool has_form = field == Field::charity_number   ? !charity_org_id(given).empty()
                      : field == Field::company_number ? !company_org_id(given).empty()
                                                       : true;
      if (!has_form)
        diagnostics_.warning(where(row, field),
                             std::string(field_info(field).name) + " " + in_quotes(given) +
                                 " is not in its register's form, so 360Giving gets no "
                                 "identifier from it; check the number",
                             "reference");
    } else if (*value != given) {
      diagnostics_.error(where(row, field),
                         std::string(field_info(field).name) + " " + in_quotes(given) + " for " +
                             in_quotes(name) + " differs from " + in_quotes(*value) +
                             ", given earlier for " + in_quotes(organisation.name),
                         "reference");
    }
  }
  return at;
}

std::vector<int> AwardChecker::priorities_of(const Row& row, int* focus_area) {
  std::vector<int> found;
  *focus_area = -1;
  for (const std::string& name : split_list(cell_view(row, Field::priority))) {
    // A spelling already read as a priority is not a focus area (those are all
    // known): one lookup settles most names.
    auto spelt = priority_index_.by_spelling.find(name);
    bool known = spelt != priority_index_.by_spelling.end();
    auto focus = known ? focus_index_.end() : focus_index_.find(normalise_header(name));
    if (focus != focus_index_.end()) {
      if (found.empty()) *focus_area = focus->second.second;
      if (std::find(found.begin(), found.end(), focus->second.first) == found.end())
        found.push_back(focus->second.first);
      continue;
    }
    int at = known ? spelt->second
                   : find_or_add(name, &project_->priorities, &priority_index_, priorities_closed_);
    if (at < 0) {
      report_rule(rules_->rule_settings, diagnostics_, Rule::unknown_priority,
                  where(row, Field::priority),
                  "priority " + in_quotes(name) + " is not one of the plan's priorities (" +
                      list_names(project_->priorities) + ")");
      continue;
    }
    if (std::find(found.begin(), found.end(), at) == found.end()) found.push_back(at);
  }
  return found;
}

// "3+1" (three years, then one): the initial term and the extension options, in years.
bool parse_term(const std::string& text, Term* term) {
  std::vector<int> parts(1, 0);
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (parts.back() > 99) return false;
      parts.back() = parts.back() * 10 + (c - '0');
      digit = true;
    } else if (c == '+' && digit) {
      parts.push_back(0);
      digit = false;
    } else if (c != ' ') {
      return false;
    }
  }
  if (!digit || parts.front() == 0) return false;
  term->initial_years = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) term->extension_years += parts[i];
  return true;
}

// The fields of terms, mechanisms and the Specified Information Order, as written;
// those with a shape (a term, a yes or no, a price, a date) parsed.
void AwardChecker::read_terms(const Row& row, Award* award) {
  AwardTexts& texts = award->texts;
  texts.set(Field::term, cell(row, Field::term));
  const std::string& term = texts.of(Field::term);
  if (!term.empty() && !parse_term(term, &award->term))
    diagnostics_.error(where(row, Field::term),
                       "term " + in_quotes(term) +
                           " is not a term in years; write the initial term and any extensions "
                           "as \"3+1\" (three years, then one), or \"2\"",
                       "term");
  std::string price = cell(row, Field::unit_price);
  std::string error;
  if (!price.empty()) {
    if (parse_money(price, 1, &award->unit_price, &error)) award->has_unit_price = true;
    else diagnostics_.error(where(row, Field::unit_price), error, "money");
  }
  std::string decided = cell(row, Field::decision_date);
  if (!decided.empty() && !parse_date(decided, &award->decision_date, &error, rules_->years))
    diagnostics_.error(where(row, Field::decision_date), error, "date");
  for (Field field :
       {Field::procurement_route, Field::approver, Field::counterparty_sector, Field::units,
        Field::co_funders, Field::pcc_share, Field::decision_reason, Field::decision_url,
        Field::reporting, Field::payment_stages, Field::cost_category, Field::applicant_type,
        Field::purpose, Field::reasons, Field::cdr_grant})
    if (columns_.of(field) >= 0) texts.set(field, cell(row, field));  // a new award has none
  const std::string& cdr_text = texts.of(Field::cdr_grant);
  std::string cdr = ascii_lower(cdr_text);
  if (cdr == "yes" || cdr == "y" || cdr == "true") award->cdr_grant = true;
  else if (!cdr.empty() && cdr != "no" && cdr != "n" && cdr != "false")
    diagnostics_.error(where(row, Field::cdr_grant),
                       "cdr_grant " + in_quotes(cdr_text) + " must be yes or no", "required");
}

void AwardChecker::read_dates(const Row& row, Award* award) {
  for (auto [field, date] : {std::make_pair(Field::award_date, &award->award_date),
                             std::make_pair(Field::start_date, &award->start_date),
                             std::make_pair(Field::end_date, &award->end_date)}) {
    std::string_view text = cell_view(row, field);
    std::string error;
    if (!text.empty() && !parse_date(text, date, &error, rules_->years))
      diagnostics_.error(where(row, field), error, "date");
  }
  if (!award->start_date.empty() && !award->end_date.empty() && award->end_date < award->start_date)
    report_rule(rules_->rule_settings, diagnostics_, Rule::end_before_start,
                where(row, Field::end_date),
                "end date " + format_iso_date(award->end_date) + " is before the start date " +
                    format_iso_date(award->start_date));
}

// The row's own year: its year column, else its award date, else its start date.
bool AwardChecker::year_of(const Row& row, const Award& award, FinancialYear* year) {
  std::string_view text = cell_view(row, Field::year);
  std::string error;
  if (!text.empty()) {
    if (parse_financial_year(text, year, &error, rules_->years)) return true;
    diagnostics_.error(where(row, Field::year), error, "date");
    return false;
  }
  const Date& date = award.award_date.empty() ? award.start_date : award.award_date;
  if (date.empty()) return false;
  *year = FinancialYear::containing(date);
  return true;
}

// The figures of a row's amount cells, read in their units; empty cells have none.
std::vector<Figure> AwardChecker::figures_of(const Row& row, const RowClass& kind, int year) {
  std::vector<Figure> figures;
  figures.reserve(columns_.amounts.size());
  int64_t label_unit = stated_unit(kind.label);
  for (std::size_t k = 0; k < columns_.amounts.size(); ++k) {
    int column = columns_.amounts[k].column;
    Figure figure;
    figure.column = k;
    figure.text =
        static_cast<std::size_t>(column) < row.cells.size() ? trim(row.cells[column].text) : "";
    // Most of a wide table's cells are empty: placed only when there is a figure.
    if (figure.text.empty()) continue;
    figure.where = where(row, column);
    figure.year = columns_.wide() ? columns_.amounts[k].heading.year.start : year;
    // A unit in the cell wins, then fundpress.json's, then the row label's, then the column's.
    int64_t unit = rules_->amount_unit ? rules_->amount_unit : label_unit ? label_unit : units_[k];
    std::string error;
    if (!read_amount(figure.text, unit, &figure.amount, &error)) {
      diagnostics_.error(figure.where, error, "money");
      continue;
    }
    for (const std::string& warning : figure.amount.warnings)
      diagnostics_.warning(figure.where,
                           "amount " + in_quotes(figure.text) + " is read as " +
                               format_pounds(figure.amount.value, -1) + " despite " + warning,
                           "money");
    figures.push_back(std::move(figure));
  }
  return figures;
}

void AwardChecker::read_heading(const Row& row, const RowClass& kind) {
  int section = -1;
  for (std::size_t i = 0; i < project_->sections.size() && section < 0; ++i)
    if (label_key(project_->sections[i].name) == label_key(kind.label) ||
        label_key(project_->sections[i].heading) == label_key(kind.label))
      section = static_cast<int>(i);
  if (section < 0) section = open_section(kind.label);
  if (section < 0) {
    diagnostics_.error(where(row, kind.label_column),
                       "row holds only " + in_quotes(kind.label) +
                           ", like a section heading, but "
                           "it is not one of fundpress.json's \"sections\" (" +
                           list_names(project_->sections) + ")",
                       "reference");
    explain(row, "heading", in_quotes(kind.label) + ": no such section");
    return;
  }
  current_section_ = section;
  printed_.current_section = section;
  printed_.heading();
  explain(row, "heading", "of section " + in_quotes(project_->sections[section].name));
}

// A row stating the unit of the figures below it: "£000s" under each year's heading.
void AwardChecker::read_units(const Row& row, const std::string& label) {
  if (rules_->amount_unit) {
    explain(row, "units",
            "fundpress.json's \"amount_unit\" decides the unit; this row is not used");
    return;
  }
  int64_t for_all = stated_unit(label);
  std::string said;
  for (std::size_t k = 0; k < columns_.amounts.size(); ++k) {
    int column = columns_.amounts[k].column;
    int64_t unit = static_cast<std::size_t>(column) < row.cells.size()
                       ? stated_unit(row.cells[column].text)
                       : 0;
    if (!unit) unit = for_all;
    if (!unit) {
      for (const Cell& c : row.cells)
        if (int64_t u = stated_unit(c.text)) unit = u;
    }
    if (!unit) continue;
    units_[k] = unit;
    said += (said.empty() ? "" : "; ") + in_quotes(columns_.amounts[k].header) + " in " +
            unit_name(unit);
  }
  explain(row, label.empty() ? "units" : "note",
          (label.empty() ? "" : in_quotes(label) + ": ") + "figures below are " + said);
}

// Values are compared as names are: Unicode NFC, case folded, spacing ignored,
// so a rule written in another normalisation form still withholds its row.
const WithholdRule* AwardChecker::withhold_rule(const Row& row) {
  withhold_matches_.resize(rules_->withhold.size());
  for (std::size_t r = 0; r < rules_->withhold.size(); ++r) {
    const WithholdRule& rule = rules_->withhold[r];
    std::string value = cell(row, rule.field);
    for (const std::string& candidate : rule.values)
      if (equals_folded(value, candidate)) {
        ++withhold_matches_[r];
        return &rule;
      }
  }
  return nullptr;
}

// A withhold rule that cannot match leaves published the very row it was
// written to keep out: that is an error, never a silent no-op.
void AwardChecker::check_withhold_rules() {
  withhold_matches_.resize(rules_->withhold.size());
  withhold_columns_.resize(rules_->withhold.size());
  for (std::size_t r = 0; r < rules_->withhold.size(); ++r) {
    const WithholdRule& rule = rules_->withhold[r];
    std::string field = field_info(rule.field).name;
    if (!withhold_columns_[r]) {
      diagnostics_.error(
          rule.where,
          "this withhold rule can never match: the register has no " + field + " column" +
              (rule.field == Field::id ? " (ids fundpress makes up cannot be known in advance: "
                                         "withhold by another field)"
                                       : ""),
          "withhold");
    } else if (withhold_matches_[r] == 0) {
      std::string values;
      for (const std::string& value : rule.values)
        values += (values.empty() ? "" : " or ") + in_quotes(value);
      diagnostics_.error(rule.where,
                         "this withhold rule matched no row: no " + field + " is " + values +
                             "; check the spelling, or remove the rule",
                         "withhold");
    }
  }
}

// "line \"Helpline\", Victim First, section \"Victims\": £12,000" for check --explain.
void AwardChecker::explain_line(const Row& row, const Award& line,
                                const std::vector<LineAmount>& amounts) {
  std::string shown;
  for (const LineAmount& out : amounts)
    shown += (shown.empty() ? "" : "; ") +
             (columns_.wide() ? out.year.label() + " " : std::string()) +
             (out.known ? format_pounds(out.amount, -1) : line.status);
  std::string organisation_name = cell(row, Field::organisation);
  std::string who = in_quotes(line.service);
  if (!organisation_name.empty() && organisation_name != line.service)
    who += ", " + organisation_name;
  // The section is worth saying when the table has more than one.
  if (project_->sections.size() > 1)
    who += ", section " + in_quotes(project_->sections[line.section].name);
  explain(row, "line", who + ": " + (shown.empty() ? "no figure read" : shown));
}

void AwardChecker::read_line(const Row& row, const RowClass& kind) {
  Award award;
  award.source = SourceRef{file_index_, row.line};
  award.reference = cell(row, Field::id);
  award.service = cell(row, Field::service);
  award.description = cell(row, Field::description);
  award.status = cell(row, Field::status);
  award.texts.set(Field::note, cell(row, Field::note));
  award.texts.set(Field::conditions, cell(row, Field::conditions));
  award.mechanism = cell(row, Field::mechanism);
  read_terms(row, &award);
  if (award.service.empty())
    diagnostics_.error(where(row, Field::service), "service name is empty", "required");
  check_cell_lengths(row);
  if (columns_.of(Field::organisation) >= 0 && cell_view(row, Field::organisation).empty())
    diagnostics_.error(where(row, Field::organisation),
                       "organisation is empty; write \"To be confirmed\" if it is not yet known",
                       "required");
  if (columns_.of(Field::id) >= 0 && award.reference.empty())
    diagnostics_.error(where(row, Field::id), "reference is empty", "required");
  award.section = section_of(row);
  read_dates(row, &award);

  FinancialYear year;
  bool has_year = year_of(row, award, &year);
  const AmountColumn& first = columns_.amounts.front();
  if (!has_year && !columns_.wide() && first.heading.has_year) {
    year = first.heading.year;
    has_year = true;
  } else if (!has_year && rules_->has_default_year) {
    year = rules_->default_year;
    has_year = true;
  }
  if (!has_year && !columns_.wide() && cell_view(row, Field::year).empty())
    diagnostics_.error(Position{file_, row.line, 0},
                       "row has no financial year: add a year column, an award date, or "
                       "\"year\": \"2017/18\" in fundpress.json",
                       "date");

  // One award per figure: one for the amount column, or one per year of a wide table.
  // Each is `award` with its year and amount, made once the line is read.
  std::vector<Figure> figures = figures_of(row, kind, year.start);
  std::vector<Figure> lines;
  std::vector<LineAmount> amounts;
  lines.reserve(figures.size());
  amounts.reserve(figures.size() + 1);  // or one of unknown amount
  for (Figure& figure : figures) {
    if (figure.amount.kind == AmountKind::percentage) {
      diagnostics_.error(figure.where,
                         "amount " + in_quotes(figure.text) +
                             " is a percentage, not money; a row "
                             "of percentages needs a label that says so, such as \"% of total\"",
                         "money");
      continue;
    }
    if (figure.amount.kind == AmountKind::nil && columns_.wide()) continue;  // nothing that year
    LineAmount out{FinancialYear{figure.year}, figure.amount.value, true};
    check_exact_in_a_spreadsheet(figure.where, out.amount);
    // Saturating: the sum of magnitudes bounds every total any output adds up.
    uint64_t size = magnitude(out.amount);
    magnitudes_ = magnitudes_ > UINT64_MAX - size ? UINT64_MAX : magnitudes_ + size;
    amounts.push_back(out);
    lines.push_back(std::move(figure));
  }
  bool any_figure = false;
  for (const AmountColumn& amount : columns_.amounts)
    any_figure |= static_cast<std::size_t>(amount.column) < row.cells.size() &&
                  !trim(row.cells[amount.column].text).empty();
  if (!any_figure) {
    bool unknown = false;
    for (const std::string& allowed : rules_->unknown_amount_statuses)
      unknown |= !award.status.empty() && equals_folded(award.status, allowed);
    if (unknown) {
      amounts.push_back(LineAmount{year, Money{}, false});
    } else {
      std::string error = columns_.wide() ? "no figure in any year's column" : "amount is empty";
      if (!rules_->unknown_amount_statuses.empty())
        error += " (an empty amount is allowed only when the status is " +
                 in_quotes(rules_->unknown_amount_statuses.front()) + ")";
      diagnostics_.error(where(row, first.column), error, "money");
    }
  }

  Position label_at = kind.label_column >= 0 ? where(row, kind.label_column) : Position{};
  printed_.line(row.line, kind.label, label_at, award.section, lines);
  for (const LineAmount& out : amounts) {
    ++project_->read.rows;
    if (out.known) checked_add(project_->read.amount, out.amount, &project_->read.amount);
  }
  if (explanation_) explain_line(row, award, amounts);

  if (const WithholdRule* rule = withhold_rule(row)) {
    for (const LineAmount& out : amounts)
      project_->withheld.push_back(
          Withheld{award.source, out.known ? out.amount : Money{}, rule->reason});
    return;
  }
  std::string organisation_as_written;
  int organisation = organisation_of(row, &organisation_as_written);
  if (individual_ && organisation >= 0) project_->organisations[organisation].individual = true;
  const std::string& area = cell_into(row, Field::area, &area_text_);
  // An area the configured list lacks is reported, and still published under its name.
  if (areas_closed_ && !area.empty() && !area_index_.by_spelling.count(area) &&
      !area_index_.by_key.count(normalise_header(area)))
    report_rule(rules_->rule_settings, diagnostics_, Rule::unknown_area, where(row, Field::area),
                "area " + in_quotes(area) + " is not one of fundpress.json's \"areas\" (" +
                    list_names(project_->areas) + ")");
  int area_at = area.empty() ? -1 : find_or_add(area, &project_->areas, &area_index_, false);
  const std::string& fund = cell_into(row, Field::fund, &fund_text_);
  int fund_at = -1;
  if (!fund.empty()) {
    fund_at = find_or_add(fund, &project_->funds, &fund_index_, funds_closed_);
    if (fund_at < 0)
      report_rule(rules_->rule_settings, diagnostics_, Rule::unknown_fund, where(row, Field::fund),
                  "fund " + in_quotes(fund) + " is not one of fundpress.json's \"funds\" (" +
                      list_names(project_->funds) + ")");
  }
  int mechanism_at = -1;
  if (!award.mechanism.empty() && !project_->mechanisms.empty()) {
    for (std::size_t m = 0; m < project_->mechanisms.size(); ++m)
      if (equals_folded(project_->mechanisms[m].name, award.mechanism))
        mechanism_at = static_cast<int>(m);
    if (mechanism_at < 0)
      report_rule(rules_->rule_settings, diagnostics_, Rule::unknown_mechanism,
                  where(row, Field::mechanism),
                  "mechanism " + in_quotes(award.mechanism) +
                      " is not one of fundpress.json's \"mechanisms\" (" +
                      list_names(project_->mechanisms) + ")");
  }
  award.organisation = organisation;
  award.texts.set(Field::organisation, std::move(organisation_as_written));
  award.area = area_at;
  award.fund = fund_at;
  award.mechanism_kind = mechanism_at;
  award.priorities = priorities_of(row, &award.focus_area);
  // Copies for all but the last figure, which takes the line's award itself.
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    if (rules_->has_file_measure) record_file_measure(row, amounts[i].year);
    if (i + 1 < amounts.size()) project_->awards.push_back(award);
    else project_->awards.push_back(std::move(award));
    Award& out = project_->awards.back();
    out.year = amounts[i].year;
    out.amount = amounts[i].amount;
    out.amount_known = amounts[i].known;
  }
}

// A file's "measure" says what its years' amounts measure; two files may not
// give one year two measures, which would never be added together.
void AwardChecker::record_file_measure(const Row& row, FinancialYear year) {
  auto [it, inserted] = project_->year_measures.emplace(year.start, rules_->file_measure);
  if (!inserted && it->second != rules_->file_measure)
    diagnostics_.error(where(row, columns_.amounts.front().column),
                       "fundpress.json's \"awards\" gives this file's amounts as " +
                           std::string(measure_name(rules_->file_measure)) + ", but " +
                           year.label() + " is already read as " + measure_name(it->second) +
                           " amounts; the two are never added together",
                       "columns");
}

void AwardChecker::add(const Row& row) {
  std::vector<std::string>& texts = texts_;
  texts.resize(row.cells.size());
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    std::string_view text = trimmed_view(row.cells[c].text);
    texts[c].assign(text.data(), text.size());
  }
  RowClass kind = classify_row(shape_, texts, labels_);
  switch (kind.kind) {
    case RowKind::spacer:
    case RowKind::header_repeat: explain(row, row_kind_name(kind.kind), ""); return;
    case RowKind::units: read_units(row, ""); return;
    case RowKind::note:
      if (stated_unit(kind.label)) read_units(row, kind.label);
      else explain(row, "note", in_quotes(kind.label));
      return;
    case RowKind::heading: read_heading(row, kind); return;
    case RowKind::total: {
      bool names_a_line = false;
      for (int column : shape_.name_columns)
        names_a_line |= column >= 0 && column != kind.label_column &&
                        static_cast<std::size_t>(column) < texts.size() && !texts[column].empty();
      printed_.total(row.line, kind, figures_of(row, kind, rules_->default_year.start),
                     names_a_line);
      return;
    }
    case RowKind::percentage:
      printed_.percentage(row.line, kind.label, figures_of(row, kind, 0));
      return;
    case RowKind::of_which:
      printed_.of_which(row.line, kind.label, figures_of(row, kind, 0));
      return;
    case RowKind::line: read_line(personal_.screen(row, &individual_), kind); return;
  }
}

void AwardChecker::end_file() { printed_.end_file(); }

// Ids: the publisher's reference when there is one (duplicates are errors),
// otherwise year and service name, numbered when they repeat. When every base
// differs, each is its award's id, as UniqueNames would give it back.
void AwardChecker::assign_ids() {
  std::vector<Award>& awards = project_->awards;
  std::vector<std::string> bases;
  bases.reserve(awards.size());
  for (const Award& award : awards) bases.push_back(id_base(award));
  if (all_distinct(bases)) {
    for (std::size_t i = 0; i < awards.size(); ++i) awards[i].id = std::move(bases[i]);
    return;
  }
  UniqueNames ids;
  ids.expect(awards.size());
  // Each base's first award, to name it when a reference repeats. While every
  // base is new (ids.take gives it back as it is) none can repeat, so the map
  // is made only at the first base taken before: with unique references, never.
  std::unordered_map<std::string, const Award*> first_with;
  bool remembering = false;
  for (std::size_t i = 0; i < awards.size(); ++i) {
    Award& award = awards[i];
    bool given = !award.reference.empty();
    const std::string& base = bases[i];
    award.id = ids.take(base);
    if (!remembering) {
      if (award.id == base) continue;
      first_with.reserve(awards.size());  // a base per award at most: never rehashed
      for (std::size_t j = 0; j < i; ++j) first_with.emplace(bases[j], &awards[j]);
      remembering = true;
    }
    auto [first, inserted] = first_with.emplace(base, &award);
    if (given && !inserted)
      report_rule(
          rules_->rule_settings, diagnostics_, Rule::duplicate_id,
          Position{project_->source_files[award.source.file], award.source.line,
                   id_columns_[award.source.file] + 1},
          "reference " + in_quotes(award.reference) + " is also used on line " +
              std::to_string(first->second->source.line) +
              (first->second->source.file == award.source.file
                   ? ""
                   : " of " + project_->source_files[first->second->source.file]) +
              (first->second->reference == award.reference
                   ? ""
                   : " (as " + in_quotes(first->second->reference) + ", the same address)"));
  }
}

void AwardChecker::finish() {
  check_withhold_rules();
  // Every sum fundpress makes (read, published, withheld, by year, fund, section)
  // is at most the sum of the amounts' magnitudes: bounding that once keeps them
  // all exact, in 64 bits and in a spreadsheet's doubles.
  if (magnitudes_ > static_cast<uint64_t>(max_exact_pence))
    diagnostics_.error(Position{file_, 0, 0},
                       "the amounts add up to more than a spreadsheet holds to the penny (" +
                           format_pounds(Money{max_exact_pence}, 2) +
                           "), so no total could be exact; "
                           "check the figures",
                       "money");

  assign_ids();

  // Names and patterns normalised once each, not once per comparison.
  std::vector<std::string> placeholders = normalised(project_->site.not_a_recipient);
  std::vector<std::string> internal = normalised(project_->site.internal_recipients);
  std::string publisher = normalise_header(project_->publisher.name);
  std::string short_name = normalise_header(project_->publisher.short_name);
  for (Organisation& organisation : project_->organisations) {
    std::string name = normalise_header(organisation.name);
    for (const std::string& pattern : placeholders)
      organisation.placeholder |= matches_normalised_pattern(name, pattern);
    organisation.internal = name == publisher || name == short_name;
    for (const std::string& pattern : internal)
      organisation.internal |= matches_normalised_pattern(name, pattern);
  }
  organisations_.check_similar(*project_, diagnostics_);

  std::set<int> years;
  for (const Award& award : project_->awards) years.insert(award.year.start);
  // An empty register still publishes its (empty) year, so the site says so.
  if (years.empty() && rules_->has_default_year) years.insert(rules_->default_year.start);
  project_->years.clear();
  for (int start : years) project_->years.push_back(FinancialYear{start});
  project_->wording.only_year = years.size() == 1 ? project_->years.front() : FinancialYear{};
  cells_.files = &project_->source_files;
  check_award_rules(project_, cells_, *rules_, diagnostics_);

  // If the absolute amounts add up without overflow, so does every total.
  Money sum;
  for (const Award& award : project_->awards) {
    uint64_t size = magnitude(award.amount);
    if (size > INT64_MAX || !checked_add(sum, Money{static_cast<int64_t>(size)}, &sum)) {
      diagnostics_.error(Position{file_, 0, 0},
                         "the amounts add up to more than fundpress can total exactly "
                         "(92 million million pounds)",
                         "money");
      return;
    }
  }
}

}  // namespace fundpress
