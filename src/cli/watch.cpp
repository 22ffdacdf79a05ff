#include "cli/watch.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "model/text.h"

namespace fundpress {
namespace {

const uint32_t watched_events = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF;

std::string real_path(const std::string& path) {
  char resolved[PATH_MAX];
  return ::realpath(path.c_str(), resolved) ? std::string(resolved) : std::string();
}

}  // namespace

FolderWatch::~FolderWatch() {
  if (fd_ >= 0) ::close(fd_);
}

bool FolderWatch::open(const std::string& folder, const std::string& out_dir, std::string* error) {
  // The output folder may not exist yet: name it by its parent's real path.
  std::string out = out_dir;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  std::string::size_type slash = out.rfind('/');
  out_parent_ = real_path(slash == std::string::npos ? "." : slash == 0 ? "/" : out.substr(0, slash));
  out_name_ = slash == std::string::npos ? out : out.substr(slash + 1);
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    *error = std::string("cannot watch ") + folder + " for changes: " + std::strerror(errno);
    return false;
  }
  std::string root = real_path(folder);
  if (root.empty()) {
    *error = "cannot watch " + folder + ": " + std::strerror(errno);
    return false;
  }
  add_tree(root);
  return true;
}

bool FolderWatch::ignored(const std::string& folder, const std::string& name) const {
  if (name.empty() || name[0] == '.' || ends_with(name, "~")) return true;
  if (folder != out_parent_) return false;
  return name == out_name_ || starts_with(name, out_name_ + ".fundpress-");
}

void FolderWatch::add_tree(const std::string& folder) {
  int wd = inotify_add_watch(fd_, folder.c_str(), watched_events | IN_ONLYDIR);
  if (wd < 0) return;  // gone already, or not a folder: nothing to watch
  watches_.emplace_back(wd, folder);
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return;
  while (dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    if (name == "." || name == ".." || ignored(folder, name)) continue;
    std::string path = folder + "/" + name;
    struct stat info;
    // lstat: a symbolic link to a folder is not followed out of the project.
    if (::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) add_tree(path);
  }
  ::closedir(dir);
}

bool FolderWatch::drain() {
  bool changed = false;
  alignas(inotify_event) char buffer[16384];
  for (;;) {
    ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    for (char* p = buffer; p < buffer + n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      std::string folder;
      for (const auto& watch : watches_)
        if (watch.first == event->wd) folder = watch.second;
      if (folder.empty()) continue;
      std::string name = event->len ? std::string(event->name) : std::string();
      if (!name.empty() && ignored(folder, name)) continue;
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO)))
        add_tree(folder + "/" + name);
      changed = true;
    }
  }
  return changed;
}

}  // namespace fundpress
