#include "publish/output_tree.h"

#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <thread>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "load/file.h"
#include "publish/staged_file.h"
#include "publish/staging_folders.h"

namespace fundpress {

const char* const manifest_name = "fundpress-manifest.json";

namespace {

bool safe_segment(const std::string& segment) {
  if (segment.empty() || segment[0] == '.') return false;
  for (char c : segment) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool write_whole(const std::string& path, std::string_view bytes, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = system_error(path);
    return false;
  }
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = system_error(path);
      ::close(fd);
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    *error = system_error(path);
    return false;
  }
  return true;
}

bool is_empty_directory(const std::string& path) {
  std::vector<std::string> names;
  std::string error;
  return folder_entries(path, &names, &error) && names.empty();
}

int remove_entry(const char* path, const struct stat*, int, struct FTW*) { return ::remove(path); }

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

bool is_safe_relative_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (true) {
    std::size_t slash = path.find('/', start);
    std::string segment =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!safe_segment(segment)) return false;
    if (slash == std::string::npos) return true;
    start = slash + 1;
  }
}

bool remove_tree(const std::string& path) {
  return ::nftw(path.c_str(), remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0;
}

OutputTree::~OutputTree() { abandon(); }

bool OutputTree::open(const std::string& target, std::string* error) {
  target_ = target;
  while (target_.size() > 1 && target_.back() == '/') target_.pop_back();
  if (target_.empty() || target_ == "/" || target_ == "." || target_ == "..") {
    *error =
        "refusing to publish into \"" + target + "\"; name a folder of its own, e.g. --out site";
    return false;
  }
  struct stat s;
  if (::lstat(target_.c_str(), &s) == 0) {
    if (!S_ISDIR(s.st_mode)) {
      *error = target_ + " exists and is not a folder; refusing to replace it";
      return false;
    }
    if (!is_empty_directory(target_) && !is_file(target_ + "/" + manifest_name)) {
      *error = target_ + " exists and was not published by fundpress (it has no " + manifest_name +
               "); refusing to replace it";
      return false;
    }
  }
  remove_stale_staging(target_);
  ManifestStamp read = stamp_of_manifest(target_);
  if (!read_previous_site(target_, &previous_, error)) return false;
  staging_ = target_ + ".fundpress-staging-" + std::to_string(::getpid());
  if (is_directory(staging_)) remove_tree(staging_);
  recycled_ = claim_spare(target_, staging_, &spare_);
  if (recycled_) {
    trust_unchanged(&previous_, spare_.left.manifest, read);
    open_ = true;
    return true;
  }
  if (::mkdir(staging_.c_str(), 0755) != 0) {
    *error = system_error("cannot create the staging folder " + staging_);
    return false;
  }
  open_ = true;
  if (!mark_staging(staging_, target_, error)) {
    abandon();
    return false;
  }
  return true;
}

bool OutputTree::make_parents(const std::string& path, std::string* error) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos || make_folder(path.substr(0, slash), error);
}

// Tried from the deepest folder up: most of a site's folders hold one page
// (an award's) in a folder that exists, so one call usually does. A set of
// the folders made, to ask the kernel less, cost about 100 bytes a folder at
// a large build's peak.
bool OutputTree::make_folder(const std::string& folder, std::string* error) {
  std::string dir = staging_ + "/" + folder;
  if (::mkdir(dir.c_str(), 0755) == 0) return true;
  if (errno == ENOENT || errno == ENOTDIR) {
    // A parent is missing, or (in a recycled spare) a file stands in its place.
    std::size_t slash = folder.rfind('/');
    if (slash != std::string::npos && !make_folder(folder.substr(0, slash), error)) return false;
    if (::mkdir(dir.c_str(), 0755) == 0 || (errno == EEXIST && is_directory(dir))) return true;
  } else if (errno == EEXIST) {
    if (is_directory(dir)) return true;
    // A recycled spare may hold a file where this build needs a folder.
    if (recycled_ && ::unlink(dir.c_str()) == 0 && ::mkdir(dir.c_str(), 0755) == 0) return true;
  }
  *error = system_error(dir);
  return false;
}

// Makes way for a new file at `real_path` in a recycled spare: whatever is
// there is the site before the previous one's (and its file may be a hard
// link to the published one), so it goes, never written over.
bool OutputTree::clear(const std::string& real_path, std::string* error) {
  if (!recycled_ || ::unlink(real_path.c_str()) == 0 || errno == ENOENT) return true;
  if ((errno == EISDIR || errno == EPERM) && remove_tree(real_path)) return true;
  *error = system_error(real_path);
  return false;
}

