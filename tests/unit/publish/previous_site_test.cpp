#include "publish/previous_site.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "publish/output_tree.h"
#include "run.h"

namespace fundpress {
namespace {

bool before(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

// A site as a build leaves it: awards/a/index.html and index.html published,
// notes/x.txt the publisher's, carried in; then its manifest, written again
// until its status time is past every folder's (the clock's next tick).
struct BuiltSite {
  PreviousSite previous;
  LeftByBuild left;
};

BuiltSite built_site(const std::string& name) {
  BuiltSite site;
  std::string root = test::scratch_dir(name) + "/site";
  test::put_file(root + "/index.html", "home");
  test::put_file(root + "/awards/a/index.html", "award");
  test::put_file(root + "/notes/x.txt", "mine");
  site.previous.root = root;
  site.previous.files = {{"index.html", {}}, {"awards/a/index.html", {}}};
  site.left.foreign = {"notes", "notes/x.txt"};
  struct timespec latest = {};
  for (const char* folder : {"", "/awards", "/awards/a", "/notes"}) {
    struct stat s;
    ::lstat((root + folder).c_str(), &s);
    if (before(latest, s.st_ctim)) latest = s.st_ctim;
  }
  do {
    ::unlink((root + "/" + manifest_name).c_str());
    test::put_file(root + "/" + manifest_name, "{\"files\": []}");
    site.left.manifest = stamp_of_manifest(root);
  } while (!before(latest, site.left.manifest.changed));
  return site;
}

std::vector<std::string> foreign(const BuiltSite& site, const LeftByBuild* left) {
  std::vector<std::string> paths;
  std::string error;
  EXPECT_TRUE(foreign_entries(site.previous, left, &paths, &error)) << error;
  return paths;
}

TEST(ForeignEntries, FoundByReadingEveryFolder) {
  BuiltSite site = built_site("foreign-read");
  EXPECT_EQ(foreign(site, nullptr), (std::vector<std::string>{"notes", "notes/x.txt"}));
  EXPECT_EQ(foreign(site, &site.left), foreign(site, nullptr));
}

// A folder unchanged since the manifest is taken as its build left it, not
// read: a record naming an entry it does not hold shows that.
TEST(ForeignEntries, AFolderUnchangedSinceTheManifestIsNotRead) {
  BuiltSite site = built_site("foreign-unchanged");
  site.left.foreign.push_back("awards/a/recorded.txt");
  // A folder holding the publisher's entries beside published files is listed too.
  EXPECT_EQ(foreign(site, &site.left),
            (std::vector<std::string>{"awards", "awards/a", "awards/a/recorded.txt", "notes",
                                      "notes/x.txt"}));
  EXPECT_EQ(foreign(site, nullptr), (std::vector<std::string>{"notes", "notes/x.txt"}));
}

// What the publisher adds or removes after the build changes the folder's
// status time, even when they set its modification time back.
TEST(ForeignEntries, AFolderChangedSinceIsRead) {
  BuiltSite site = built_site("foreign-changed");
  std::string root = site.previous.root;
  test::put_file(root + "/awards/a/mine.txt", "theirs");
  struct stat s;
  ::lstat((root + "/awards").c_str(), &s);
  struct timespec times[2] = {s.st_atim, s.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, (root + "/awards/a").c_str(), times, 0), 0);  // as tar would
  ASSERT_EQ(::unlink((root + "/notes/x.txt").c_str()), 0);
  EXPECT_EQ(foreign(site, &site.left),
            (std::vector<std::string>{"awards", "awards/a", "awards/a/mine.txt", "notes"}));
  EXPECT_EQ(foreign(site, &site.left), foreign(site, nullptr));
}

// The record holds for the manifest its build wrote: not for another one
// (a site copied or restored in place), nor one edited since.
TEST(ForeignEntries, TheRecordOfAnotherManifestIsNotTrusted) {
  BuiltSite site = built_site("foreign-other-manifest");
  site.left.foreign.push_back("awards/a/recorded.txt");
  std::string root = site.previous.root;
  std::string manifest = root + "/" + manifest_name;
  do test::put_file(manifest, "{\"files\": [] }");  // in place, until the clock has moved on
  while (stamp_of_manifest(root) == site.left.manifest);
  EXPECT_EQ(foreign(site, &site.left), foreign(site, nullptr));
  LeftByBuild restored = site.left;
  restored.manifest = stamp_of_manifest(root);
  do {  // another file, until it differs (a freed inode number may come back)
    ::unlink(manifest.c_str());
    test::put_file(manifest, "{\"files\": []}");
  } while (stamp_of_manifest(root) == restored.manifest);
  EXPECT_EQ(foreign(site, &restored), foreign(site, nullptr));
  EXPECT_EQ(foreign(site, nullptr), (std::vector<std::string>{"notes", "notes/x.txt"}));
}

}  // namespace
}  // namespace fundpress
