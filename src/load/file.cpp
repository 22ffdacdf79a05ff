#include "load/file.h"

#include "load/huge_pages.h"
#include "model/text.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fundpress {

bool read_file(const std::string& path, std::string* bytes, std::string* error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::strerror(errno);
    return false;
  }
  bytes->clear();
  // One allocation for a whole register, not a doubling per 64 KiB read.
  struct stat info;
  if (fstat(fileno(f), &info) == 0 && info.st_size > 0) {
    bytes->reserve(static_cast<std::size_t>(info.st_size));
    prefer_huge_pages(bytes->data(), bytes->capacity());
  }
  char buffer[1 << 16];
  std::size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes->append(buffer, got);
  bool failed = std::ferror(f) != 0;
  if (failed) *error = std::strerror(errno);
  std::fclose(f);
  return !failed;
}

}  // namespace fundpress

namespace fundpress {

std::string system_error(const std::string& what) { return what + ": " + std::strerror(errno); }

bool folder_entries(const std::string& dir, std::vector<std::string>* names, std::string* error) {
  names->clear();
  DIR* d = opendir(dir.c_str());
  if (!d) {
    *error = system_error(dir);
    return false;
  }
  while (dirent* entry = readdir(d)) {
    std::string name = entry->d_name;
    if (name != "." && name != "..") names->push_back(name);
  }
  closedir(d);
  std::sort(names->begin(), names->end());
  return true;
}

std::vector<std::string> list_files(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> all, names;
  std::string error;
  if (!folder_entries(dir, &all, &error)) return names;
  for (const std::string& name : all)
    if (ends_with(name, suffix) && (is_file(dir + "/" + name) || is_symlink(dir + "/" + name)))
      names.push_back(name);
  return names;
}

namespace {

bool read_tree_from(const std::string& root, const std::string& relative,
                    std::map<std::string, std::string>* files, std::vector<std::string>* links,
                    std::string* error) {
  std::vector<std::string> names;
  if (!folder_entries(relative.empty() ? root : root + "/" + relative, &names, error)) return false;
  for (const std::string& name : names) {
    std::string child = relative.empty() ? name : relative + "/" + name;
    std::string path = root + "/" + child;
    if (is_symlink(path)) {
      links->push_back(child);
    } else if (is_directory(path)) {
      if (!read_tree_from(root, child, files, links, error)) return false;
    } else if (is_file(path)) {
      std::string why;
      if (!read_file(path, &(*files)[child], &why)) {
        *error = path + ": " + why;
        return false;
      }
    }
  }
  return true;
}

}  // namespace

bool read_tree(const std::string& dir, std::map<std::string, std::string>* files,
               std::vector<std::string>* links, std::string* error) {
  return read_tree_from(dir, "", files, links, error);
}

bool is_directory(const std::string& path) {
  struct stat s;
  return stat(path.c_str(), &s) == 0 && S_ISDIR(s.st_mode);
}

bool is_file(const std::string& path) {
  struct stat s;
  return stat(path.c_str(), &s) == 0 && S_ISREG(s.st_mode);
}

bool is_symlink(const std::string& path) {
  struct stat s;
  return lstat(path.c_str(), &s) == 0 && S_ISLNK(s.st_mode);
}

}  // namespace fundpress
