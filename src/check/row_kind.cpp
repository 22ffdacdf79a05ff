#include "check/row_kind.h"

#include <algorithm>

#include "check/column_heading.h"
#include "check/columns.h"
#include "check/parse_money.h"
#include "model/text.h"

namespace fundpress {
namespace {

std::size_t word_count(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "£000s", "(£ thousands)", "£": a cell that only states a unit.
bool only_a_unit(const std::string& text) {
  return stated_unit(text) > 0 && without_unit(text).empty();
}

// A label that calls its figures percentages: "% of total", "Increase (%)", "per cent".
bool says_percent(const std::string& label) {
  if (starts_with(label, "%") || label.find(" %") != std::string::npos ||
      label.find("(%)") != std::string::npos)
    return true;
  // Each word below begins "per" as written: a label without it needs no key.
  if (!contains_ignoring_case(label, "per")) return false;
  std::string key = " " + label_key(label) + " ";
  return key.find(" per cent ") != std::string::npos ||
         key.find(" percent ") != std::string::npos ||
         key.find(" percentage ") != std::string::npos;
}

bool is_of_which(const std::string& label) {
  // Each form's key begins "o" or "w": so does the label's first ASCII letter
  // or digit, unless a byte of UTF-8 (which a key keeps) comes before it.
  auto first = std::find_if(label.begin(), label.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
  if (first == label.end()) return false;
  char c = static_cast<char>(*first | 0x20);
  if (static_cast<unsigned char>(*first) < 0x80 && c != 'o' && c != 'w') return false;
  std::string key = label_key(label);
  for (const char* start : {"of which", "o w ", "of whom", "which includes"})
    if (starts_with(key + " ", start)) return true;
  return false;
}

// A cheap test before normalise_header: an ASCII cell whose first letter is
// not the heading's cannot be the heading again.
bool may_be_heading(const std::string& cell, const std::string& key) {
  std::size_t first = cell.find_first_not_of(" \t\r\n_");
  if (first == std::string::npos || key.empty()) return key.empty();
  unsigned char c = static_cast<unsigned char>(cell[first]);
  if (c >= 0x80) return true;  // folded by utf8proc, or a no-break space: compare in full
  if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
  return c == static_cast<unsigned char>(key[0]);
}

}  // namespace

const char* row_kind_name(RowKind kind) {
  switch (kind) {
    case RowKind::line: return "line";
    case RowKind::heading: return "heading";
    case RowKind::total: return "total";
    case RowKind::percentage: return "percentage";
    case RowKind::of_which: return "of which";
    case RowKind::note: return "note";
    case RowKind::units: return "units";
    case RowKind::header_repeat: return "header repeated";
    case RowKind::spacer: return "spacer";
  }
  return "";
}

bool is_figure(const std::string& text) {
  // Most labels tried as a figure are words: without a digit a text is a figure
  // only as nil, settled without read_amount making the error it would give.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return reads_as_nil(text);
  AmountText amount;
  std::string error;
  return read_amount(text, 1, &amount, &error) && amount.kind != AmountKind::empty;
}

bool reads_as_note(const std::string& text) {
  std::string lower = ascii_lower(trim(text));
  if (lower.empty()) return false;
  for (const char* mark :
       {"*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3"})
    if (starts_with(lower, mark)) return true;
  std::string key = label_key(lower) + " ";
  for (const char* start :
       {"note ", "notes ", "nb ", "n b ", "source ", "sources ", "please note ", "all figures ",
        "figures are ", "figures in ", "figures exclude ", "figures include "})
    if (starts_with(key, start)) return true;
  // "(a) ...", "1) ...", "2. ...": a numbered footnote.
  std::size_t close = lower.find_first_of(").");
  if (close != std::string::npos && close >= 1 && close <= 3 && close + 1 < lower.size() &&
      lower[close + 1] == ' ') {
    std::size_t from = lower[0] == '(' ? 1 : 0;
    bool marker = close > from;
    for (std::size_t i = from; i < close; ++i)
      marker &= (lower[i] >= '0' && lower[i] <= '9') ||
                (close - from == 1 && lower[i] >= 'a' && lower[i] <= 'z');
    // "1. Victims" is a numbered heading; "2. Subject to the outturn" a note.
    if (marker && (lower[close] == ')' || (lower[close] == '.' && word_count(lower) >= 4)))
      return true;
  }
  return (ends_with(lower, ".") && word_count(lower) >= 6) || lower.size() > 120;
}

RowShape row_shape(const Row& header, const ColumnMap& columns) {
  std::size_t width = header.cells.size();
  RowShape shape;
  shape.may_label.assign(width, true);
  for (std::size_t c = 0; c < width; ++c)
    shape.header_keys.push_back(normalise_header(header.cells[c].text));
  for (Field field :
       {Field::id, Field::year, Field::section, Field::area, Field::fund, Field::priority,
        Field::status, Field::mechanism, Field::award_date, Field::start_date, Field::end_date,
        Field::org_id, Field::charity_number, Field::company_number})
    if (columns.of(field) >= 0) shape.may_label[static_cast<std::size_t>(columns.of(field))] = false;
  shape.name_columns = {columns.of(Field::service), columns.of(Field::organisation)};
  for (const AmountColumn& amount : columns.amounts) shape.amount_columns.push_back(amount.column);
  return shape;
}

RowClass classify_row(const RowShape& shape, const std::vector<std::string>& cells,
                      const TotalLabels& totals) {
  RowClass out;
  // A table has few amount columns: looked up, not marked in a vector made for every row.
  auto is_amount = [&](std::size_t c) {
    return std::find(shape.amount_columns.begin(), shape.amount_columns.end(),
                     static_cast<int>(c)) != shape.amount_columns.end();
  };
  std::size_t filled = 0, header_like = 0;
  bool units_only = true, amount_heading = false;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (cells[c].empty()) continue;
    ++filled;
    units_only = units_only && only_a_unit(cells[c]);
    if (c < shape.header_keys.size() && may_be_heading(cells[c], shape.header_keys[c]) &&
        normalise_header(cells[c]) == shape.header_keys[c]) {
      ++header_like;
      amount_heading |= is_amount(c);
    }
  }
  if (filled == 0) {
    out.kind = RowKind::spacer;
    return out;
  }
  // The header again; an amount column's own heading is never a figure.
  if (header_like == filled && (filled >= 2 || amount_heading)) {
    out.kind = RowKind::header_repeat;
    return out;
  }
  if (units_only) {
    out.kind = RowKind::units;
    return out;
  }

  for (int pass = 0; pass < 2 && out.label_column < 0; ++pass) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      bool eligible = pass == 1 || (c < shape.may_label.size() && shape.may_label[c]);
      if (cells[c].empty() || is_amount(c) || !eligible || is_figure(cells[c])) continue;
      out.label_column = static_cast<int>(c);
      out.label = cells[c];
      break;
    }
  }

