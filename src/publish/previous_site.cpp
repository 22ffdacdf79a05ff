#include "publish/previous_site.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "load/file.h"
#include "publish/output_tree.h"
#include "publish/staged_file.h"

namespace fundpress {
namespace {

struct Entry {
  std::string path;     // inside the site
  bool folder = false;  // a real folder, not a link to one
};

// The entries a build left in each folder of its site but the root, by
// folder, and the moment before which a folder's status last changed if it
// still holds exactly those.
struct LeftEntries {
  std::unordered_map<std::string, std::vector<Entry>> in_folder;
  struct timespec before = {};
};

bool earlier(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

// Adds the folders above `path` to `folders`.
void add_parents(const std::string& path, std::set<std::string>* folders) {
  for (std::size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1))
    folders->insert(path.substr(0, slash));
}

// `published_in`: the folders holding published files.
LeftEntries entries_left(const PreviousSite& previous, const std::set<std::string>& published_in,
                         const LeftByBuild& left) {
  LeftEntries entries;
  entries.before = left.manifest.changed;
  auto add = [&](const std::string& path, bool folder) {
    std::size_t slash = path.rfind('/');
    if (slash != std::string::npos) entries.in_folder[path.substr(0, slash)].push_back({path, folder});
    if (folder) entries.in_folder[path];  // known, even when empty
  };
  for (const auto& [path, file] : previous.files) add(path, false);
  for (const std::string& folder : published_in) add(folder, true);
  // A foreign entry's kind is its own: read once here, not per folder.
  for (const std::string& path : left.foreign) {
    if (published_in.count(path)) continue;  // a published folder holding foreign files too
    struct stat s;
    add(path, ::lstat((previous.root + "/" + path).c_str(), &s) == 0 && S_ISDIR(s.st_mode));
  }
  return entries;
}

// The entries of `root`/`prefix`: as its build left them when the folder has
// not changed since (`left` may be null), else read from the folder. A folder
// but the root is looked at as `name` in its parent, open as `parent`.
bool list_folder(const std::string& root, const std::string& prefix, int parent, const char* name,
                 const LeftEntries* left, std::vector<Entry>* here, std::string* error) {
  std::string dir = prefix.empty() ? root : root + "/" + prefix;
  if (left && !prefix.empty()) {
    auto known = left->in_folder.find(prefix);
    struct stat s;
    if (known != left->in_folder.end() && ::fstatat(parent, name, &s, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISDIR(s.st_mode) && earlier(s.st_ctim, left->before)) {
      *here = known->second;
      return true;
    }
  }
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    *error = system_error(dir);
    return false;
  }
  here->clear();
  while (dirent* found = ::readdir(d)) {
    std::string entry_name = found->d_name;
    if (entry_name == "." || entry_name == "..") continue;
    Entry entry{prefix.empty() ? entry_name : prefix + "/" + entry_name, found->d_type == DT_DIR};
    struct stat s;
    if (found->d_type == DT_UNKNOWN)  // file systems that do not say
      entry.folder = ::lstat((root + "/" + entry.path).c_str(), &s) == 0 && S_ISDIR(s.st_mode);
    here->push_back(std::move(entry));
  }
  ::closedir(d);
  return true;
}

// Lists `root`/`prefix` (`name` in the folder open as `parent`; the root:
// none) depth first, parents before children, links not followed. The kind
// of each entry comes with its name (d_type), so a site of a million folders
// is walked without a stat per entry; a folder holding folders is opened, so
// that each of them is looked at by its name, not by its path from the root.
bool walk(const std::string& root, const std::string& prefix, int parent, const char* name,
          const LeftEntries* left, std::vector<Entry>* out, std::string* error) {
  std::vector<Entry> here;
  if (!list_folder(root, prefix, parent, name, left, &here, error)) return false;
  std::sort(here.begin(), here.end(),
            [](const Entry& a, const Entry& b) { return a.path < b.path; });
  struct Folder {
    int fd = -1;
    ~Folder() {
      if (fd >= 0) ::close(fd);
    }
  } folder;
  if (std::any_of(here.begin(), here.end(), [](const Entry& e) { return e.folder; })) {
    std::string dir = prefix.empty() ? root : root + "/" + prefix;
    folder.fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (folder.fd < 0) {
      *error = system_error(dir);
      return false;
    }
  }
  for (Entry& entry : here) {
    bool is_folder = entry.folder;
    std::string path = entry.path;
    out->push_back(std::move(entry));
    if (is_folder && !walk(root, path, folder.fd, path.c_str() + prefix.size() + !prefix.empty(),
                           left, out, error))
      return false;
  }
  return true;
}

bool copy_keeping_time(const std::string& from, const std::string& to, std::string* error) {
  std::string bytes;
  if (!read_file(from, &bytes, error)) return false;
  int fd = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = system_error(to);
    return false;
  }
  bool ok = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  struct stat s;
  if (ok && ::stat(from.c_str(), &s) == 0) {
    struct timespec times[2] = {s.st_atim, s.st_mtim};
    ::futimens(fd, times);
  }
  if (::close(fd) != 0 || !ok) {
    *error = system_error(to);
    return false;
  }
  return true;
}

}  // namespace

