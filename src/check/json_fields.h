// Typed access to the fields of a JSON settings file (fundpress.json, the
// workbook layout), reporting every problem at its line and column.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "load/diagnostics.h"
#include "load/json_reader.h"

namespace fundpress {

class JsonFields {
 public:
  /// `category` tags the diagnostics: "config", "layout".
  JsonFields(const JsonDocument& document, Diagnostics& diagnostics,
             std::string category = "config")
      : document_(document), diagnostics_(diagnostics), category_(std::move(category)) {}

  /// The value at a JSON pointer, or nullptr.
  const nlohmann::json* at(const std::string& pointer) const;

  void error(const std::string& pointer, const std::string& message);
  /// Where the value at `pointer` is, for a check made later against the data.
  Position position(const std::string& pointer) const { return document_.position_of(pointer); }

  /// Warns about keys that are not in `known`, suggesting the nearest. A key
  /// starting with "//" is a comment, and is passed over.
  void only_keys(const std::string& pointer, std::initializer_list<const char*> known);

  /// Checks the value is an object (and, if `required`, that it exists).
  bool is_object(const std::string& pointer, bool required);
  /// Checks the value, if present, is a list.
  bool is_array(const std::string& pointer);
  /// A string; "" when absent or not a string (reported).
  std::string text(const std::string& pointer, bool required = false);
  /// A string or a list of strings.
  std::vector<std::string> texts(const std::string& pointer);
  /// A whole number in [low, high]; false when absent or out of range (reported).
  bool integer(const std::string& pointer, int64_t low, int64_t high, int64_t* out);

  /// The last token of a pointer: "/sections/0/name" -> "name".
  static std::string name(const std::string& pointer) {
    return pointer.substr(pointer.rfind('/') + 1);
  }

 private:
  const JsonDocument& document_;
  Diagnostics& diagnostics_;
  std::string category_;
};

}  // namespace fundpress
