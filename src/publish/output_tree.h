// The published folder. Everything is written into a staging folder beside the
// target; the target is replaced only when the whole build succeeded, in one
// rename, so readers never see half a site and a failed build loses nothing.
// Whatever the previous build did not publish (a CNAME, a .git folder, a
// user's file) is carried into the new site, never deleted; a file whose bytes
// have not changed keeps its modification time.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "publish/previous_site.h"
#include "publish/spare_site.h"
#include "render/output_stream.h"

namespace fundpress {

/// A fingerprint as the manifest lists it, held in place: a string each was
/// a block on the heap for every file, some 50 MB at a million files. Holds
/// up to 32 characters (render/fingerprint.h makes 32 hexadecimal digits);
/// longer text is not held, so its file is made again next time, not kept.
class ManifestFingerprint {
 public:
  ManifestFingerprint() = default;
  explicit ManifestFingerprint(std::string_view text) {
    if (text.size() > digits_.size()) return;
    std::copy(text.begin(), text.end(), digits_.begin());
    size_ = static_cast<uint8_t>(text.size());
  }
  bool empty() const { return size_ == 0; }
  std::string_view text() const { return std::string_view(digits_.data(), size_); }

 private:
  std::array<char, 32> digits_{};
  uint8_t size_ = 0;
};

/// A file written so far: its path inside the site, size and CRC-32, and the
/// fingerprint of what it was made from (empty for a file made otherwise).
struct ManifestEntry {
  std::string path;
  uint64_t size = 0;
  uint32_t crc32 = 0;
  ManifestFingerprint fingerprint = {};
};

/// The name of the manifest every published folder carries. Its presence is
/// also how fundpress knows a folder is its own to replace.
extern const char* const manifest_name;

/// True when `path` is relative, '/'-separated, and every segment is made of
/// letters, digits, '.', '-' and '_' and does not start with '.': a path that
/// cannot leave the folder it is joined to.
bool is_safe_relative_path(const std::string& path);

class OutputTree {
 public:
  OutputTree() = default;
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;
  ~OutputTree();  // abandons the staging folder unless committed

  /// Creates a staging folder beside `target`, first removing the staging
  /// folders that killed builds left there. Refuses a `target` that exists and
  /// is not a folder fundpress published (it has no manifest), so a wrong
  /// --out can never replace someone's files.
  bool open(const std::string& target, std::string* error);

  /// Writes `bytes` at `path` inside the staging folder, made from what
  /// `fingerprint` states (render/fingerprint.h; "" when unknown). Safe from
  /// several threads.
  bool write(const std::string& path, std::string_view bytes, std::string* error,
             const std::string& fingerprint = "");

  /// Keeps the previous site's file at `path`, as write() keeps an unchanged
  /// one, without its bytes: when the previous manifest lists it with the
  /// same non-empty `fingerprint`, and the file is still the size and CRC-32
  /// it lists (a file edited since is made again). Safe from several threads.
  bool keep(const std::string& path, const std::string& fingerprint);

  /// Writes the file at `path` in pieces, as `write_to` hands them to the
  /// stream it is given: buffered (StagedFile::buffer_size), its size and
  /// CRC-32 counted on the way, so a file of any size costs a buffer of
  /// memory. When the previous site holds the same bytes at `path`, the new
  /// file is replaced by a hard link to the old one, which keeps its
  /// modification time, as write() does. When `write_to` or a write fails,
  /// or the tree is abandoned meanwhile (every write then fails), the partial
  /// file is removed and nothing is recorded. Safe from several threads.
  /// Made from what `fingerprint` states, as write()'s.
  bool write_stream(const std::string& path, const StreamWriter& write_to, std::string* error,
                    const std::string& fingerprint = "");

  /// For a library that must write a file itself (libxlsxwriter): creates the
  /// folders for `path` and calls `write_at` with where to write it, made
  /// from what `fingerprint` states, as write()'s.
  bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error, const std::string& fingerprint = "");

  /// Carries every entry of the previous site that it did not publish into
  /// the new one, writes the manifest (listing them as kept), and puts the
  /// staging folder in place of the target. Fails, naming it, when a published
  /// file would overwrite a file fundpress did not write. Safe against abandon()
  /// from another thread.
  bool commit(std::string* error);

  /// Deletes the staging folder; the target is untouched. Safe from another
  /// thread (a signal's), before or during commit. False when the commit had
  /// already put the new site in place.
  bool abandon();

  /// Room for `files` entries in the manifest, made once: grown by doubling,
  /// a million files' list was held twice at the build's peak.
  void expect(std::size_t files);

  /// The files written so far, sorted by path; valid until the next write.
  /// Not a copy: at a million files, a copy is a few hundred megabytes at the
  /// build's peak.
  const std::vector<ManifestEntry>& manifest();

  /// Entries of the previous site carried into this one, known after commit.
  const std::vector<std::string>& kept() const { return kept_; }
  /// An internal build's marking, written into the manifest too.
  void set_marking(std::string marking) { marking_ = std::move(marking); }
  /// Files written with the same bytes as before, so left as they were (and
  /// with their modification time).
  std::size_t unchanged() const { return unchanged_; }

 private:
  bool admit(const std::string& path, bool admitted, std::string* error);
  bool make_parents(const std::string& path, std::string* error);
  bool make_folder(const std::string& folder, std::string* error);
  bool clear(const std::string& real_path, std::string* error);
  void record(const std::string& path, uint64_t size, uint32_t crc, bool reused,
              const std::string& fingerprint = "");
  void sort_entries();  // by path; under mutex_
  bool write_manifest(const std::string& path, std::string* error);
  bool swap_into_place(std::string* error);

  std::string target_;
  std::string staging_;
  PreviousSite previous_;
  // Whether the staging folder is the recycled spare (publish/spare_site.h),
  // which holds the site before the previous one; what it held.
  bool recycled_ = false;
  SpareContents spare_;
  std::vector<std::string> carried_;  // the previous site's foreign entries
  std::atomic<bool> open_{false};
  bool committed_ = false;
  // Writers in flight, and whether abandon() has closed the tree to new ones:
  // abandon waits for the writers before removing the folder, so none can
  // recreate part of it afterwards.
  std::atomic<int> writers_{0};
  std::atomic<bool> closed_{false};
  std::mutex mutex_;  // entries_ and unchanged_
  std::mutex publish_mutex_;  // commit and abandon, which may run on a signal's thread
  std::vector<ManifestEntry> entries_;
  std::vector<std::string> kept_;
  std::string marking_;
  std::size_t unchanged_ = 0;
};

/// Removes a folder and everything in it. Returns false on failure.
bool remove_tree(const std::string& path);

}  // namespace fundpress
