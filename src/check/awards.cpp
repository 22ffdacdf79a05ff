#include "check/awards.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>

#include "check/name_pattern.h"
#include "check/parse_date.h"
#include "check/parse_money.h"
#include "check/printed_layout.h"
#include "model/slug.h"

namespace fundpress {
namespace {

std::string trim(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

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
// a closed catalogue does not have it.
template <typename T>
int find_or_add(const std::string& name, std::vector<T>* items, std::map<std::string, int>* index,
                bool closed) {
  std::string key = normalise_header(name);
  auto found = index->find(key);
  if (found != index->end()) return found->second;
  if (closed) return -1;
  T item{};
  item.name = name;
  items->push_back(item);
  int at = static_cast<int>(items->size()) - 1;
  (*index)[key] = at;
  return at;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(";\n", start);
    if (end == std::string::npos) end = text.size();
    std::string part = trim(text.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
    start = end + 1;
  }
  return parts;
}

bool equals_folded(const std::string& a, const std::string& b) {
  return normalise_header(a) == normalise_header(b);
}

}  // namespace

AwardChecker::AwardChecker(Project* project, const InputRules& rules, Diagnostics& diagnostics)
    : project_(project), rules_(rules), diagnostics_(diagnostics) {
  sections_closed_ = !project->sections.empty();
  funds_closed_ = !project->funds.empty();
  priorities_closed_ = !project->priorities.empty();
  index_names(project->sections, &section_index_);
  index_names(project->areas, &area_index_);
  index_names(project->funds, &fund_index_);
  index_names(project->priorities, &priority_index_);
  for (std::size_t i = 0; i < project->priorities.size(); ++i)
    if (!project->priorities[i].number.empty())
      priority_index_[normalise_header(project->priorities[i].number)] = static_cast<int>(i);
}

bool AwardChecker::begin(const Row& header, const std::string& file) {
  file_ = file;
  file_index_ = static_cast<int>(project_->source_files.size());
  project_->source_files.push_back(file);
  // No section column is needed when heading rows give each row its section.
  std::vector<Field> required = {Field::service, Field::organisation, Field::amount};
  return map_columns(header, file, rules_.column_aliases, required, &columns_, diagnostics_);
}

std::string AwardChecker::cell(const Row& row, Field field) const {
  int column = columns_.of(field);
  if (column < 0) return "";
  return trim(row.cells[column].text);
}

Position AwardChecker::where(const Row& row, Field field) const {
  int column = columns_.of(field);
  if (column < 0) return Position{file_, row.line, 0};
  return Position{file_, row.cells[column].line, row.cells[column].column};
}

int AwardChecker::open_section(const std::string& name) {
  int found = find_or_add(name, &project_->sections, &section_index_, sections_closed_);
  if (found < 0) return found;
  // A section the data names (none configured) is printed under its own name.
  Section& section = project_->sections[found];
  if (section.heading.empty()) section.heading = section.name;
  if (section.subtotal_label.empty()) section.subtotal_label = section.name + " sub-total";
  return found;
}

int AwardChecker::section_of(const Row& row) {
  std::string name = cell(row, Field::section);
  if (name.empty() && current_section_ >= 0) return current_section_;
  if (name.empty() && project_->sections.size() == 1) return 0;
  if (name.empty() && !sections_closed_) name = "All";
  int found = open_section(name);
  if (found >= 0) return found;
  diagnostics_.error(where(row, Field::section),
                     name.empty() ? "section is empty; it must be one of " +
                                        list_names(project_->sections)
                                  : "section " + in_quotes(name) +
                                        " is not one of fundpress.json's \"sections\" (" +
                                        list_names(project_->sections) + ")",
                     "reference");
  return 0;
}

int AwardChecker::organisation_of(const Row& row) {
  std::string name = cell(row, Field::organisation);
  int at = find_or_add(name, &project_->organisations, &organisation_index_, false);
  Organisation& organisation = project_->organisations[at];
  // Identifiers belong to the organisation; a second, different one is a mistake.
  for (auto [field, value] : {std::make_pair(Field::org_id, &organisation.org_id),
                              std::make_pair(Field::charity_number, &organisation.charity_number),
                              std::make_pair(Field::company_number, &organisation.company_number)}) {
    std::string given = cell(row, field);
    if (given.empty()) continue;
    if (value->empty()) *value = given;
    else if (*value != given)
      diagnostics_.error(where(row, field),
                         std::string(field_info(field).name) + " " + in_quotes(given) + " for " +
                             in_quotes(name) + " differs from " + in_quotes(*value) +
                             " given on an earlier row",
                         "reference");
  }
  return at;
}

std::vector<int> AwardChecker::priorities_of(const Row& row) {
  std::vector<int> found;
  for (const std::string& name : split_list(cell(row, Field::priority))) {
    int at = find_or_add(name, &project_->priorities, &priority_index_, priorities_closed_);
    if (at < 0) {
      diagnostics_.error(where(row, Field::priority),
                         "priority " + in_quotes(name) + " is not one of fundpress.json's " +
                             "\"priorities\" (" + list_names(project_->priorities) + ")",
                         "reference");
      continue;
    }
    if (std::find(found.begin(), found.end(), at) == found.end()) found.push_back(at);
  }
  return found;
}

void AwardChecker::read_dates(const Row& row, Award* award) {
  for (auto [field, date] : {std::make_pair(Field::award_date, &award->award_date),
                             std::make_pair(Field::start_date, &award->start_date),
                             std::make_pair(Field::end_date, &award->end_date)}) {
    std::string text = cell(row, field);
    std::string error;
    if (!text.empty() && !parse_date(text, date, &error))
      diagnostics_.error(where(row, field), error, "date");
  }
  if (!award->start_date.empty() && !award->end_date.empty() && award->end_date < award->start_date)
    diagnostics_.error(where(row, Field::end_date), "end date is before the start date", "date");
}

bool AwardChecker::read_amount(const Row& row, const std::string& status, Award* award) {
  std::string text = cell(row, Field::amount);
  if (text.empty()) {
    for (const std::string& allowed : rules_.unknown_amount_statuses) {
      if (!status.empty() && equals_folded(status, allowed)) {
        award->amount_known = false;
        return true;
      }
    }
  }
  std::string error;
  if (parse_money(text, rules_.amount_unit, &award->amount, &error)) return true;
  if (text.empty() && !rules_.unknown_amount_statuses.empty())
    error += " (an empty amount is allowed only when the status is " +
             in_quotes(rules_.unknown_amount_statuses.front()) + ")";
  diagnostics_.error(where(row, Field::amount), error, "money");
  return false;
}

const WithholdRule* AwardChecker::withhold_rule(const Row& row) const {
  for (const WithholdRule& rule : rules_.withhold) {
    std::string value = cell(row, rule.field);
    for (const std::string& candidate : rule.values)
      if (equals_folded(value, candidate)) return &rule;
  }
  return nullptr;
}

void AwardChecker::check_fund_limits(const Row& row, const Award& award) {
  if (award.fund < 0 || !award.amount_known) return;
  const Fund& fund = project_->funds[award.fund];
  if (fund.has_max_award && fund.max_award < award.amount)
    diagnostics_.warning(where(row, Field::amount),
                         "amount is above the " + in_quotes(fund.name) + " maximum award", "rules");
  if (fund.has_min_award && award.amount < fund.min_award)
    diagnostics_.warning(where(row, Field::amount),
                         "amount is below the " + in_quotes(fund.name) + " minimum award", "rules");
}

// A fund's envelope covers periods of envelope_years financial years, counted
// from the first year it awards anything: "£300,000 over 3 years".
void AwardChecker::check_fund_envelopes() {
  for (std::size_t f = 0; f < project_->funds.size(); ++f) {
    const Fund& fund = project_->funds[f];
    if (!fund.has_envelope) continue;
    int first_year = INT32_MAX;
    for (const Award& award : project_->awards)
      if (award.fund == static_cast<int>(f)) first_year = std::min(first_year, award.year.start);
    std::map<int, Money> by_period;
    for (const Award& award : project_->awards)
      if (award.fund == static_cast<int>(f) && award.amount_known)
        by_period[(award.year.start - first_year) / fund.envelope_years] += award.amount;
    for (const auto& [period, total] : by_period) {
      if (!(fund.envelope < total)) continue;
      FinancialYear from{first_year + period * fund.envelope_years};
      FinancialYear to{from.start + fund.envelope_years - 1};
      std::string when = fund.envelope_years == 1 ? "in " + from.label()
                                                  : "in " + from.label() + " to " + to.label();
      diagnostics_.warning(Position{file_, 0, 0},
                           "awards from " + in_quotes(fund.name) + " " + when + " add up to " +
                               "£" + decimal_text(total) + ", more than its envelope of £" +
                               decimal_text(fund.envelope),
                           "rules");
    }
  }
}

// Heading and total rows of a printed table. Returns true when `row` is one.
bool AwardChecker::read_layout_row(const Row& row) {
  std::size_t filled = 0;
  std::string label;
  int amount_column = columns_.of(Field::amount);
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    std::string text = trim(row.cells[c].text);
    if (text.empty()) continue;
    ++filled;
    if (label.empty() && static_cast<int>(c) != amount_column) label = text;
  }
  LayoutRow layout = classify_layout_row(*project_, filled, label, cell(row, Field::organisation),
                                         cell(row, Field::amount));
  Position at{file_, row.line, 0};
  switch (layout.kind) {
    case LayoutRowKind::data: return false;
    case LayoutRowKind::heading: {
      int section = section_by_heading(*project_, label);
      if (section < 0) section = open_section(label);
      if (section < 0) {
        diagnostics_.error(at, "row holds only " + in_quotes(label) + ", like a section heading, but "
                               "it is not one of fundpress.json's \"sections\" (" +
                               list_names(project_->sections) + ")", "reference");
        return true;
      }
      current_section_ = section;
      return true;
    }
    case LayoutRowKind::subtotal:
    case LayoutRowKind::grand_total: {
      PrintedTotal total;
      total.where = where(row, Field::amount);
      total.label = label;
      total.text = cell(row, Field::amount);
      std::string error;
      if (!parse_money(total.text, rules_.amount_unit, &total.amount, &error)) {
        diagnostics_.error(total.where, error, "money");
        return true;
      }
      if (layout.kind == LayoutRowKind::subtotal) {
        total.section = layout.section >= 0 ? layout.section : current_section_;
        if (total.section < 0) {
          diagnostics_.error(at, in_quotes(label) + " is a sub-total with no section heading above it",
                             "totals");
          return true;
        }
      }
      printed_totals_.push_back(total);
      return true;
    }
  }
  return false;
}

// A printed total must be the exact sum of its rows, rounded as it is printed:
// "1,448,239" to whole pounds (half away from zero), "8,683.75" to the penny.
void AwardChecker::check_printed_totals() {
  for (const PrintedTotal& total : printed_totals_) {
    Money exact = total.section < 0 ? file_sum_ : section_sums_[total.section];
    std::size_t point = total.text.find('.');
    std::size_t decimals = point == std::string::npos ? 0 : total.text.size() - point - 1;
    if (total.text.back() == ')') --decimals;
    uint64_t step = static_cast<uint64_t>(rules_.amount_unit) * 100;
    for (std::size_t d = 0; d < decimals && step > 1; ++d) step /= 10;
    int64_t rounded = static_cast<int64_t>(rounded_quotient(magnitude(exact), step) * step);
    if ((exact.pence < 0 ? -rounded : rounded) == total.amount.pence) continue;
    diagnostics_.error(total.where,
                       in_quotes(total.label) + " is printed as " + total.text + " but " +
                           (total.section < 0 ? "the rows of the file" : "the rows of " +
                            in_quotes(project_->sections[total.section].name)) +
                           " add up to £" + decimal_text(exact),
                       "totals");
  }
}

void AwardChecker::add(const Row& row) {
  if (read_layout_row(row)) return;
  Award award;
  award.source = SourceRef{file_index_, row.line};
  award.reference = cell(row, Field::id);
  award.service = cell(row, Field::service);
  award.description = cell(row, Field::description);
  award.status = cell(row, Field::status);
  award.note = cell(row, Field::note);
  award.conditions = cell(row, Field::conditions);
  award.mechanism = cell(row, Field::mechanism);
  if (award.service.empty())
    diagnostics_.error(where(row, Field::service), "service name is empty", "required");
  if (cell(row, Field::organisation).empty())
    diagnostics_.error(where(row, Field::organisation),
                       "organisation is empty; write \"To be confirmed\" if it is not yet known",
                       "required");
  if (columns_.of(Field::id) >= 0 && award.reference.empty())
    diagnostics_.error(where(row, Field::id), "reference is empty", "required");
  bool amount_ok = read_amount(row, award.status, &award);
  ++project_->read.rows;
  if (amount_ok && award.amount_known) checked_add(project_->read.amount, award.amount, &project_->read.amount);
  award.section = section_of(row);
  if (amount_ok && award.amount_known) {
    checked_add(file_sum_, award.amount, &file_sum_);
    checked_add(section_sums_[award.section], award.amount, &section_sums_[award.section]);
  }
  read_dates(row, &award);

  std::string year = cell(row, Field::year);
  std::string error;
  if (!year.empty()) {
    if (!parse_financial_year(year, &award.year, &error))
      diagnostics_.error(where(row, Field::year), error, "date");
  } else if (!award.award_date.empty()) {
    award.year = FinancialYear::containing(award.award_date);
  } else if (rules_.has_default_year) {
    award.year = rules_.default_year;
  } else {
    diagnostics_.error(Position{file_, row.line, 0},
                       "row has no financial year: add a year column, an award date, or "
                       "\"year\": \"2017/18\" in fundpress.json",
                       "date");
  }

  if (const WithholdRule* rule = withhold_rule(row)) {
    project_->withheld.push_back(Withheld{award.source, amount_ok ? award.amount : Money{}, rule->reason});
    return;
  }
  award.organisation = organisation_of(row);
  std::string area = cell(row, Field::area);
  if (!area.empty()) award.area = find_or_add(area, &project_->areas, &area_index_, false);
  std::string fund = cell(row, Field::fund);
  if (!fund.empty()) {
    award.fund = find_or_add(fund, &project_->funds, &fund_index_, funds_closed_);
    if (award.fund < 0)
      diagnostics_.error(where(row, Field::fund),
                         "fund " + in_quotes(fund) + " is not one of fundpress.json's \"funds\" (" +
                             list_names(project_->funds) + ")",
                         "reference");
  }
  award.priorities = priorities_of(row);
  check_fund_limits(row, award);
  project_->awards.push_back(std::move(award));
}

void AwardChecker::finish() {
  check_fund_envelopes();
  check_printed_totals();

  // Ids: the publisher's reference when there is one (duplicates are errors),
  // otherwise year and service name, numbered when they repeat.
  std::map<std::string, const Award*> taken;
  for (Award& award : project_->awards) {
    bool given = !award.reference.empty();
    std::string base = given ? slugify(award.reference)
                             : slugify(award.year.label()) + "-" + slugify(award.service);
    std::string id = base;
    for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
    if (given && id != base) {
      const Award* first = taken[base];
      diagnostics_.error(Position{project_->source_files[award.source.file], award.source.line,
                                  columns_.of(Field::id) + 1},
                         "reference " + in_quotes(award.reference) + " is also used on line " +
                             std::to_string(first->source.line) +
                             (first->reference == award.reference
                                  ? ""
                                  : " (as " + in_quotes(first->reference) + ", the same address)"),
                         "reference");
    }
    award.id = id;
    taken[id] = &award;
  }

  for (Organisation& organisation : project_->organisations)
    for (const std::string& pattern : project_->site.not_a_recipient)
      organisation.placeholder |= matches_name_pattern(organisation.name, pattern);

  std::set<int> years;
  for (const Award& award : project_->awards) years.insert(award.year.start);
  // An empty register still publishes its (empty) year, so the site says so.
  if (years.empty() && rules_.has_default_year) years.insert(rules_.default_year.start);
  project_->years.clear();
  for (int start : years) project_->years.push_back(FinancialYear{start});

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
