#include "load/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

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

// Parses `bytes` (its byte-order mark removed) on the calling thread.
bool parse(std::string_view bytes, const std::string& file, const CsvOptions& options,
           const std::function<void(Row&)>& on_row, Diagnostics& diagnostics) {
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

// A batch of rows passed from the parsing thread to the caller's, with the
// messages the parser made before each of its rows.
struct Batch {
  std::vector<Row> rows;  // rows[0, count) are this batch's; the rest keep their storage
  std::size_t count = 0;
  std::vector<std::pair<std::size_t, Diagnostic>> notes;  // the row each comes before
};

// The batches between the two threads: a few, reused, so that the parser
// never runs far ahead and a row's storage is allocated once.
class Handoff {
 public:
  explicit Handoff(std::size_t batches) {
    for (std::size_t i = 0; i < batches; ++i) {
      all_.push_back(std::make_unique<Batch>());
      free_.push_back(all_.back().get());
    }
  }
  // Parser: an empty batch to fill; null once the caller has stopped.
  Batch* take_free() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || !free_.empty(); });
    if (cancelled_) return nullptr;
    Batch* batch = free_.front();
    free_.pop_front();
    return batch;
  }
  void pass(Batch* batch) { push(&full_, batch); }
  void finish() {
    std::lock_guard<std::mutex> lock(mutex_);
    finished_ = true;
    changed_.notify_all();
  }
  // Caller: the next filled batch; null once the parser has finished.
  Batch* take_full() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return finished_ || !full_.empty(); });
    if (full_.empty()) return nullptr;
    Batch* batch = full_.front();
    full_.pop_front();
    return batch;
  }
  void give_back(Batch* batch) {
    batch->count = 0;
    batch->notes.clear();
    push(&free_, batch);
  }
  void cancel() {
    std::lock_guard<std::mutex> lock(mutex_);
    cancelled_ = true;
    changed_.notify_all();
  }

 private:
  void push(std::deque<Batch*>* queue, Batch* batch) {
    std::lock_guard<std::mutex> lock(mutex_);
    queue->push_back(batch);
    changed_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::unique_ptr<Batch>> all_;
  std::deque<Batch*> free_, full_;
  bool finished_ = false, cancelled_ = false;
};

constexpr std::size_t batch_rows = 128;

// Parses on a thread of its own while this one takes the rows: a large
// register's parse and its checks each take about half of `check`. Rows and
// messages reach `on_row` and `diagnostics` on this thread, in the order
// parse() alone would give them.
bool parse_beside(std::string_view bytes, const std::string& file, const CsvOptions& options,
                  const std::function<void(Row&)>& on_row, Diagnostics& diagnostics) {
  Handoff handoff(4);
  bool complete = false;
  std::exception_ptr parser_failed;
  auto parse_and_pass = [&] {
    try {
      Diagnostics found;  // this thread's; each message is passed on with the next row
      std::size_t passed_on = 0;
      Batch* batch = handoff.take_free();
      auto note_found = [&] {
        for (; passed_on < found.all().size(); ++passed_on)
          batch->notes.emplace_back(batch->count, found.all()[passed_on]);
      };
      std::function<void(Row&)> keep = [&](Row& row) {
        if (!batch) return;  // the caller has stopped
        note_found();
        if (batch->count == batch->rows.size()) batch->rows.emplace_back();
        // The parser's row takes the batch's old one, and with it its storage.
        std::swap(batch->rows[batch->count++], row);
        if (batch->count == batch_rows) {
          handoff.pass(batch);
          batch = handoff.take_free();
        }
      };
      complete = parse(bytes, file, options, keep, found);
      if (batch) {
        note_found();
        handoff.pass(batch);
      }
    } catch (...) {
      parser_failed = std::current_exception();
    }
    handoff.finish();
  };
  std::thread parser;
  try {
    parser = std::thread(parse_and_pass);
  } catch (const std::system_error&) {
    // No thread to be had (a process limit): the same reading, on this one.
    return parse(bytes, file, options, on_row, diagnostics);
  }
  try {
    while (Batch* batch = handoff.take_full()) {
      std::size_t note = 0;
      for (std::size_t r = 0; r <= batch->count; ++r) {
        for (; note < batch->notes.size() && batch->notes[note].first == r; ++note) {
          Diagnostic& d = batch->notes[note].second;
          if (d.severity == Severity::error)
            diagnostics.error(std::move(d.where), std::move(d.message), std::move(d.category));
          else diagnostics.warning(std::move(d.where), std::move(d.message), std::move(d.category));
        }
        if (r < batch->count) on_row(batch->rows[r]);
      }
      handoff.give_back(batch);
    }
  } catch (...) {
    handoff.cancel();
    parser.join();
    throw;
  }
  parser.join();
  if (parser_failed) std::rethrow_exception(parser_failed);
  return complete;
}

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
  if (bytes.size() >= options.parse_beside_from)
    return parse_beside(bytes, file, options, on_row, diagnostics);
  return parse(bytes, file, options, on_row, diagnostics);
}

}  // namespace fundpress
