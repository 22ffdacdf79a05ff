// JSON objects and lists built in place, for the small values a page's
// context is made of (a cell, a link, a field).
#pragma once

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace fundpress {

/// Builds an object one member at a time:
///   nlohmann::json link = JsonObject().add("label", label).add("path", path).take();
/// nlohmann's braced form, {{"label", label}, {"path", path}}, makes a
/// two-element array and a key string per member and then copies them into
/// the object; a large site builds millions of members, so the views use this
/// instead. Members given in key order are each placed at the end, without
/// comparing keys; any order gives the same object.
class JsonObject {
 public:
  JsonObject() : object_(nlohmann::json::value_t::object) {}

  /// Adds `key` with `value` (moved in when given an rvalue); a key already
  /// present keeps its first value, as in the braced form.
  template <typename Value>
  JsonObject& add(const char* key, Value&& value) {
    auto& members = object_.get_ref<nlohmann::json::object_t&>();
    members.emplace_hint(members.end(), key, std::forward<Value>(value));
    return *this;
  }

  /// The object built; the builder is left empty.
  nlohmann::json take() { return std::move(object_); }

 private:
  nlohmann::json object_;
};

/// A list of one item, moved in: a field's single value, a text's single run.
inline nlohmann::json json_list_of(nlohmann::json item) {
  nlohmann::json list(nlohmann::json::value_t::array);
  list.get_ref<nlohmann::json::array_t&>().push_back(std::move(item));
  return list;
}

}  // namespace fundpress
