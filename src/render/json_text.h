// JSON text written piece by piece, for downloads too large to build as one
// nlohmann::json, or to hold whole. Strings are escaped as nlohmann/json escapes them, and
// invalid UTF-8 is refused as it refuses it; numbers are written exactly as given, so an amount
// never passes through a double.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/output_stream.h"

namespace fundpress {

/// Compact JSON for one value (an object, usually), with commas placed for you.
class JsonText {
 public:
  explicit JsonText(std::string* out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(const std::string& name);
  void string(const std::string& value);
  /// An exact decimal written by the view, such as "8683.75".
  void number(const std::string& digits);
  void integer(int64_t value);
  void null();

 private:
  void before_value();

  std::string* out_;
  std::vector<bool> has_member_;  // per open object or array: a value written already
  bool after_key_ = false;
};

/// A JSON object whose last member is a long list, one item a line:
///   {
///     "title": "...",
///     "grants": [
///       {...},
///       {...}
///     ]
///   }
/// written into an OutputStream an item at a time, so it never holds more
/// than one item.
class JsonListDocument {
 public:
  /// A document to be written into `out`; `head` holds the members before the list.
  JsonListDocument(const nlohmann::ordered_json& head, const std::string& list_key,
                   OutputStream* out);
  /// Appends one item, written by `write` into a JsonText. False, with
  /// `error`, when the stream refuses it.
  template <typename Write>
  bool add(Write write, std::string* error) {
    piece_ += items_ ? ",\n    " : "\n    ";
    ++items_;
    JsonText text(&piece_);
    write(text);
    return flush(error);
  }
  /// Ends the document, with a newline.
  bool finish(std::string* error);

 private:
  bool flush(std::string* error);

  OutputStream* out_;
  std::string piece_;  // written, not yet handed to out_
  std::size_t items_ = 0;
};

}  // namespace fundpress
