#include "view/lazy_list.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace fundpress {
namespace {

// A handle is a binary value of this subtype holding the list's place in
// its thread's lists and its serial number, which no later list shares: a
// handle kept past its scope finds another list, or none, in its place.
constexpr std::uint8_t handle_subtype = 0x4c;

struct Made {
  std::uint64_t serial;
  std::unique_ptr<LazyList> list;
};

struct ThreadLists {
  std::vector<Made> made;
  std::uint64_t next_serial = 1;
};

ThreadLists& thread_lists() {
  thread_local ThreadLists lists;
  return lists;
}

}  // namespace

nlohmann::json lazy_list(std::unique_ptr<LazyList> list) {
  ThreadLists& lists = thread_lists();
  std::uint64_t handle[2] = {lists.made.size(), lists.next_serial++};
  lists.made.push_back(Made{handle[1], std::move(list)});
  nlohmann::json::binary_t::container_type bytes(sizeof handle);
  std::memcpy(bytes.data(), handle, sizeof handle);
  return nlohmann::json::binary(std::move(bytes), handle_subtype);
}

const LazyList* lazy_list_of(const nlohmann::json& value) {
  if (!value.is_binary()) return nullptr;
  const nlohmann::json::binary_t& bytes = value.get_binary();
  std::uint64_t handle[2];
  if (!bytes.has_subtype() || bytes.subtype() != handle_subtype || bytes.size() != sizeof handle)
    return nullptr;
  std::memcpy(handle, bytes.data(), sizeof handle);
  const std::vector<Made>& made = thread_lists().made;
  if (handle[0] >= made.size() || made[handle[0]].serial != handle[1])
    throw std::logic_error("a context's list was read after it was freed");
  return made[handle[0]].list.get();
}

void expand_lazy_lists(nlohmann::json* value) {
  if (const LazyList* list = lazy_list_of(*value)) {
    nlohmann::json items = nlohmann::json::array();
    for (std::size_t i = 0; i < list->size(); ++i) {
      nlohmann::json item;
      list->fill(i, &item);
      expand_lazy_lists(&item);
      items.push_back(std::move(item));
    }
    *value = std::move(items);
  } else if (value->is_array()) {
    for (nlohmann::json& item : *value) expand_lazy_lists(&item);
  } else if (value->is_object()) {
    for (auto& member : value->items()) expand_lazy_lists(&member.value());
  }
}

LazyListScope::LazyListScope() : first_(thread_lists().made.size()) {}

LazyListScope::~LazyListScope() {
  std::vector<Made>& made = thread_lists().made;
  if (made.size() > first_)
    made.erase(made.begin() + static_cast<std::ptrdiff_t>(first_), made.end());
}

}  // namespace fundpress
