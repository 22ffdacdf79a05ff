#include "render/free_json.h"

namespace fundpress {

void free_json(nlohmann::json& value, int max_depth) {
  if (max_depth <= 0) return;
  // Each child is emptied first, so clearing this one destroys only leaves
  // and empty containers, which nlohmann/json frees without its stack.
  if (value.is_array()) {
    auto& items = value.get_ref<nlohmann::json::array_t&>();
    for (nlohmann::json& item : items) free_json(item, max_depth - 1);
    items.clear();
  } else if (value.is_object()) {
    auto& members = value.get_ref<nlohmann::json::object_t&>();
    for (auto& member : members) free_json(member.second, max_depth - 1);
    members.clear();
  }
}

}  // namespace fundpress
