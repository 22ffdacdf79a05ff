#include "check/json_fields.h"

#include <algorithm>

namespace fundpress {
namespace {

using nlohmann::json;

// Levenshtein distance, to suggest the key a typo meant.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

const json* JsonFields::at(const std::string& pointer) const {
  json::json_pointer p(pointer);
  return document_.value.contains(p) ? &document_.value.at(p) : nullptr;
}

void JsonFields::error(const std::string& pointer, const std::string& message) {
  diagnostics_.error(document_.position_of(pointer), message, category_);
}

void JsonFields::only_keys(const std::string& pointer, std::initializer_list<const char*> known) {
  const json* object = at(pointer);
  if (!object || !object->is_object()) return;
  for (const auto& item : object->items()) {
    // fundpress.json has no comment syntax of its own: a key starting "//" is a comment.
    if (item.key().rfind("//", 0) == 0) continue;
    if (std::find_if(known.begin(), known.end(), [&](const char* k) { return item.key() == k; }) !=
        known.end())
      continue;
    std::string message = "unknown key \"" + item.key() + "\" is ignored";
    std::string best;
    std::size_t best_distance = 3;
    for (const char* k : known) {
      std::size_t d = edit_distance(item.key(), k);
      if (d < best_distance) best_distance = d, best = k;
    }
    if (!best.empty()) message += "; did you mean \"" + best + "\"?";
    diagnostics_.warning(document_.key_position_of(pointer_append(pointer, item.key())), message,
                         category_);
  }
}

bool JsonFields::is_object(const std::string& pointer, bool required) {
  const json* value = at(pointer);
  if (!value) {
    if (required)
      error(pointer.substr(0, pointer.rfind('/')), "\"" + name(pointer) + "\" is required");
    return false;
  }
  if (!value->is_object()) {
    error(pointer, "\"" + name(pointer) + "\" must be an object");
    return false;
  }
  return true;
}

bool JsonFields::is_array(const std::string& pointer) {
  const json* value = at(pointer);
  if (!value) return false;
  if (!value->is_array()) {
    error(pointer, "\"" + name(pointer) + "\" must be a list");
    return false;
  }
  return true;
}

std::string JsonFields::text(const std::string& pointer, bool required) {
  const json* value = at(pointer);
  if (!value) {
    if (required)
      error(pointer.substr(0, pointer.rfind('/')), "\"" + name(pointer) + "\" is required");
    return "";
  }
  if (!value->is_string()) {
    error(pointer, "\"" + name(pointer) + "\" must be text in double quotes");
    return "";
  }
  return value->get<std::string>();
}

std::vector<std::string> JsonFields::texts(const std::string& pointer) {
  const json* value = at(pointer);
  std::vector<std::string> out;
  if (!value) return out;
  if (value->is_string()) return {value->get<std::string>()};
  if (value->is_array()) {
    for (std::size_t i = 0; i < value->size(); ++i) {
      if ((*value)[i].is_string()) out.push_back((*value)[i].get<std::string>());
      else error(pointer_append(pointer, std::to_string(i)), "must be text in double quotes");
    }
    return out;
  }
  error(pointer, "\"" + name(pointer) + "\" must be text or a list of texts");
  return out;
}

bool JsonFields::integer(const std::string& pointer, int64_t low, int64_t high, int64_t* out) {
  const json* value = at(pointer);
  if (!value) return false;
  if (!value->is_number_integer() || value->get<int64_t>() < low || value->get<int64_t>() > high) {
    error(pointer, "\"" + name(pointer) + "\" must be a whole number from " + std::to_string(low) +
                       " to " + std::to_string(high));
    return false;
  }
  *out = value->get<int64_t>();
  return true;
}

}  // namespace fundpress
