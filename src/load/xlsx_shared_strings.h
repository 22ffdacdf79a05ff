// The shared-strings table, where a workbook keeps the text of its cells
// once each: the one part read whole, so its size is capped. Rich text (runs
// of differing fonts) reads as its plain text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/xlsx_archive.h"

namespace fundpress {

/// Excel's limit on the characters in one cell.
constexpr std::size_t xlsx_cell_characters = 32767;

/// Collects the text of a rich string (<si> or <is>): its <t> elements,
/// directly or in runs (<r>), without phonetic guides (<rPh>), escapes
/// decoded. Feed it the events inside the string.
class RichText {
 public:
  void clear();
  void start(std::string_view name);
  void end(std::string_view name);
  void text(std::string_view text);
  /// The text; false with *error when it is longer than a cell can hold.
  bool value(std::string* text, std::string* error) const;

 private:
  std::string text_;
  bool in_text_ = false;
  int phonetic_depth_ = 0;
  bool too_long_ = false;
};

class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view operator[](std::size_t index) const;
  /// Adds a string. False when the table would hold more than `max_bytes`
  /// (its text and 8 bytes for each string).
  bool add(std::string_view text, std::uint64_t max_bytes);

 private:
  std::string text_;                 // every string, end to end
  std::vector<std::uint64_t> ends_;  // where each ends in text_
};

/// Reads the shared strings (`part`, at most `max_part_bytes` of XML) into
/// `strings`, refusing a table of more than `max_table_bytes`.
bool read_shared_strings(const XlsxArchive& archive, const std::string& part,
                         std::uint64_t max_part_bytes, std::uint64_t max_table_bytes,
                         SharedStrings* strings, std::string* error);

}  // namespace fundpress
