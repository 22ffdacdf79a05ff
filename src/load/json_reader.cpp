#include "load/json_reader.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

#include "load/utf8.h"

namespace fundpress {
namespace {

// nlohmann/json's SAX interface reports no positions, but it reads its input
// through an iterator one byte at a time. This iterator publishes how far the
// parser has read, so each SAX event knows the offset just past its token.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* at, const char** report) : at_(at), report_(report) {}
  reference operator*() const { return *at_; }
  TrackingIterator& operator++() {
    ++at_;
    *report_ = at_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** report_;
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }
  // 1-based line and column (in characters) of a byte offset. Offsets asked
  // for in increasing order on one line are counted on from the last one, so
  // a register written on a single line is read in linear time.
  std::pair<int, int> at(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line_start = *(it - 1);
    std::size_t from = line_start, column = 1;
    if (last_line_start_ == line_start && last_offset_ <= offset) {
      from = last_offset_;
      column = last_column_;
    }
    column += count_code_points(text_.substr(from, offset - from));
    last_line_start_ = line_start;
    last_offset_ = offset;
    last_column_ = column;
    return {static_cast<int>(it - starts_.begin()), static_cast<int>(column)};
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
  mutable std::size_t last_line_start_ = static_cast<std::size_t>(-1), last_offset_ = 0,
                      last_column_ = 1;
};

// Builds the DOM (as nlohmann's own DOM parser does) and records positions.
class PositionedBuilder {
 public:
  using json = nlohmann::json;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  PositionedBuilder(std::string_view text, const char** cursor, JsonDocument* document,
                    Diagnostics* diagnostics)
      : text_(text),
        cursor_(cursor),
        lines_(text),
        document_(document),
        diagnostics_(diagnostics) {}

  bool null() { return add(json(nullptr)); }
  bool boolean(bool value) { return add(json(value)); }
  bool number_integer(number_integer_t value) { return add(json(value)); }
  bool number_unsigned(number_unsigned_t value) { return add(json(value)); }
  bool number_float(number_float_t value, const string_t& raw) {
    if (!add(json(value))) return false;
    // nlohmann reads a whole number past 64 bits as a float: remember it was whole.
    if (raw.find_first_of(".eE") == string_t::npos)
      document_->oversized_integers.insert(last_pointer_);
    return true;
  }
  bool string(string_t& value) {
    std::size_t bad = find_disallowed_character(value);
    if (bad != std::string::npos) {
      auto [line, column] = lines_.at(token_start());
      diagnostics_->error(Position{document_->file, line, column},
                          disallowed_character_message(value, bad), "encoding");
    }
    return add(json(std::move(value)));
  }
  bool binary(binary_t&) { return add(json(nullptr)); }

  bool start_object(std::size_t) { return open(json::object()); }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { return close(); }

  bool key(string_t& name) {
    std::size_t start = token_start();
    last_end_ = static_cast<std::size_t>(*cursor_ - text_.data());
    Open& object = open_.back();
    object.key = name;
    std::string pointer = pointer_append(object.pointer, name);
    document_->key_positions[pointer] = lines_.at(start);
    if (!object.keys_seen.insert(name).second) {
      auto [line, column] = lines_.at(start);
      diagnostics_->error(Position{document_->file, line, column},
                          "duplicate key \"" + name + "\" in the same object", "json");
    }
    return true;
  }

  bool parse_error(std::size_t offset, const std::string&, const nlohmann::detail::exception& e) {
    std::size_t at = offset > 0 ? offset - 1 : 0;
    auto [line, column] = lines_.at(std::min(at, text_.size()));
    std::string message = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    std::size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    diagnostics_->error(Position{document_->file, line, column}, message, "json");
    return false;
  }

 private:
  struct Open {
    std::string pointer;
    std::string key;
    std::set<std::string> keys_seen;
    std::size_t next_index = 0;
  };

  std::size_t token_start() const {
    std::size_t at = last_end_;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' ||
                                 text_[at] == '\r' || text_[at] == ',' || text_[at] == ':'))
      ++at;
    return at;
  }