void OutputTree::expect(std::size_t files) {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.reserve(files);
}

void OutputTree::record(const std::string& path, uint64_t size, uint32_t crc, bool reused,
                        const std::string& fingerprint) {
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.push_back(ManifestEntry{path, size, crc, ManifestFingerprint(fingerprint)});
  unchanged_ += reused;
}

namespace {

// Counts a writer in for its lifetime; `admitted` is false once the tree is closed.
class WriterPass {
 public:
  WriterPass(std::atomic<int>& writers, const std::atomic<bool>& closed) : writers_(writers) {
    ++writers_;
    admitted = !closed;
  }
  ~WriterPass() { --writers_; }
  WriterPass(const WriterPass&) = delete;
  WriterPass& operator=(const WriterPass&) = delete;
  bool admitted;

 private:
  std::atomic<int>& writers_;
};

}  // namespace

// Whether a writer may write `path`: the tree is open, not closed by
// abandon(), and the path stays inside it and is not the manifest's.
bool OutputTree::admit(const std::string& path, bool admitted, std::string* error) {
  if (admitted && open_ && is_safe_relative_path(path) && path != manifest_name) return true;
  *error = "refusing to write \"" + path + "\": not a safe path inside the output folder";
  return false;
}

bool OutputTree::write(const std::string& path, std::string_view bytes, std::string* error,
                       const std::string& fingerprint) {
  WriterPass pass(writers_, closed_);
  if (!admit(path, pass.admitted, error) || !make_parents(path, error)) return false;
  uint32_t crc = crc32_update(0, bytes);
  bool reused = reuse_unchanged(previous_, staging_, path, bytes, crc);
  std::string real_path = staging_ + "/" + path;
  if (!reused && !(clear(real_path, error) && write_whole(real_path, bytes, error))) return false;
  record(path, bytes.size(), crc, reused, fingerprint);
  return true;
}

bool OutputTree::keep(const std::string& path, const std::string& fingerprint) {
  // Asked of the previous manifest first: most often (a first build, a page
  // that changed) nothing is kept, and then no folder is made nor file looked at.
  if (!made_from(previous_, path, fingerprint)) return false;
  WriterPass pass(writers_, closed_);
  std::string error;
  PublishedFile kept;
  // In a recycled spare the file is most often there already, and so are its
  // folders; a new staging folder holds nothing yet.
  struct stat there;
  bool placed = recycled_ && ::lstat((staging_ + "/" + path).c_str(), &there) == 0;
  if (!admit(path, pass.admitted, &error) || (!placed && !make_parents(path, &error)) ||
      !reuse_by_fingerprint(previous_, staging_, path, fingerprint, placed ? &there : nullptr,
                            &kept))
    return false;
  record(path, kept.size, kept.crc32, true, fingerprint);
  return true;
}

bool OutputTree::write_stream(const std::string& path, const StreamWriter& write_to,
                              std::string* error, const std::string& fingerprint) {
  WriterPass pass(writers_, closed_);
  if (!admit(path, pass.admitted, error) || !make_parents(path, error)) return false;
  std::string real_path = staging_ + "/" + path;
  StagedFile file(real_path, closed_);
  if (!clear(real_path, error) || !file.open(error)) return false;
  // A writer that fails, or throws (text that is not UTF-8), leaves no part of its file.
  struct RemovedUnlessWritten {
    const std::string& path;
    bool written = false;
    ~RemovedUnlessWritten() {
      if (!written) ::unlink(path.c_str());
    }
  } partial{real_path};
  if (!write_to(file, error) || !file.close(error)) return false;
  partial.written = true;
  record(path, file.size(), file.crc32(),
         reuse_unchanged_file(previous_, staging_, path, file.size(), file.crc32()), fingerprint);
  return true;
}

bool OutputTree::write_file(
    const std::string& path,
    const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
    std::string* error, const std::string& fingerprint) {
  WriterPass pass(writers_, closed_);
  if (!admit(path, pass.admitted, error) || !make_parents(path, error)) return false;
  std::string real_path = staging_ + "/" + path;
  if (!clear(real_path, error)) return false;
  if (!write_at(real_path, error)) {
    *error = path + ": " + *error;
    return false;
  }
  uint64_t size = 0;
  uint32_t crc = 0;
  if (!file_size_and_crc(real_path, &size, &crc, error)) return false;
  record(path, size, crc, reuse_unchanged_file(previous_, staging_, path, size, crc), fingerprint);
  return true;
}

const std::vector<ManifestEntry>& OutputTree::manifest() {
  std::lock_guard<std::mutex> lock(mutex_);
  sort_entries();
  return entries_;
}

