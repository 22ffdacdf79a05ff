// Fingerprints of what an output is made from, so a rebuild can keep a
// published file without making it again. A page's bytes follow from the
// program, the theme, the interface text, the build's date and the page's
// own context, and from nothing else; a fingerprint of all of them that has
// not changed proves the page has not.
#pragma once

#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <xxhash.h>

namespace fundpress {

/// A 128-bit XXH3 hash fed piece by piece. Every piece is framed by its kind
/// and length, so two different sequences of pieces never feed the same bytes.
class Fingerprint {
 public:
  Fingerprint();
  ~Fingerprint();
  Fingerprint(const Fingerprint&) = delete;
  Fingerprint& operator=(const Fingerprint&) = delete;

  void add(std::string_view text);
  void add(uint64_t number);
  /// The whole JSON value, walked in place (never written out as text).
  void add_json(const nlohmann::json& value);
  /// 32 lowercase hexadecimal digits.
  std::string hex() const;

 private:
  void raw(const void* bytes, std::size_t size) {
    if (used_ + size > sizeof pending_) {
      flush();
      if (size >= sizeof pending_) return hash_now(bytes, size);
    }
    std::memcpy(pending_ + used_, bytes, size);
    used_ += size;
  }
  /// A piece's kind, then its bytes (at most 8: a number or a length).
  void tagged(unsigned char tag, const void* bytes, std::size_t size);
  void hash_now(const void* bytes, std::size_t size) const;
  void flush() const;
  XXH3_state_t* state_;
  // Pieces gathered before they are hashed: a context is many small pieces,
  // and each update call costs more than copying one. A plain buffer with the
  // copy inline, as a page's context is hundreds of thousands of pieces.
  mutable unsigned char pending_[1 << 14];
  mutable std::size_t used_ = 0;
};

/// The fingerprint of everything every output of a build shares: the
/// program's own bytes (so a new fundpress makes every page again), the
/// theme's files, each language's page globals (view/page.h), the build's date and an
/// internal build's marking. "" when the program cannot be read: then
/// nothing is kept by fingerprint.
std::string build_fingerprint(const std::map<std::string, std::string>& theme_files,
                              const std::vector<nlohmann::json>& globals, std::time_t created,
                              const std::string& marking);

}  // namespace fundpress
