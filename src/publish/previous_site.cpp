#include "publish/previous_site.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include <nlohmann/json.hpp>

#include "load/file.h"
#include "publish/output_tree.h"

namespace fundpress {
namespace {

std::string system_error(const std::string& what) { return what + ": " + std::strerror(errno); }

// Lists `dir` (relative `prefix`) depth first, parents before children.
bool walk(const std::string& root, const std::string& prefix, std::vector<std::string>* out,
          std::string* error) {
  std::string dir = prefix.empty() ? root : root + "/" + prefix;
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    *error = system_error(dir);
    return false;
  }
  std::vector<std::string> names;
  while (dirent* entry = ::readdir(d)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string path = prefix.empty() ? name : prefix + "/" + name;
    out->push_back(path);
    struct stat s;
    if (::lstat((root + "/" + path).c_str(), &s) == 0 && S_ISDIR(s.st_mode) &&
        !walk(root, path, out, error))
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

bool read_previous_site(const std::string& root, PreviousSite* site, std::string* error) {
  site->root.clear();
  site->files.clear();
  if (!is_directory(root)) return true;
  site->root = root;
  std::string manifest_path = root + "/" + manifest_name;
  if (!is_file(manifest_path)) return true;
  std::string text;
  if (!read_file(manifest_path, &text, error)) return false;
  nlohmann::json manifest = nlohmann::json::parse(text, nullptr, false);
  if (!manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_array()) {
    *error = manifest_path +
             ": not a manifest fundpress wrote; move the folder aside or name another --out";
    return false;
  }
  for (const nlohmann::json& file : manifest["files"]) {
    if (!file.is_object() || !file.contains("path") || !file["path"].is_string()) continue;
    PublishedFile published;
    if (file.contains("bytes") && file["bytes"].is_number_unsigned())
      published.size = file["bytes"];
    if (file.contains("crc32") && file["crc32"].is_string())
      published.crc32 = static_cast<uint32_t>(
          std::strtoul(file["crc32"].get<std::string>().c_str(), nullptr, 16));
    site->files[file["path"].get<std::string>()] = published;
  }
  return true;
}

bool foreign_entries(const PreviousSite& previous, std::vector<std::string>* paths,
                     std::string* error) {
  paths->clear();
  if (previous.root.empty()) return true;
  std::vector<std::string> all;
  if (!walk(previous.root, "", &all, error)) return false;
  auto is_folder = [&](const std::string& path) {
    struct stat s;
    return ::lstat((previous.root + "/" + path).c_str(), &s) == 0 && S_ISDIR(s.st_mode);
  };
  // Folders holding a published file, and folders holding something foreign:
  // one pass each, so a site of a million folders is read in linear time.
  std::set<std::string> published_in, foreign_in;
  auto mark_parents = [](const std::string& path, std::set<std::string>* folders) {
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1))
      folders->insert(path.substr(0, slash));
  };
  for (const auto& [path, file] : previous.files) mark_parents(path, &published_in);
  std::vector<bool> folder(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    folder[i] = is_folder(all[i]);
    if (!folder[i] && all[i] != manifest_name && !previous.files.count(all[i]))
      mark_parents(all[i], &foreign_in);
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::string& path = all[i];
    if (path == manifest_name || previous.files.count(path)) continue;
    // A folder is the site's own when it holds published files and nothing else.
    if (folder[i] && published_in.count(path) && !foreign_in.count(path)) continue;
    paths->push_back(path);
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

bool reuse_unchanged(const PreviousSite& previous, const std::string& staging,
                     const std::string& path, std::string_view bytes, uint32_t crc32) {
  auto found = previous.files.find(path);
  if (found == previous.files.end() || found->second.size != bytes.size() ||
      found->second.crc32 != crc32)
    return false;
  // The manifest says so; the bytes on disk must agree, whatever was done to them since.
  std::string old_path = previous.root + "/" + path, old_bytes, error;
  // Only a plain file is linked: a link put in its place since would be kept as a link.
  struct stat old;
  if (::lstat(old_path.c_str(), &old) != 0 || !S_ISREG(old.st_mode)) return false;
  if (!read_file(old_path, &old_bytes, &error) || old_bytes != bytes) return false;
  std::string to = staging + "/" + path;
  std::string link = to + ".fundpress-link";
  if (::link(old_path.c_str(), link.c_str()) != 0) return false;
  if (::rename(link.c_str(), to.c_str()) != 0) {
    ::unlink(link.c_str());
    return false;
  }
  return true;
}

}  // namespace fundpress
