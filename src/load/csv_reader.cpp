#include "load/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <string>

#include "load/utf8.h"

namespace fundpress {
namespace {

// libcsv reports fields but not where they were. The parse is strict, so a
// field's raw length follows from its text: unquoted fields are their text;
// quoted fields add the two quotes and one per doubled quote inside. Walking a
// cursor over the raw bytes with that rule yields every field's line.
class PositionTracker {
 public:
  PositionTracker(std::string_view raw, char delimiter) : raw_(raw), delimiter_(delimiter) {}

  // Called at the start of a field; returns the line it starts on.
  int begin_field(bool first_in_row) {
    if (first_in_row) {
      while (cursor_ < raw_.size() && (raw_[cursor_] == '\r' || raw_[cursor_] == '\n')) step();
    }
    return line_;
  }

  bool at_quote() const { return cursor_ < raw_.size() && raw_[cursor_] == '"'; }

  // `no_breaks`: the text holds no line break, so neither do its raw bytes
  // (the text and quotes): the cursor jumps over them without counting lines.
  void skip_field(std::string_view text, bool no_breaks) {
    std::size_t length = text.size();
    if (at_quote()) length += 2 + std::count(text.begin(), text.end(), '"');
    std::size_t end = std::min(raw_.size(), cursor_ + length);
    if (no_breaks) cursor_ = end;
    while (cursor_ < end) step();
    if (cursor_ < raw_.size() && raw_[cursor_] == delimiter_) step();
  }

  void end_row() {
    if (cursor_ < raw_.size() && raw_[cursor_] == '\r') step();
    if (cursor_ < raw_.size() && raw_[cursor_] == '\n') step();
  }

  // Moves to an absolute offset at or after the cursor (for error positions).
  int line_at(std::size_t offset) {
    while (cursor_ < offset && cursor_ < raw_.size()) step();
    return line_;
  }

 private:
  void step() {
    char c = raw_[cursor_];
    if (c == '\n' || (c == '\r' && (cursor_ + 1 >= raw_.size() || raw_[cursor_ + 1] != '\n')))
      ++line_;
    ++cursor_;
  }

  std::string_view raw_;
  char delimiter_;
  std::size_t cursor_ = 0;
  int line_ = 1;
};

struct ReadState {
  const std::string* file;
  Diagnostics* diagnostics;
  const std::function<void(Row&)>* on_row;
  PositionTracker tracker;
  // The row's cells are reused from row to row, so a field's text is copied
  // into a string that already has room: no allocation per field.
  Row row;
  std::size_t fields = 0;  // fields of the row read so far
  bool row_begun = false;
  std::size_t width = 0;  // fields in the header; 0 until it is read
  bool header_seen = false;
  bool keep_blank_rows = false;
  int encoding_errors = 0;