namespace {

// Reads a manifest's "files" straight into the map, without a JSON tree of
// it first: at a million files the tree alone is a gigabyte.
class ManifestReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit ManifestReader(std::map<std::string, PublishedFile>* files) : files_(files) {}
  bool saw_files() const { return saw_files_; }

  bool null() override { return value(nullptr); }
  bool boolean(bool) override { return value(nullptr); }
  bool number_integer(number_integer_t) override { return value(nullptr); }
  bool number_unsigned(number_unsigned_t n) override {
    if (in_file() && key_ == "bytes") file_.size = n;
    return value(nullptr);
  }
  bool number_float(number_float_t, const string_t&) override { return value(nullptr); }
  bool string(string_t& text) override { return value(&text); }
  bool binary(binary_t&) override { return value(nullptr); }
  bool start_object(std::size_t) override {
    ++depth_;
    if (in_file()) {
      file_ = PublishedFile();
      path_.clear();
      has_path_ = false;
    }
    return true;
  }
  bool end_object() override {
    if (in_file() && has_path_) (*files_)[path_] = std::move(file_);
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    if (depth_ == 2 && key_ == "files") {
      in_files_ = true;
      saw_files_ = true;
    }
    return true;
  }
  bool end_array() override {
    if (depth_ == 2) in_files_ = false;
    --depth_;
    return true;
  }
  bool key(string_t& name) override {
    key_ = name;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  // The object of one file: {"path": ..., "bytes": ..., "crc32": ..., "fingerprint": ...}.
  bool in_file() const { return in_files_ && depth_ == 3; }
  bool value(string_t* text) {
    if (!in_file() || !text) return true;
    if (key_ == "path") {
      path_ = std::move(*text);
      has_path_ = true;
    } else if (key_ == "crc32") {
      file_.crc32 = static_cast<uint32_t>(std::strtoul(text->c_str(), nullptr, 16));
    } else if (key_ == "fingerprint") {
      file_.fingerprint = std::move(*text);
    }
    return true;
  }

  std::map<std::string, PublishedFile>* files_;
  int depth_ = 0;
  bool in_files_ = false, saw_files_ = false, has_path_ = false;
  std::string key_, path_;
  PublishedFile file_;
};

}  // namespace

bool read_previous_site(const std::string& root, PreviousSite* site, std::string* error) {
  site->root.clear();
  site->files.clear();
  site->unchanged_before = {};
  if (!is_directory(root)) return true;
  site->root = root;
  std::string manifest_path = root + "/" + manifest_name;
  if (!is_file(manifest_path)) return true;
  std::string text;
  if (!read_file(manifest_path, &text, error)) return false;
  ManifestReader reader(&site->files);
  // Only an object's "files" array is seen at that depth: anything else is not a manifest.
  if (!nlohmann::json::sax_parse(text, &reader) || !reader.saw_files()) {
    site->files.clear();
    *error = manifest_path +
             ": not a manifest fundpress wrote; move the folder aside or name another --out";
    return false;
  }
  return true;
}

bool ManifestStamp::operator==(const ManifestStamp& other) const {
  return device == other.device && inode == other.inode &&
         changed.tv_sec == other.changed.tv_sec && changed.tv_nsec == other.changed.tv_nsec;
}

ManifestStamp stamp_of_manifest(const std::string& root) {
  ManifestStamp stamp;
  struct stat s;
  if (::lstat((root + "/" + manifest_name).c_str(), &s) == 0 && S_ISREG(s.st_mode)) {
    stamp.device = s.st_dev;
    stamp.inode = s.st_ino;
    stamp.changed = s.st_ctim;
  }
  return stamp;
}

