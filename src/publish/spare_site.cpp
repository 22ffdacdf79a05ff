#include "publish/spare_site.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include "load/file.h"
#include "publish/output_tree.h"
#include "publish/staging_folders.h"

namespace fundpress {
namespace {

// The record inside a spare of what it holds besides its manifest's files:
// this heading, the current site's manifest stamp ("device inode seconds
// nanoseconds"), then each path, every one ended by a NUL, the one byte a
// file's name cannot hold (so any name, UTF-8 or not, reads back as it was).
const char* const record_name = ".fundpress-spare";
const std::string record_heading = "fundpress spare 2";

std::string stamp_text(const ManifestStamp& stamp) {
  return std::to_string(stamp.device) + " " + std::to_string(stamp.inode) + " " +
         std::to_string(stamp.changed.tv_sec) + " " + std::to_string(stamp.changed.tv_nsec);
}

bool read_stamp(const std::string& text, ManifestStamp* stamp) {
  std::istringstream in(text);
  unsigned long long device = 0, inode = 0;
  long long seconds = 0, nanoseconds = 0;
  if (!(in >> device >> inode >> seconds >> nanoseconds) || !in.eof()) return false;
  stamp->device = static_cast<dev_t>(device);
  stamp->inode = static_cast<ino_t>(inode);
  stamp->changed.tv_sec = static_cast<time_t>(seconds);
  stamp->changed.tv_nsec = static_cast<long>(nanoseconds);
  return true;
}

// Removes the folders above `path` (inside `root`) that are left empty.
void remove_empty_parents(const std::string& root, std::string path) {
  for (std::size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0;
       slash = path.rfind('/')) {
    path.resize(slash);
    if (::rmdir((root + "/" + path).c_str()) != 0) return;
  }
}

}  // namespace

std::string spare_path(const std::string& target) { return target + ".fundpress-spare"; }

bool set_aside(const std::string& old_site, const std::string& target,
               const std::vector<std::string>& foreign) {
  std::string spare = spare_path(target);
  // A site published inside another (site/<publisher>) would publish its spare too.
  std::size_t slash = target.rfind('/');
  std::string parent = slash == std::string::npos ? "." : target.substr(0, slash);
  if (::access(spare.c_str(), F_OK) == 0 || is_file(parent + "/" + manifest_name)) return false;
  std::ofstream record(old_site + "/" + record_name, std::ios::binary);
  record << record_heading << '\0' << stamp_text(stamp_of_manifest(target)) << '\0';
  for (const std::string& path : foreign) record << path << '\0';
  record.close();
  return record && ::rename(old_site.c_str(), spare.c_str()) == 0;
}

bool claim_spare(const std::string& target, const std::string& staging, SpareContents* contents) {
  std::string spare = spare_path(target);
  if (!is_directory(spare)) return false;
  std::string text, error;
  PreviousSite held;
  bool trusted = read_file(spare + "/" + record_name, &text, &error) &&
                 text.size() > record_heading.size() + 1 &&  // the stamp, at least
                 text.compare(0, record_heading.size() + 1, record_heading + '\0') == 0 &&
                 text.back() == '\0' && is_file(spare + "/" + manifest_name) &&
                 read_previous_site(spare, &held, &error);
  // Marked before it moves, so no moment leaves an unmarked staging folder.
  if (!trusted || !mark_staging(spare, target, &error) ||
      ::rename(spare.c_str(), staging.c_str()) != 0) {
    remove_tree(spare);
    return false;
  }
  contents->files = std::move(held.files);
  contents->left = LeftByBuild();
  std::size_t start = record_heading.size() + 1;
  std::size_t end = text.find('\0', start);
  // A stamp that does not read leaves the site to be read whole.
  if (!read_stamp(text.substr(start, end - start), &contents->left.manifest))
    contents->left.manifest = ManifestStamp();
  for (start = end + 1; start < text.size(); start = end + 1) {
    end = text.find('\0', start);
    contents->left.foreign.push_back(text.substr(start, end - start));
  }
  ::unlink((staging + "/" + record_name).c_str());
  ::unlink((staging + "/" + manifest_name).c_str());
  return true;
}

void prune_spare(const std::string& staging, const SpareContents& contents,
                 const std::unordered_set<std::string>& written) {
  for (const auto& [path, file] : contents.files) {
    if (written.count(path)) continue;
    ::unlink((staging + "/" + path).c_str());
    remove_empty_parents(staging, path);
  }
  // Children before their folders; a folder that holds published files stays.
  for (auto it = contents.left.foreign.rbegin(); it != contents.left.foreign.rend(); ++it) {
    if (written.count(*it)) continue;
    std::string at = staging + "/" + *it;
    struct stat s;
    if (::lstat(at.c_str(), &s) != 0) continue;
    if (S_ISDIR(s.st_mode) ? ::rmdir(at.c_str()) == 0 : ::unlink(at.c_str()) == 0)
      remove_empty_parents(staging, *it);
  }
}

}  // namespace fundpress
