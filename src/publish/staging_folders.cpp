#include "publish/staging_folders.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "load/file.h"
#include "publish/output_tree.h"

namespace fundpress {

const char* const staging_marker_name = ".fundpress-staging";

namespace {

// A process's start time in clock ticks since boot (field 22 of
// /proc/<pid>/stat), so a reused pid is not taken for the build that left a
// folder; "" when no such process runs.
std::string start_time(long pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::size_t close = text.rfind(')');  // the command name may hold spaces
  if (close == std::string::npos) return "";
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) return field;
  return "";
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buffer[4096];
  return ::getcwd(buffer, sizeof buffer) ? std::string(buffer) + "/" + path : path;
}

std::string marker_text(const std::string& target, long pid) {
  return "fundpress staging folder\nsite " + absolute(target) + "\npid " + std::to_string(pid) +
         "\nstarted " + start_time(pid) + "\n";
}

// True when the builder that marked `folder` for `target` no longer runs.
bool stale(const std::string& folder, const std::string& target) {
  std::string text, error;
  if (!read_file(folder + "/" + staging_marker_name, &text, &error)) return false;
  std::size_t at = text.find("\npid ");
  if (at == std::string::npos) return false;
  long pid = std::strtol(text.c_str() + at + 5, nullptr, 10);
  if (pid <= 0 || text.find("\nsite " + absolute(target) + "\n") == std::string::npos) return false;
  if (pid == ::getpid()) return false;
  // Its marker, written when it started, names it exactly as it would be named now if it still ran.
  return start_time(pid).empty() || text != marker_text(target, pid);
}

bool dead(long pid) {
  return pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

bool mark_staging(const std::string& staging, const std::string& target, std::string* error) {
  std::ofstream out(staging + "/" + staging_marker_name, std::ios::binary);
  out << marker_text(target, ::getpid());
  out.close();
  if (!out) {
    *error = "cannot write " + staging + "/" + staging_marker_name;
    return false;
  }
  return true;
}

int remove_stale_staging(const std::string& target) {
  std::size_t slash = target.rfind('/');
  std::string parent = slash == std::string::npos ? "."
                       : slash == 0               ? "/"
                                                  : target.substr(0, slash);
  std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string staging_prefix = base + ".fundpress-staging-";
  std::string previous_prefix = base + ".fundpress-previous-";
  std::vector<std::string> names;
  std::string error;
  if (!folder_entries(parent, &names, &error)) return 0;
  int removed = 0;
  for (const std::string& name : names) {
    std::string folder = parent + "/" + name;
    if (name.compare(0, staging_prefix.size(), staging_prefix) == 0) {
      if (stale(folder, target) && remove_tree(folder)) ++removed;
    } else if (name.compare(0, previous_prefix.size(), previous_prefix) == 0) {
      // A previous site moved aside by a swap that did not finish: once the site
      // is back in place and its mover is gone, it is only an old copy.
      long pid = std::strtol(name.c_str() + previous_prefix.size(), nullptr, 10);
      if (dead(pid) && is_file(folder + "/" + manifest_name) &&
          is_file(target + "/" + manifest_name) && remove_tree(folder))
        ++removed;
    }
  }
  return removed;
}

}  // namespace fundpress