void OutputTree::sort_entries() {
  std::sort(entries_.begin(), entries_.end(),
            [](const ManifestEntry& a, const ManifestEntry& b) { return a.path < b.path; });
}

bool OutputTree::commit(std::string* error) {
  std::lock_guard<std::mutex> lock(publish_mutex_);
  if (!open_) {
    *error = "the build was stopped before the site was published";
    return false;
  }
  // Read again: another build may have published since this one opened.
  if (!read_previous_site(target_, &previous_, error)) return false;
  if (recycled_) {
    std::unordered_set<std::string> written;
    {
      std::lock_guard<std::mutex> entries_lock(mutex_);
      for (const ManifestEntry& entry : entries_) written.insert(entry.path);
    }
    prune_spare(staging_, spare_, written);
  }
  std::vector<std::string>& foreign = carried_;
  if (!foreign_entries(previous_, recycled_ ? &spare_.left : nullptr, &foreign, error)) return false;
  kept_.clear();
  for (const std::string& path : foreign) {
    // A folder the new site has too (downloads/ holding a user's notes) is
    // both's: only what is the publisher's alone is listed as kept.
    if (!is_directory(staging_ + "/" + path)) kept_.push_back(path);
    if (!carry_entry(previous_, staging_, path, error)) return false;
  }

  {
    std::lock_guard<std::mutex> entries_lock(mutex_);
    sort_entries();
    if (!write_manifest(staging_ + "/" + manifest_name, error)) return false;
  }
  if (::unlink((staging_ + "/" + staging_marker_name).c_str()) != 0) {
    *error = system_error(staging_ + "/" + staging_marker_name);
    return false;
  }
  return swap_into_place(error);
}

// Written an entry at a time (a million files make a manifest of some 90 MB),
// from entries_ sorted by path.
bool OutputTree::write_manifest(const std::string& path, std::string* error) {
  StagedFile file(path, closed_);
  if (!file.open(error)) return false;
  std::string piece = "{\n  \"generator\": \"fundpress\",\n";
  if (!marking_.empty()) piece += "  \"marking\": " + json_string(marking_) + ",\n";
  piece += "  \"files\": [\n";
  bool ok = file.write(piece, error);
  for (std::size_t i = 0; ok && i < entries_.size(); ++i) {
    char crc[16];
    std::snprintf(crc, sizeof crc, "%08x", entries_[i].crc32);
    piece = "    {\"path\": " + json_string(entries_[i].path) +
            ", \"bytes\": " + std::to_string(entries_[i].size) + ", \"crc32\": \"" + crc + "\"" +
            (entries_[i].fingerprint.empty()
                 ? std::string()
                 : ", \"fingerprint\": \"" + std::string(entries_[i].fingerprint.text()) + "\"") +
            "}" +
            (i + 1 < entries_.size() ? ",\n" : "\n");
    ok = file.write(piece, error);
  }
  piece = "  ],\n  \"kept\": [";
  // What the publisher put in the site folder is theirs: kept, never published as ours.
  for (std::size_t i = 0; i < kept_.size(); ++i)
    piece +=
        std::string(i ? ",\n" : "\n") + "    " +
        nlohmann::json(kept_[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  piece += kept_.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return ok && file.write(piece, error) && file.close(error);
}

bool OutputTree::swap_into_place(std::string* error) {
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
    // Now holds the previous site: the next build's staging folder.
    if (!set_aside(staging_, target_, carried_)) remove_tree(staging_);
  } else if (errno == ENOENT) {
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      *error = system_error("cannot move " + staging_ + " to " + target_);
      return false;
    }
  } else {
    // Filesystems without RENAME_EXCHANGE: two renames, the old site kept until the new one is in
    // place.
    std::string previous = target_ + ".fundpress-previous-" + std::to_string(::getpid());
    if (::rename(target_.c_str(), previous.c_str()) != 0) {
      *error = system_error("cannot move the previous site " + target_ + " aside");
      return false;
    }
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      *error = system_error("cannot move " + staging_ + " to " + target_);
      ::rename(previous.c_str(), target_.c_str());
      return false;
    }
    if (!set_aside(previous, target_, carried_)) remove_tree(previous);
  }
  open_ = false;
  committed_ = true;
  return true;
}

bool OutputTree::abandon() {
  std::lock_guard<std::mutex> lock(publish_mutex_);
  closed_ = true;
  while (writers_ > 0) std::this_thread::yield();  // a write takes moments; then none can start
  if (open_) remove_tree(staging_);
  open_ = false;
  return !committed_;
}

}  // namespace fundpress
