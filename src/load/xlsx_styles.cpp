#include "load/xlsx_styles.h"

#include <map>

#include "model/text.h"

namespace fundpress {
namespace {

// A number attribute; `fallback` when absent or not a small whole number.
int small_number(std::string_view text, int fallback) {
  if (text.empty() || text.size() > 9) return fallback;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return fallback;
    value = value * 10 + (c - '0');
  }
  return value;
}

class StylesHandler : public XmlHandler {
 public:
  void start(std::string_view name, const XmlAttributes& a) override {
    if (name == "numFmt") {
      codes[small_number(a.get("numFmtId"), -1)] = format_code_shape(a.get("formatCode"));
    } else if (name == "cellXfs") {
      in_cell_formats = true;
    } else if (name == "xf" && in_cell_formats) {
      format_ids.push_back(small_number(a.get("numFmtId"), 0));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_formats = false;
  }
  void text(std::string_view) override {}

  std::map<int, NumberShape> codes;  // numFmtId -> shape, for the formats the file writes out
  std::vector<int> format_ids;       // numFmtId of each cell format, in order
  bool in_cell_formats = false;      // <xf> also describes cell styles, which cells do not index
};

}  // namespace

NumberShape builtin_format_shape(int id) {
  // ECMA-376 Part 1, 18.8.30; 27 to 36 and 50 to 58 are the East Asian date
  // and time formats.
  if (id == 9 || id == 10) return NumberShape::percent;
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
    return NumberShape::date;
  if (id == 22) return NumberShape::date_time;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47)
    return NumberShape::time;
  if (id == 46) return NumberShape::elapsed_time;
  return NumberShape::plain;
}

NumberShape format_code_shape(std::string_view code) {
  bool date = false, time = false, month_or_minute = false, elapsed = false, percent = false;
  std::string lower = ascii_lower(code);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (c == ';') break;
    if (c == '"') {  // literal text
      i = lower.find('"', i + 1);
      if (i == std::string::npos) break;
    } else if (c == '\\' || c == '_' || c == '*') {  // an escaped, spacing or fill character
      ++i;
    } else if (c == '[') {  // [h] elapsed time; colours, conditions and locales otherwise
      std::size_t close = lower.find(']', i);
      if (close == std::string::npos) break;
      std::string_view inside = std::string_view(lower).substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hms") == std::string_view::npos)
        elapsed = true;
      i = close;
    } else if (lower.compare(i, 7, "general") == 0) {
      i += 6;
    } else if (lower.compare(i, 5, "am/pm") == 0 || lower.compare(i, 3, "a/p") == 0) {
      time = true;
      i += lower.compare(i, 5, "am/pm") == 0 ? 4 : 2;
    } else if (c == 'e' &&
               (i + 1 >= lower.size() || (lower[i + 1] != '+' && lower[i + 1] != '-'))) {
      date = true;  // an era year; "E+" is a scientific exponent
    } else if (c == 'y' || c == 'd') {
      date = true;
    } else if (c == 'h' || c == 's') {
      time = true;
    } else if (c == 'm') {
      month_or_minute = true;
    } else if (c == '%') {
      percent = true;
    }
  }
  if (elapsed) return NumberShape::elapsed_time;
  if (date) return time ? NumberShape::date_time : NumberShape::date;
  if (time) return NumberShape::time;             // "m" beside "h" or "s" is minutes
  if (month_or_minute) return NumberShape::date;  // "mmm": a month
  return percent ? NumberShape::percent : NumberShape::plain;
}

bool read_cell_shapes(const XlsxArchive& archive, const std::string& part, std::uint64_t max_bytes,
                      std::vector<NumberShape>* shapes, std::string* error) {
  StylesHandler styles;
  if (!archive.parse(part, max_bytes, styles, error)) return false;
  shapes->clear();
  shapes->reserve(styles.format_ids.size());
  for (int id : styles.format_ids) {
    auto written = styles.codes.find(id);
    shapes->push_back(written != styles.codes.end() ? written->second : builtin_format_shape(id));
  }
  return true;
}

}  // namespace fundpress
