// JSON through nlohmann/json, keeping the line and column of every value so
// that later stages can point at the exact place a problem comes from.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "load/diagnostics.h"

namespace fundpress {

/// A parsed JSON file. Positions are keyed by JSON pointer ("/awards/3/amount").
struct JsonDocument {
  std::string file;
  nlohmann::json value;

  /// Where the value at `pointer` starts; falls back to its nearest ancestor.
  Position position_of(const std::string& pointer) const;
  /// Where the key naming the value at `pointer` starts (the value if no key).
  Position key_position_of(const std::string& pointer) const;

  std::unordered_map<std::string, std::pair<int, int>> value_positions;
  std::unordered_map<std::string, std::pair<int, int>> key_positions;
  /// Pointers of whole numbers too large for 64 bits (held as floats).
  std::unordered_set<std::string> oversized_integers;
};

/// How deep objects and arrays may nest; deeper is an error at its place.
constexpr std::size_t max_json_depth = 256;

/// Appends one reference token to a JSON pointer, escaping "~" and "/".
std::string pointer_append(const std::string& pointer, std::string_view token);

/// Parses `bytes`, the contents of `file`. Syntax errors, duplicate keys and
/// invalid UTF-8 are reported with their position; returns false on any.
bool read_json(std::string_view bytes, const std::string& file, JsonDocument* document,
               Diagnostics& diagnostics);

}  // namespace fundpress