  std::string current_pointer() const { return last_pointer_; }

  // Every value keeps its JSON pointer, as long as its depth: a limit on the
  // depth keeps a hostile file of a few kilobytes from taking gigabytes.
  bool open(json container) {
    if (open_.size() >= max_json_depth) {
      auto [line, column] = lines_.at(token_start());
      diagnostics_->error(Position{document_->file, line, column},
                          "values are nested more than " + std::to_string(max_json_depth) +
                              " levels deep here; a register or a fundpress.json needs a few",
                          "json");
      return false;
    }
    if (!add(std::move(container))) return false;
    open_.push_back(Open{current_pointer(), {}, {}, 0});
    return true;
  }

  bool add(json value) {
    std::size_t start = token_start();
    last_end_ = static_cast<std::size_t>(*cursor_ - text_.data());
    std::string pointer;
    if (open_.empty()) {
      document_->value = std::move(value);
      stack_.push_back(&document_->value);
    } else {
      Open& parent = open_.back();
      json* container = stack_.back();
      if (container->is_object()) {
        pointer = pointer_append(parent.pointer, parent.key);
        json& slot = (*container)[parent.key];
        slot = std::move(value);
        stack_.push_back(&slot);
      } else {
        pointer = pointer_append(parent.pointer, std::to_string(parent.next_index++));
        container->push_back(std::move(value));
        stack_.push_back(&container->back());
      }
    }
    document_->value_positions[pointer] = lines_.at(start);
    last_pointer_ = pointer;
    json* added = stack_.back();
    if (!added->is_object() && !added->is_array()) stack_.pop_back();
    return true;
  }

  bool close() {
    last_end_ = static_cast<std::size_t>(*cursor_ - text_.data());
    open_.pop_back();
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const char** cursor_;
  LineIndex lines_;
  JsonDocument* document_;
  Diagnostics* diagnostics_;
  std::vector<Open> open_;
  std::vector<json*> stack_;
  std::string last_pointer_;
  std::size_t last_end_ = 0;
};

}  // namespace

std::string pointer_append(const std::string& pointer, std::string_view token) {
  std::string result = pointer + '/';
  for (char c : token) {
    if (c == '~') result += "~0";
    else if (c == '/') result += "~1";
    else result += c;
  }
  return result;
}

Position JsonDocument::position_of(const std::string& pointer) const {
  std::string at = pointer;
  while (true) {
    auto found = value_positions.find(at);
    if (found != value_positions.end())
      return Position{file, found->second.first, found->second.second};
    if (at.empty()) return Position{file, 0, 0};
    at = at.substr(0, at.rfind('/'));
  }
}

Position JsonDocument::key_position_of(const std::string& pointer) const {
  auto found = key_positions.find(pointer);
  if (found != key_positions.end())
    return Position{file, found->second.first, found->second.second};
  return position_of(pointer);
}

bool read_json(std::string_view bytes, const std::string& file, JsonDocument* document,
               Diagnostics& diagnostics) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  document->file = file;
  std::size_t bad = find_invalid_utf8(bytes);
  if (bad != std::string_view::npos) {
    auto [line, column] = LineIndex(bytes).at(bad);
    diagnostics.error(Position{file, line, column},
                      utf8_advice(static_cast<unsigned char>(bytes[bad])), "encoding");
    return false;
  }
  // JSON escapes (\u0007) can still produce control characters; the strings
  // are checked as they are read, in PositionedBuilder::string.
  std::size_t errors_before = diagnostics.error_count();
  const char* cursor = bytes.data();
  PositionedBuilder builder(bytes, &cursor, document, &diagnostics);
  TrackingIterator first(bytes.data(), &cursor);
  TrackingIterator last(bytes.data() + bytes.size(), &cursor);
  bool parsed = nlohmann::json::sax_parse(first, last, &builder);
  return parsed && diagnostics.error_count() == errors_before;
}

}  // namespace fundpress