  // Percentages first: "Share of total" with "4.4%" is a percentage row, not a total.
  std::size_t figures = 0, percentages = 0, pounds = 0;
  for (int column : shape.amount_columns) {
    if (column < 0 || static_cast<std::size_t>(column) >= cells.size() || cells[column].empty())
      continue;
    ++figures;
    if (ends_with(cells[column], "%")) ++percentages;
    if (cells[column].find("\xC2\xA3") != std::string::npos) ++pounds;
  }
  auto percentage_row = [&] {
    return figures > 0 && (percentages == figures || (says_percent(out.label) && pounds == 0));
  };
  if (percentage_row()) {
    out.kind = RowKind::percentage;
    return out;
  }

  out.total = totals.match(out.label);
  // No organisation or service is called "Total": such a cell makes the row a total.
  for (int column : shape.name_columns) {
    if (out.total.kind != TotalKind::none || column < 0 ||
        static_cast<std::size_t>(column) >= cells.size())
      continue;
    if (!totals.is_bare_total(cells[column])) continue;
    out.label_column = column;
    out.label = cells[column];
    if (percentage_row()) {
      out.kind = RowKind::percentage;
      return out;
    }
    out.total = totals.match(out.label);
  }
  if (out.total.kind != TotalKind::none) {
    out.kind = RowKind::total;
    return out;
  }
  if (is_of_which(out.label)) {
    out.kind = RowKind::of_which;
    return out;
  }

  if (figures == 0 && filled == 1 && out.label_column >= 0) {
    out.kind = reads_as_note(out.label) ? RowKind::note : RowKind::heading;
    return out;
  }
  out.kind = RowKind::line;
  return out;
}

}  // namespace fundpress
