#include "check/printed_rows.h"

#include "model/money_format.h"
#include "model/text.h"

namespace fundpress {
namespace {

std::string line_span(const Coverage& covered) {
  if (covered.lines == 0) return "";
  if (covered.first_line == covered.last_line)
    return " (line " + std::to_string(covered.first_line) + ")";
  return " (lines " + std::to_string(covered.first_line) + "-" + std::to_string(covered.last_line) +
         ")";
}

const char* add_up(const Coverage& covered) {
  return covered.lines == 1 ? " adds up to" : " add up to";
}

const char* kind_name(TotalKind kind) {
  switch (kind) {
    case TotalKind::subtotal: return "sub-total";
    case TotalKind::grand_total: return "grand total";
    default: return "total";
  }
}

// `part` as a percentage of `whole`, printed to `decimals`, times 10^decimals,
// rounded by the one rule (half away from zero).
bool percentage_of(Money part, Money whole, int decimals, int64_t* scaled) {
  if (whole.pence == 0 || decimals > 15) return false;
  uint64_t factor = 100;
  for (int i = 0; i < decimals; ++i) factor *= 10;
  uint64_t size = rounded_scaled(magnitude(part), factor, magnitude(whole));
  if (size > static_cast<uint64_t>(INT64_MAX)) return false;
  bool negative = (part.pence < 0) != (whole.pence < 0);
  *scaled = negative ? -static_cast<int64_t>(size) : static_cast<int64_t>(size);
  return true;
}

std::string percent_text(const Figure& figure) {
  return figure.text.find('%') == std::string::npos ? figure.text + "%" : figure.text;
}

}  // namespace

PrintedRows::PrintedRows(Project* project, const InputRules& rules, const TotalLabels& labels,
                         Diagnostics& diagnostics, Explanation* explanation)
    : project_(project),
      rules_(rules),
      labels_(labels),
      diagnostics_(diagnostics),
      explanation_(explanation) {}

void PrintedRows::begin(const std::string& file, int file_index, std::size_t columns,
                        std::vector<int> column_years) {
  file_ = file;
  file_index_ = file_index;
  column_years_ = std::move(column_years);
  table_ = PrintedTable(columns);
  first_total_ = project_->printed_totals.size();
  total_columns_.clear();
  percentages_.clear();
  current_section = -1;
}

int PrintedRows::section_named(const std::string& name) const {
  std::string key = label_key(name);
  for (std::size_t i = 0; i < project_->sections.size(); ++i)
    if (label_key(project_->sections[i].name) == key ||
        label_key(project_->sections[i].heading) == key)
      return static_cast<int>(i);
  return -1;
}

void PrintedRows::explain(int line, const std::string& kind, const std::string& text) {
  if (explanation_)
    explanation_->push_back(RowReading{diagnostics_.placed(Position{file_, line, 0}), kind, text});
}

std::string PrintedRows::year_of(const Figure& figure) const {
  return column_years_.empty() ? "" : ", " + FinancialYear{figure.year}.label();
}

std::string PrintedRows::covered_text(const Coverage& covered) const {
  if (covered.lines == 0) return "no lines are above it";
  return "its " + count_of(covered.lines, "line") + line_span(covered) + add_up(covered);
}

void PrintedRows::line(int line, const std::string& label, const Position& label_at, int section,
                       const std::vector<Figure>& figures) {
  for (const Figure& figure : figures) {
    Money value = figure.amount.value;
    if (magnitude(value) > magnitude(rules_.line_ceiling))
      diagnostics_.warning(figure.where,
                           "amount " + format_pounds(value, -1) + " is above " +
                               format_short(rules_.line_ceiling) +
                               ", the ceiling for one line "
                               "(\"line_ceiling\"): is it a total, or in the wrong unit?",
                           "plausibility");
    for (const Coverage* above : {&table_.block(figure.column), &table_.above(figure.column)}) {
      if (above->lines < 2 || above->overflow || value != above->sum) continue;
      diagnostics_.warning(figure.where,
                           in_quotes(label) + " (" + format_pounds(value, -1) +
                               ") equals the sum of the " + count_of(above->lines, "line") +
                               " above it" + line_span(*above) + ": if it is a total, add " +
                               in_quotes(label) + " to \"totals\" in fundpress.json",
                           "plausibility");
      break;
    }
    table_.line(figure.column, value, rounding_of(figure.amount), line, figure.year, section);
  }
  if (label_at.line > 0 && !label.empty()) {
    if (labels_.looks_like_total(label))
      diagnostics_.warning(
          label_at,
          in_quotes(label) +
              " reads like a total but is read as a line; if it is "
              "a total, add it to \"totals\" in fundpress.json, and if it is a line, "
              "to \"not_totals\"",
          "totals");
  }
}

void PrintedRows::heading() { table_.heading(); }

std::string PrintedRows::alternative(std::size_t column, const Coverage& used,
                                     const AmountText& printed, const std::string& label) const {
  struct Candidate {
    const Coverage* covered;
    const char* covers;
    const char* what;
  };
  for (Candidate c :
       {Candidate{&table_.block(column), "section", "since the previous heading or total"},
        Candidate{&table_.above(column), "above", "above it"}}) {
    const Coverage& other = *c.covered;
    if (other.lines == 0 || (other.lines == used.lines && other.sum == used.sum)) continue;
    if (compare_total(printed, other) == Agreement::differs) continue;
    return "; it agrees with the " + count_of(other.lines, "line") + " " + c.what +
           line_span(other) + ": if that is what it covers, add {\"label\": " + in_quotes(label) +
           ", \"covers\": \"" + c.covers + "\"} to \"totals\" in fundpress.json";
  }
  return "";
}

void PrintedRows::total(int line, const RowClass& row, const std::vector<Figure>& figures,
                        bool names_a_line) {
  const char* kind = kind_name(row.total.kind);
  if (figures.empty()) {
    diagnostics_.warning(
        Position{file_, line, row.label_column + 1},
        in_quotes(row.label) + " is a " + kind + " with no figure; nothing is checked", "totals");
    explain(line, kind, in_quotes(row.label) + ": no figure");
  }
  for (const Figure& figure : figures) {
    if (figure.amount.kind == AmountKind::percentage) {
      diagnostics_.error(figure.where,
                         in_quotes(row.label) + " has a percentage (" + figure.text +
                             ") where a total's figure should be",
                         "totals");
      continue;
    }
    Coverage covered;
    std::string error;
    if (!table_.coverage(
            figure.column, row.total,
            [this](const std::string& name) { return section_named(name); }, &covered, &error)) {
      diagnostics_.error(figure.where, in_quotes(row.label) + " cannot be checked: " + error,
                         "totals");
      continue;
    }
    PrintedTotal printed;
    printed.source = SourceRef{file_index_, line};
    printed.label = row.label;
    printed.text = figure.text;
    printed.printed = figure.amount.value;
    printed.computed = covered.sum;
    printed.lines = covered.lines;
    printed.year = FinancialYear{!column_years_.empty() || covered.year < 0 || covered.mixed_years
                                     ? figure.year
                                     : covered.year};
    if (row.total.kind == TotalKind::subtotal)
      printed.section = row.total.section >= 0 ? row.total.section : current_section;
    printed.agreement = compare_total(figure.amount, covered);

    std::string figures_text = "printed as " + figure.text + "; " + covered_text(covered);
    if (covered.lines > 0) figures_text += " " + format_pounds(covered.sum, -1);
    switch (printed.agreement) {
      case Agreement::exact:
        explain(line, kind,
                in_quotes(row.label) + year_of(figure) + ": " + figures_text + ": agrees");
        break;
      case Agreement::within_rounding:
        explain(line, kind,
                in_quotes(row.label) + year_of(figure) + ": " + figures_text +
                    ": agrees within the rounding of figures printed in units (up to " +
                    format_pounds(Money{rounding_of(figure.amount) + covered.rounding}, -1) +
                    " either way)");
        break;
      case Agreement::differs: {
        Money difference{covered.sum.pence - figure.amount.value.pence};
        std::string message =
            in_quotes(row.label) +
            (column_years_.empty() ? "" : " for " + FinancialYear{figure.year}.label()) +
            " is printed as " + figure.text + " but " +
            (covered.lines == 0 ? std::string("no lines are above it")
                                : "its " + count_of(covered.lines, "line") + add_up(covered) + " " +
                                      shown_like(covered.sum, figure.amount, figure.text)) +
            ": " + format_pounds(Money{static_cast<int64_t>(magnitude(difference))}, -1) +
            (difference.pence > 0 ? " more" : " less") +
            alternative(figure.column, covered, figure.amount, row.label);
        if (names_a_line)
          message +=
              "; if " + in_quotes(row.label) + " is a line, not a total, list it in \"not_totals\"";
        if (rules_.publish_differing_totals)
          diagnostics_.warning(figure.where, message + "; published as printed, with a note",
                               "totals");
        else diagnostics_.error(figure.where, message, "totals");
        explain(line, kind,
                in_quotes(row.label) + year_of(figure) + ": " + figures_text + ": differs");
        break;
      }
    }
    project_->printed_totals.push_back(printed);
    total_columns_.push_back(figure.column);
    table_.total(figure.column, row.label, covered, figure.amount.value);
  }
  table_.end_total(row.total.kind);
}

void PrintedRows::percentage(int line, const std::string& label,
                             const std::vector<Figure>& figures) {
  for (const Figure& figure : figures) {
    PendingPercentage pending;
    pending.line = line;
    pending.label = label;
    pending.figure = figure;
    if (figure.amount.kind == AmountKind::money) {
      // Plain figures under a label that calls them percentages: "4.4" means 4.4%.
      pending.figure.amount.kind = AmountKind::percentage;
      pending.figure.amount.percent = figure.amount.value.pence / figure.amount.step;
    }
    pending.has_above = table_.last_figure(figure.column, &pending.above);
    for (std::size_t k = 0; k < column_years_.size(); ++k)
      if (column_years_[k] == figure.year - 1)
        pending.has_previous_year = table_.last_figure(k, &pending.previous_year);
    pending.explained = explanation_ ? explanation_->size() : 0;
    explain(line, "percentage", in_quotes(label) + year_of(figure) + ": " + percent_text(figure));
    percentages_.push_back(pending);
  }
}

void PrintedRows::of_which(int line, const std::string& label, const std::vector<Figure>& figures) {
  for (const Figure& figure : figures) {
    Money above;
    if (table_.last_figure(figure.column, &above) &&
        magnitude(figure.amount.value) > magnitude(above))
      diagnostics_.warning(figure.where,
                           in_quotes(label) + " (" + format_pounds(figure.amount.value, -1) +
                               ") is more than the figure above it (" + format_pounds(above, -1) +
                               ") of which it is a part",
                           "totals");
    explain(line, "of which",
            in_quotes(label) + year_of(figure) + ": " + format_pounds(figure.amount.value, -1) +
                ", a part of the figure above; not added again");
  }
  if (figures.empty()) explain(line, "of which", in_quotes(label));
}

void PrintedRows::check_percentage(PendingPercentage& pending) {
  const AmountText& printed = pending.figure.amount;
  std::string found;
  int64_t scaled;
  if (pending.has_above) {
    for (const auto& [label, sum] : table_.totals(pending.figure.column)) {
      if (percentage_of(pending.above, sum, printed.decimals, &scaled) &&
          scaled == printed.percent) {
        found = "the row above (" + format_pounds(pending.above, -1) + ") as a share of " +
                in_quotes(label) + " (" + format_pounds(sum, -1) + ")";
        break;
      }
    }
  }
  if (found.empty() && pending.has_above && pending.has_previous_year &&
      percentage_of(Money{pending.above.pence - pending.previous_year.pence}, pending.previous_year,
                    printed.decimals, &scaled) &&
      scaled == printed.percent)
    found = "the change in the row above from " + FinancialYear{pending.figure.year - 1}.label() +
            " (" + format_pounds(pending.previous_year, -1) + " to " +
            format_pounds(pending.above, -1) + ")";
  std::string text =
      in_quotes(pending.label) + year_of(pending.figure) + ": " + percent_text(pending.figure);
  if (!found.empty()) {
    text += " is " + found + ": agrees";
  } else {
    text += ": not checked";
    diagnostics_.warning(pending.figure.where,
                         "percentage " + percent_text(pending.figure) + " in " +
                             in_quotes(pending.label) +
                             " is not checked: it is not a share of a total in the table, nor a "
                             "change on the year before; percentages are not published",
                         "percentage");
  }
  if (explanation_ && pending.explained < explanation_->size())
    (*explanation_)[pending.explained].text = text;
}

void PrintedRows::end_file() {
  for (PendingPercentage& pending : percentages_) check_percentage(pending);
  percentages_.clear();
  for (std::size_t i = first_total_; i < project_->printed_totals.size(); ++i) {
    PrintedTotal& total = project_->printed_totals[i];
    total.whole_table =
        total.lines > 0 && total.lines == table_.lines(total_columns_[i - first_total_]);
  }
}

}  // namespace fundpress