  Position at(int line, std::size_t column) const {
    return Position{*file, line, static_cast<int>(column)};
  }
};

// Printable ASCII is valid UTF-8 and no control character: most fields are
// settled by this one pass rather than the two checks.
bool printable_ascii(std::string_view text) {
  for (char c : text)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

bool is_blank(const Row& row) {
  for (const Cell& cell : row.cells)
    if (!is_blank_field(cell.text)) return false;
  return true;
}

void on_field(void* data, std::size_t length, void* context) {
  auto* state = static_cast<ReadState*>(context);
  std::string_view text(static_cast<const char*>(data), data ? length : 0);
  int line = state->tracker.begin_field(!state->row_begun);
  if (!state->row_begun) {
    state->row_begun = true;
    state->row.line = line;
    state->fields = 0;
  }
  bool printable = printable_ascii(text);  // so no line break either
  state->tracker.skip_field(text, printable);
  std::size_t bad = std::string_view::npos;
  bool invalid = false;
  if (!printable) {
    bad = find_invalid_utf8(text);
    invalid = bad != std::string_view::npos;
    if (!invalid) bad = find_disallowed_character(text);
  }
  if (bad != std::string_view::npos && state->encoding_errors++ == 0) {
    int bad_line = line + static_cast<int>(std::count(text.begin(), text.begin() + bad, '\n'));
    state->diagnostics->error(state->at(bad_line, state->fields + 1),
                              invalid ? utf8_advice(static_cast<unsigned char>(text[bad]))
                                      : disallowed_character_message(text, bad),
                              "encoding");
  }
  std::vector<Cell>& cells = state->row.cells;
  if (state->fields == cells.size()) cells.emplace_back();
  Cell& cell = cells[state->fields++];
  cell.text.assign(text.data(), text.size());
  cell.line = line;
  cell.column = static_cast<int>(state->fields);
}

void on_row_end(int, void* context) {
  auto* state = static_cast<ReadState*>(context);
  state->tracker.end_row();
  state->row_begun = false;
  Row& row = state->row;
  row.cells.resize(state->fields);
  if (!state->header_seen) {
    state->header_seen = true;
    state->width = row.cells.size();
    (*state->on_row)(row);
    return;
  }
  if (is_blank(row)) {
    // A printed table's spacer: kept, at the header's width, when asked for.
    if (!state->keep_blank_rows) return;
    int line = row.cells.empty() ? row.line : row.cells.front().line;
    while (row.cells.size() < state->width)
      row.cells.push_back(Cell{"", line, static_cast<int>(row.cells.size()) + 1});
    row.cells.resize(state->width);
    (*state->on_row)(row);
    return;
  }
  if (row.cells.size() != state->width) {
    std::size_t count = row.cells.size();
    std::size_t column = std::min(count, state->width) + 1;
    int line = count > state->width ? row.cells[state->width].line : row.cells.back().line;
    state->diagnostics->error(state->at(line, column),
                              "row has " + std::to_string(count) +
                                  (count == 1 ? " field" : " fields") + " but the header has " +
                                  std::to_string(state->width) +
                                  "; a field containing a comma must be in double quotes",
                              "csv");
    return;
  }
  (*state->on_row)(row);
}

int never_space(unsigned char) { return 0; }

}  // namespace

bool is_blank_field(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

bool read_csv(std::string_view bytes, const std::string& file, const CsvOptions& options,
              const std::function<void(Row&)>& on_row, Diagnostics& diagnostics) {
  // UTF-32's byte-order marks begin like UTF-16's little-endian one: test them first.
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    diagnostics.error(Position{file, 1, 1},
                      "the file is UTF-32; save it as UTF-8 (in Excel: \"CSV UTF-8\")", "encoding");
    return false;
  }
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    diagnostics.error(Position{file, 1, 1},
                      "the file is UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\")", "encoding");
    return false;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    diagnostics.error(Position{file, 0, 0}, "out of memory starting the CSV parser", "csv");
    return false;
  }
  // RFC 4180: spaces are part of a field. The check stage trims where it should.
  csv_set_space_func(&parser, never_space);
  csv_set_delim(&parser, static_cast<unsigned char>(options.delimiter));

  ReadState state{&file, &diagnostics, &on_row, PositionTracker(bytes, options.delimiter), {}};
  state.keep_blank_rows = options.keep_blank_rows;
  std::size_t parsed = csv_parse(&parser, bytes.data(), bytes.size(), on_field, on_row_end, &state);
  bool complete = true;
  if (parsed != bytes.size()) {
    std::size_t column = state.row_begun ? state.fields + 1 : 1;
    bool in_quoted_field = state.tracker.at_quote();
    int field_line = state.tracker.begin_field(!state.row_begun);
    int line = state.tracker.line_at(parsed);
    if (in_quoted_field && line > field_line) {
      // A quote left open swallows the line breaks after it until some later
      // quote closes it; the mistake is where the field opened.
      diagnostics.error(state.at(field_line, column),
                        "quoted field opened here runs on to line " + std::to_string(line) +
                            ", where its closing quote is followed by more text; is a closing "
                            "quote missing on line " +
                            std::to_string(field_line) + "?",
                        "csv");
    } else {
      diagnostics.error(state.at(line, column),
                        in_quoted_field
                            ? "unexpected character after a closing quote; a quote inside a "
                              "quoted field must be doubled (\"\")"
                            : "quote inside an unquoted field; put the whole field in double "
                              "quotes and double the quote inside it (\"\")",
                        "csv");
    }
    complete = false;
  } else if (csv_fini(&parser, on_field, on_row_end, &state) != 0) {
    std::size_t column = state.row_begun ? state.fields + 1 : 1;
    int line = state.tracker.begin_field(!state.row_begun);
    diagnostics.error(state.at(line, column),
                      "quoted field is never closed: the quote that opens here has no "
                      "closing quote, so the rest of the file would be one field",
                      "csv");
    complete = false;
  }
  if (state.encoding_errors > 1) {
    diagnostics.error(Position{file, 0, 0},
                      std::to_string(state.encoding_errors - 1) +
                          " more fields are not valid UTF-8 or hold control characters (only the "
                          "first is shown)",
                      "encoding");
  }
  if (!state.header_seen && complete) {
    diagnostics.error(Position{file, 1, 1}, "the file is empty; it needs a header row", "csv");
    complete = false;
  }
  csv_free(&parser);
  return complete;
}

}  // namespace fundpress
