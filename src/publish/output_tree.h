// The published folder. Everything is written into a staging folder beside the
// target; the target is replaced only when the whole build succeeded, in one
// rename, so readers never see half a site and a failed build loses nothing.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace fundpress {

/// A file written so far: its path inside the site, size and CRC-32.
struct ManifestEntry {
  std::string path;
  uint64_t size = 0;
  uint32_t crc32 = 0;
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

  /// Creates a staging folder beside `target`. Refuses a `target` that exists
  /// and is not a folder fundpress published (it has no manifest), so a wrong
  /// --out can never replace someone's files.
  bool open(const std::string& target, std::string* error);

  /// Writes `bytes` at `path` inside the staging folder. Safe from several threads.
  bool write(const std::string& path, std::string_view bytes, std::string* error);

  /// For a library that must write a file itself (libxlsxwriter): creates the
  /// folders for `path` and returns where to write it. Call finish_reserved
  /// once the file is written.
  bool reserve(const std::string& path, std::string* real_path, std::string* error);
  bool finish_reserved(const std::string& path, std::string* error);

  /// Writes the manifest and puts the staging folder in place of the target.
  bool commit(std::string* error);

  /// Deletes the staging folder; the target is untouched.
  void abandon();

  /// The files written so far, sorted by path.
  std::vector<ManifestEntry> manifest() const;

 private:
  bool make_parents(const std::string& path, std::string* error);
  void record(const std::string& path, std::string_view bytes);

  std::string target_;
  std::string staging_;
  bool open_ = false;
  mutable std::mutex mutex_;
  std::vector<ManifestEntry> entries_;
};

/// Removes a folder and everything in it. Returns false on failure.
bool remove_tree(const std::string& path);

}  // namespace fundpress
