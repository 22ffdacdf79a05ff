// Freeing a page's context cheaply.
#pragma once

#include <nlohmann/json.hpp>

namespace fundpress {

/// Frees everything inside `value`, from the leaves up, leaving it an empty
/// array or object (other values are left as they are). nlohmann/json's
/// destructor first moves every descendant of a value into a temporary stack,
/// so that a deep document cannot overflow the call stack; a page's context
/// is tens of thousands of small objects a few levels deep, and that moving
/// cost about as much as freeing them. Below `max_depth` levels the rest is
/// left to nlohmann/json's destructor, so any depth is safe.
void free_json(nlohmann::json& value, int max_depth = 64);

}  // namespace fundpress