namespace {

// Whether the manifest in `root` is still `written`, the one its build wrote,
// and the clock has not gone back past it: then an entry whose status last
// changed before the manifest's is as that build left it.
bool still_written(const ManifestStamp& written, const std::string& root) {
  struct timespec now = {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  return written.known() && written == stamp_of_manifest(root) && !earlier(now, written.changed);
}

}  // namespace

void trust_unchanged(PreviousSite* site, const ManifestStamp& written,
                     const ManifestStamp& before) {
  site->unchanged_before = {};
  if (before == written && still_written(written, site->root))
    site->unchanged_before = written.changed;
}

bool foreign_entries(const PreviousSite& previous, const LeftByBuild* left,
                     std::vector<std::string>* paths, std::string* error) {
  paths->clear();
  if (previous.root.empty()) return true;
  // Folders holding a published file, and folders holding something foreign:
  // one pass each, so a site of a million folders is read in linear time.
  std::set<std::string> published_in, foreign_in;
  for (const auto& [path, file] : previous.files) add_parents(path, &published_in);
  // Trusted only for the manifest its build wrote, and while the clock has
  // not gone back past that manifest's time.
  std::optional<LeftEntries> entries;
  if (left && still_written(left->manifest, previous.root))
    entries = entries_left(previous, published_in, *left);
  std::vector<Entry> all;
  if (!walk(previous.root, "", AT_FDCWD, nullptr, entries ? &*entries : nullptr, &all, error))
    return false;
  for (const Entry& entry : all)
    if (!entry.folder && entry.path != manifest_name && !previous.files.count(entry.path))
      add_parents(entry.path, &foreign_in);
  for (const Entry& entry : all) {
    if (entry.path == manifest_name || previous.files.count(entry.path)) continue;
    // A folder is the site's own when it holds published files and nothing else.
    if (entry.folder && published_in.count(entry.path) && !foreign_in.count(entry.path)) continue;
    paths->push_back(entry.path);
  }
  return true;
}

bool carry_entry(const PreviousSite& previous, const std::string& staging, const std::string& path,
                 std::string* error) {
  std::string from = previous.root + "/" + path;
  std::string to = staging + "/" + path;
  struct stat source, existing;
  if (::lstat(from.c_str(), &source) != 0) {
    *error = system_error(from);
    return false;
  }
  bool taken = ::lstat(to.c_str(), &existing) == 0;
  if (taken && S_ISDIR(source.st_mode) && S_ISDIR(existing.st_mode))
    return true;  // both keep the folder
  if (taken) {
    *error = from + " was not published by fundpress, and the new site publishes " +
             (S_ISDIR(existing.st_mode) ? "a folder" : "a file") + " at " + path +
             "; move it out of the site folder (or rename it) and build again";
    return false;
  }
  // Parents: folders of the staging tree, created as the foreign entry's own.
  for (std::size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    std::string dir = staging + "/" + path.substr(0, slash);
    struct stat s;
    if (::lstat(dir.c_str(), &s) == 0 && !S_ISDIR(s.st_mode)) {
      *error = from + " was not published by fundpress, and the new site publishes a file at " +
               path.substr(0, slash) + "; move it out of the site folder and build again";
      return false;
    }
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
      *error = system_error(dir);
      return false;
    }
  }
  if (S_ISDIR(source.st_mode)) {
    if (::mkdir(to.c_str(), source.st_mode & 07777) != 0) {
      *error = system_error(to);
      return false;
    }
    return true;
  }
  if (S_ISLNK(source.st_mode)) {
    std::string target(static_cast<std::size_t>(source.st_size) + 1, '\0');
    ssize_t n = ::readlink(from.c_str(), target.data(), target.size());
    if (n < 0 ||
        ::symlink(target.substr(0, static_cast<std::size_t>(n)).c_str(), to.c_str()) != 0) {
      *error = system_error(to);
      return false;
    }
    return true;
  }
  if (!S_ISREG(source.st_mode)) {
    *error = from +
             " is neither a file, a folder nor a link; fundpress cannot keep it across a rebuild: "
             "move it out of the site folder";
    return false;
  }
  if (::link(from.c_str(), to.c_str()) == 0) return true;
  return copy_keeping_time(from, to, error);
}

