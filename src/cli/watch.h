// Watching a publisher folder for changes, so `fundpress serve` rebuilds when
// any input changes: fundpress.json, the register, the glossary, pages/*.md,
// templates/ overrides. inotify on the folder and every folder under it
// (folders made later too), leaving out hidden entries (editors' swap files,
// .git) and the output folder with its staging folders, which the build
// itself writes.
#pragma once

#include <string>
#include <vector>

namespace fundpress {

class FolderWatch {
 public:
  FolderWatch() = default;
  ~FolderWatch();
  FolderWatch(const FolderWatch&) = delete;
  FolderWatch& operator=(const FolderWatch&) = delete;

  /// Watches `folder` and the folders under it, except `out_dir` (any path;
  /// it need not exist yet) and the `<name>.fundpress-*` folders a build
  /// makes beside it (staging, previous).
  bool open(const std::string& folder, const std::string& out_dir, std::string* error);
  /// The descriptor to poll: readable when something changed.
  int fd() const { return fd_; }
  /// Reads the pending events; true when one of them is an input change.
  bool drain();

 private:
  void add_tree(const std::string& folder);
  bool ignored(const std::string& folder, const std::string& name) const;

  int fd_ = -1;
  std::vector<std::pair<int, std::string>> watches_;  // descriptor, folder
  std::string out_parent_, out_name_;                 // the output folder, as real paths
};

}  // namespace fundpress
