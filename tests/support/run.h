// Running the fundpress binary as a user would, and looking at what it left.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include <dirent.h>
#include <sys/stat.h>

#include "golden.h"
#include "paths.h"
#include "scratch.h"

namespace fundpress::test {

struct RunResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

/// Runs the fundpress binary with `arguments` (already shell-quoted).
inline RunResult run_fundpress(const std::string& arguments, const std::string& env = "") {
  RunResult result;
  std::string command = env + " " + binary() + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int raw = pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return result;
}

/// Every regular file under `dir`, by relative path, with its bytes.
inline void snapshot_into(const std::string& root, const std::string& relative,
                          std::map<std::string, std::string>* files) {
  std::string dir = relative.empty() ? root : root + "/" + relative;
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  while (dirent* entry = readdir(d)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    std::string child = relative.empty() ? name : relative + "/" + name;
    struct stat s;
    if (stat((root + "/" + child).c_str(), &s) != 0) continue;
    if (S_ISDIR(s.st_mode)) snapshot_into(root, child, files);
    else (*files)[child] = slurp(root + "/" + child);
  }
  closedir(d);
}

inline std::map<std::string, std::string> snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  snapshot_into(dir, "", &files);
  return files;
}

/// Writes `bytes` at `path`, making its folders: a file put in a site as its
/// publisher would.
inline void put_file(const std::string& path, const std::string& bytes) {
  std::system(("mkdir -p \"$(dirname '" + path + "')\"").c_str());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
}

}  // namespace fundpress::test
