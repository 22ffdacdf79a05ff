#include "render/fingerprint.h"

#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace fundpress {
namespace {

// The kinds of piece, fed before each so that a string cannot pass for a number.
enum Tag : unsigned char { text_tag = 1, number_tag, null_tag, true_tag, false_tag, integer_tag,
                           unsigned_tag, float_tag, array_tag, object_tag, binary_tag };

}  // namespace

Fingerprint::Fingerprint() : state_(XXH3_createState()) {
  if (!state_ || XXH3_128bits_reset(state_) != XXH_OK) throw std::bad_alloc();
}

Fingerprint::~Fingerprint() { XXH3_freeState(state_); }

void Fingerprint::hash_now(const void* bytes, std::size_t size) const {
  XXH3_128bits_update(state_, bytes, size);
}

void Fingerprint::flush() const {
  hash_now(pending_, used_);
  used_ = 0;
}

void Fingerprint::tagged(unsigned char tag, const void* bytes, std::size_t size) {
  // The kind and a number or length are one piece: the same bytes as two.
  unsigned char piece[1 + sizeof(uint64_t)];
  piece[0] = tag;
  if (size > 0) std::memcpy(piece + 1, bytes, size);
  raw(piece, 1 + size);
}

void Fingerprint::add(std::string_view text) {
  uint64_t size = text.size();
  tagged(text_tag, &size, sizeof size);
  raw(text.data(), text.size());
}

void Fingerprint::add(uint64_t number) { tagged(number_tag, &number, sizeof number); }

void Fingerprint::add_json(const nlohmann::json& value) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::null:
    case Type::discarded:
      tagged(null_tag, nullptr, 0);
      return;
    case Type::boolean:
      tagged(value.get<bool>() ? true_tag : false_tag, nullptr, 0);
      return;
    case Type::number_integer:
      // The same number, signed or not, is written the same way: one kind for both.
      if (int64_t n = value.get<int64_t>(); n < 0) {
        tagged(integer_tag, &n, sizeof n);
        return;
      }
      [[fallthrough]];
    case Type::number_unsigned: {
      uint64_t n = value.get<uint64_t>();
      tagged(unsigned_tag, &n, sizeof n);
      return;
    }
    case Type::number_float: {
      double n = value.get<double>();
      tagged(float_tag, &n, sizeof n);
      return;
    }
    case Type::string:
      add(std::string_view(value.get_ref<const std::string&>()));
      return;
    // Walked in the containers themselves: nlohmann/json's iterators can
    // point into any kind of value, and cost more than the hashing.
    case Type::array: {
      const auto& items = value.get_ref<const nlohmann::json::array_t&>();
      uint64_t size = items.size();
      tagged(array_tag, &size, sizeof size);
      for (const nlohmann::json& item : items) add_json(item);
      return;
    }
    case Type::object: {
      const auto& members = value.get_ref<const nlohmann::json::object_t&>();
      uint64_t size = members.size();
      tagged(object_tag, &size, sizeof size);
      for (const auto& [key, member] : members) {
        add(std::string_view(key));
        add_json(member);
      }
      return;
    }
    case Type::binary: {
      const auto& bytes = value.get_binary();
      uint64_t size = bytes.size();
      tagged(binary_tag, &size, sizeof size);
      raw(bytes.data(), bytes.size());
      return;
    }
  }
}

std::string Fingerprint::hex() const {
  flush();
  XXH128_hash_t hash = XXH3_128bits_digest(state_);
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return text;
}

std::string build_fingerprint(const std::map<std::string, std::string>& theme_files,
                              const std::vector<nlohmann::json>& globals, std::time_t created,
                              const std::string& marking) {
  Fingerprint fingerprint;
  // The program itself: a fundpress built from other code may render the same context otherwise.
  std::FILE* program = std::fopen("/proc/self/exe", "rb");
  if (!program) return "";
  std::vector<char> block(1 << 16);
  uint64_t total = 0;
  for (std::size_t n; (n = std::fread(block.data(), 1, block.size(), program)) > 0; total += n)
    fingerprint.add(std::string_view(block.data(), n));
  bool read = !std::ferror(program) && total > 0;
  std::fclose(program);
  if (!read) return "";
  fingerprint.add(static_cast<uint64_t>(theme_files.size()));
  for (const auto& [path, bytes] : theme_files) {
    fingerprint.add(path);
    fingerprint.add(bytes);
  }
  fingerprint.add(static_cast<uint64_t>(globals.size()));
  for (const nlohmann::json& language : globals) fingerprint.add_json(language);
  fingerprint.add(static_cast<uint64_t>(created));
  fingerprint.add(marking);
  return fingerprint.hex();
}

}  // namespace fundpress