namespace {

// The previous site's copy of `path` when its manifest lists it with `size`
// and `crc32` and it is still a plain file (its status in `old`); ""
// otherwise. (A link put in its place since would be kept as a link.)
std::string candidate(const PreviousSite& previous, const std::string& path, uint64_t size,
                      uint32_t crc32, struct stat* old) {
  auto found = previous.files.find(path);
  if (found == previous.files.end() || found->second.size != size || found->second.crc32 != crc32)
    return "";
  std::string old_path = previous.root + "/" + path;
  if (::lstat(old_path.c_str(), old) != 0 || !S_ISREG(old->st_mode)) return "";
  return old_path;
}

// The status of `staging`/`path` in `status`; null when nothing is there.
const struct stat* status_at(const std::string& staging, const std::string& path,
                             struct stat* status) {
  return ::lstat((staging + "/" + path).c_str(), status) == 0 ? status : nullptr;
}

// Puts a hard link to `old_path` (whose status is `old_file`) at
// `staging`/`path`, replacing what is there (`there`, its status; null:
// nothing), unless that is one already (a recycled spare's unchanged file).
bool link_old(const std::string& old_path, const struct stat& old_file, const std::string& staging,
              const std::string& path, const struct stat* there) {
  if (there && there->st_ino == old_file.st_ino && there->st_dev == old_file.st_dev) return true;
  std::string to = staging + "/" + path;
  if (!there) return ::link(old_path.c_str(), to.c_str()) == 0;
  std::string link = to + ".fundpress-link";
  if (::link(old_path.c_str(), link.c_str()) != 0) return false;
  if (::rename(link.c_str(), to.c_str()) != 0) {
    ::unlink(link.c_str());
    return false;
  }
  return true;
}

// Reads up to `want` bytes (fewer only at the end of the file); -1 on failure.
ssize_t read_full(int fd, char* into, std::size_t want) {
  std::size_t got = 0;
  while (got < want) {
    ssize_t n = ::read(fd, into + got, want - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  return static_cast<ssize_t>(got);
}

bool same_files(const std::string& a, const std::string& b) {
  int fa = ::open(a.c_str(), O_RDONLY | O_CLOEXEC);
  int fb = fa < 0 ? -1 : ::open(b.c_str(), O_RDONLY | O_CLOEXEC);
  bool same = fb >= 0;
  std::string block_a(1 << 16, '\0'), block_b(1 << 16, '\0');
  while (same) {
    ssize_t na = read_full(fa, block_a.data(), block_a.size());
    ssize_t nb = read_full(fb, block_b.data(), block_b.size());
    same =
        na >= 0 && na == nb && std::equal(block_a.begin(), block_a.begin() + na, block_b.begin());
    if (na <= 0) break;
  }
  if (fa >= 0) ::close(fa);
  if (fb >= 0) ::close(fb);
  return same;
}

}  // namespace

bool made_from(const PreviousSite& previous, const std::string& path,
               const std::string& fingerprint) {
  auto found = previous.files.find(path);
  return !fingerprint.empty() && found != previous.files.end() &&
         found->second.fingerprint == fingerprint;
}

bool reuse_by_fingerprint(const PreviousSite& previous, const std::string& staging,
                          const std::string& path, const std::string& fingerprint,
                          const struct stat* there, PublishedFile* kept) {
  if (!made_from(previous, path, fingerprint)) return false;
  const PublishedFile& listed = previous.files.find(path)->second;
  struct stat old;
  std::string old_path = candidate(previous, path, listed.size, listed.crc32, &old);
  if (old_path.empty()) return false;
  // Read again for its CRC-32 unless its status proves it unchanged since the
  // manifest listed it: reading every kept file was a tenth of a rebuild.
  bool unchanged = static_cast<uint64_t>(old.st_size) == listed.size &&
                   earlier(old.st_ctim, previous.unchanged_before);
  uint64_t size = 0;
  uint32_t crc = 0;
  std::string error;
  if (!unchanged && (!file_size_and_crc(old_path, &size, &crc, &error) || size != listed.size ||
                     crc != listed.crc32))
    return false;
  *kept = listed;
  return link_old(old_path, old, staging, path, there);
}

bool reuse_unchanged(const PreviousSite& previous, const std::string& staging,
                     const std::string& path, std::string_view bytes, uint32_t crc32) {
  struct stat old;
  std::string old_path = candidate(previous, path, bytes.size(), crc32, &old);
  if (old_path.empty()) return false;
  // The manifest says so; the bytes on disk must agree, whatever was done to them since.
  std::string old_bytes, error;
  if (!read_file(old_path, &old_bytes, &error) || old_bytes != bytes) return false;
  struct stat there;
  return link_old(old_path, old, staging, path, status_at(staging, path, &there));
}

bool reuse_unchanged_file(const PreviousSite& previous, const std::string& staging,
                          const std::string& path, uint64_t size, uint32_t crc32) {
  struct stat old;
  std::string old_path = candidate(previous, path, size, crc32, &old);
  struct stat there;
  return !old_path.empty() && same_files(old_path, staging + "/" + path) &&
         link_old(old_path, old, staging, path, status_at(staging, path, &there));
}

}  // namespace fundpress
