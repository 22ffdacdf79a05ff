#include "check/printed_table.h"

#include "model/money_format.h"
#include "model/text.h"

namespace fundpress {
namespace {

bool add_checked(Money* sum, Money amount) { return checked_add(*sum, amount, sum); }

int128 distance(Money a, Money b) {
  int128 d = static_cast<int128>(a.pence) - b.pence;
  return d < 0 ? -d : d;
}

}  // namespace

void Coverage::add_line(Money amount, int64_t line_rounding, int line, int line_year) {
  overflow |=
      !add_checked(&sum, amount) || __builtin_add_overflow(rounding, line_rounding, &rounding);
  if (lines++ == 0) first_line = line;
  last_line = line;
  if (year < 0 && !mixed_years) year = line_year;
  else if (year != line_year) mixed_years = true;
}

void Coverage::add(const Coverage& other) {
  if (other.lines == 0) return;
  overflow |= other.overflow || !add_checked(&sum, other.sum) ||
              __builtin_add_overflow(rounding, other.rounding, &rounding);
  if (lines == 0 || other.first_line < first_line) first_line = other.first_line;
  if (other.last_line > last_line) last_line = other.last_line;
  if (lines == 0 && !mixed_years) year = other.year;
  else if (other.year != year || other.mixed_years) mixed_years = true;
  lines += other.lines;
}

PrintedTable::Column& PrintedTable::at(std::size_t column) {
  if (state_.size() < columns_) state_.resize(columns_);
  return state_[column];
}

const PrintedTable::Column& PrintedTable::at(std::size_t column) const {
  if (state_.size() < columns_) state_.resize(columns_);
  return state_[column];
}

void PrintedTable::line(std::size_t column, Money amount, int64_t rounding, int line, int year,
                        int section) {
  Column& c = at(column);
  c.grand.add_line(amount, rounding, line, year);
  c.block.add_line(amount, rounding, line, year);
  c.sections[section].add_line(amount, rounding, line, year);
  ++c.all_lines;
  c.has_last = true;
  c.last = amount;
}

void PrintedTable::heading() {
  for (std::size_t k = 0; k < columns_; ++k) at(k).block = Coverage{};
}

bool PrintedTable::coverage(std::size_t column, const TotalLabel& total,
                            const std::function<int(const std::string&)>& section_named,
                            Coverage* covered, std::string* error) const {
  const Column& c = at(column);
  auto section = [&](int index) {
    auto found = c.sections.find(index);
    return found == c.sections.end() ? Coverage{} : found->second;
  };
  switch (total.covers.rule) {
    case TotalCovers::Rule::above: *covered = c.grand; return true;
    case TotalCovers::Rule::section: *covered = c.block; return true;
    case TotalCovers::Rule::named: {
      Coverage sum;
      for (const std::string& name : total.covers.names) {
        auto found = c.by_label.find(label_key(name));
        int index = section_named(name);
        if (found != c.by_label.end()) sum.add(found->second);
        else if (index >= 0) sum.add(section(index));
        else {
          *error =
              "it covers " + in_quotes(name) + ", which is neither a section nor a total above it";
          return false;
        }
      }
      *covered = sum;
      return true;
    }
    case TotalCovers::Rule::by_kind: break;
  }
  if (total.kind == TotalKind::subtotal)
    *covered = total.section >= 0 ? section(total.section) : c.block;
  else *covered = c.grand;
  return true;
}

void PrintedTable::total(std::size_t column, const std::string& label, const Coverage& covered,
                         Money printed) {
  Column& c = at(column);
  c.by_label[label_key(label)] = covered;
  c.read.emplace_back(label, covered.sum);
  c.has_last = true;
  c.last = printed;
}

void PrintedTable::end_total(TotalKind kind) {
  for (std::size_t k = 0; k < columns_; ++k) {
    Column& c = at(k);
    c.block = Coverage{};
    if (kind == TotalKind::grand_total) {
      c.grand = Coverage{};
      c.sections.clear();
    }
  }
}

bool PrintedTable::last_figure(std::size_t column, Money* figure) const {
  const Column& c = at(column);
  if (c.has_last) *figure = c.last;
  return c.has_last;
}

Agreement compare_total(const AmountText& printed, const Coverage& covered) {
  uint64_t step = static_cast<uint64_t>(printed.step);
  int64_t magnitude_rounded =
      static_cast<int64_t>(rounded_quotient(magnitude(covered.sum), step) * step);
  int64_t rounded = covered.sum.pence < 0 ? -magnitude_rounded : magnitude_rounded;
  if (!covered.overflow && rounded == printed.value.pence) return Agreement::exact;
  int128 tolerance = static_cast<int128>(rounding_of(printed)) + covered.rounding;
  if (!covered.overflow && distance(covered.sum, printed.value) <= tolerance)
    return Agreement::within_rounding;
  return Agreement::differs;
}

std::string shown_like(Money amount, const AmountText& printed, const std::string& printed_text) {
  uint64_t step = static_cast<uint64_t>(printed.step);
  uint64_t steps = rounded_quotient(magnitude(amount), step);
  std::string digits = std::to_string(steps);
  if (printed.decimals > 0) {
    if (digits.size() <= static_cast<std::size_t>(printed.decimals))
      digits.insert(0, printed.decimals + 1 - digits.size(), '0');
    digits.insert(digits.size() - printed.decimals, ".");
  }
  std::size_t point = digits.find('.');
  std::string whole = digits.substr(0, point);
  if (printed_text.find(',') != std::string::npos) whole = grouped(std::stoull(whole));
  std::string body = whole + (point == std::string::npos ? "" : digits.substr(point));
  if (printed_text.find("\xC2\xA3") != std::string::npos) body = "\xC2\xA3" + body;
  if (printed.cell_unit) {
    // The unit word as the printed figure wrote it: "m", "k", "bn", " million".
    std::size_t last_digit = printed_text.find_last_of("0123456789");
    std::string suffix = printed_text.substr(last_digit + 1);
    if (!suffix.empty() && suffix.back() == ')') suffix.pop_back();
    if (!suffix.empty() && suffix.back() == '%') suffix.clear();
    body += suffix;
  }
  bool brackets = starts_with(trim(printed_text), "(");
  if (amount.pence < 0 && steps != 0) return brackets ? "(" + body + ")" : "-" + body;
  return body;
}

}  // namespace fundpress
