#include "publish/output_tree.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>

#include "load/file.h"
#include "run.h"

namespace fundpress {
namespace {

TEST(SafePath, OnlyPathsThatStayInside) {
  for (const char* ok : {"index.html", "awards/2017-18-victim-first/index.html", "assets/site.css",
                         "downloads/360giving.json", "a_b/C-d.e"})
    EXPECT_TRUE(is_safe_relative_path(ok)) << ok;
  for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", ".hidden",
                          "a/.git/config", "a\\b", "a b", "caf\xC3\xA9", "a/\n", "..", "."})
    EXPECT_FALSE(is_safe_relative_path(bad)) << bad;
}

TEST(OutputTree, WritesOnlyOnCommitAndRefusesUnsafePaths) {
  std::string dir = test::scratch_dir("tree");
  std::string target = dir + "/site";
  std::string error;
  {
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    EXPECT_TRUE(tree.write("a/b.txt", "hello", &error)) << error;
    EXPECT_FALSE(tree.write("../escape.txt", "x", &error));
    EXPECT_FALSE(tree.write(manifest_name, "forged", &error));
    EXPECT_TRUE(test::snapshot(target).empty()) << "nothing visible before commit";
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  auto files = test::snapshot(target);
  EXPECT_EQ(files["a/b.txt"], "hello");
  EXPECT_NE(
      files[manifest_name].find("{\"path\": \"a/b.txt\", \"bytes\": 5, \"crc32\": \"3610a686\"}"),
      std::string::npos)
      << files[manifest_name];
  EXPECT_EQ(test::snapshot(dir).size(), 2u) << "no staging folder left";

  {  // An abandoned build leaves the committed site exactly as it was.
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    EXPECT_TRUE(tree.write("a/b.txt", "changed", &error));
  }
  EXPECT_EQ(test::snapshot(target), files);
  EXPECT_EQ(test::snapshot(dir).size(), 2u);

  {  // A second commit replaces the whole site: old files do not linger.
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    EXPECT_TRUE(tree.write("c.txt", "new", &error));
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  files = test::snapshot(target);
  EXPECT_EQ(files.count("a/b.txt"), 0u);
  EXPECT_EQ(files["c.txt"], "new");
}

// Builds `files` into `target` and commits; the test fails on any error.
void publish(const std::string& target, const std::map<std::string, std::string>& files) {
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  for (const auto& [path, bytes] : files) ASSERT_TRUE(tree.write(path, bytes, &error)) << error;
  ASSERT_TRUE(tree.commit(&error)) << error;
}

struct stat status_of(const std::string& path) {
  struct stat s {};
  ::stat(path.c_str(), &s);
  return s;
}

// A CNAME, a gh-pages checkout's .git and a user's file survive every rebuild,
// listed as kept; what fundpress published and no longer publishes goes.
TEST(OutputTree, KeepsWhatItDidNotWrite) {
  std::string dir = test::scratch_dir("foreign");
  std::string target = dir + "/site";
  publish(target, {{"index.html", "one"}, {"old/page.html", "old"}, {"awards/a/index.html", "a"}});
  test::put_file(target + "/CNAME", "funding.example.org\n");
  test::put_file(target + "/.git/HEAD", "ref: refs/heads/gh-pages\n");
  test::put_file(target + "/.git/objects/ab/cdef", "blob");
  test::put_file(target + "/awards/notes.txt", "mine");
  ASSERT_EQ(::symlink("index.html", (target + "/home.html").c_str()), 0);
  ASSERT_EQ(::mkdir((target + "/empty").c_str(), 0755), 0);

  publish(target, {{"index.html", "two"}, {"awards/b/index.html", "b"}});
  auto files = test::snapshot(target);
  EXPECT_EQ(files["index.html"], "two");
  EXPECT_EQ(files.count("old/page.html"), 0u) << "what it published and no longer does goes";
  EXPECT_EQ(files.count("awards/a/index.html"), 0u);
  EXPECT_EQ(files["CNAME"], "funding.example.org\n");
  EXPECT_EQ(files[".git/HEAD"], "ref: refs/heads/gh-pages\n");
  EXPECT_EQ(files[".git/objects/ab/cdef"], "blob");
  EXPECT_EQ(files["awards/notes.txt"], "mine");
  char link[64] = {};
  EXPECT_EQ(::readlink((target + "/home.html").c_str(), link, sizeof link - 1), 10);
  EXPECT_STREQ(link, "index.html") << "a link is kept as a link, not followed";
  struct stat s {};
  EXPECT_EQ(::stat((target + "/empty").c_str(), &s), 0);
  const std::string& manifest = files[manifest_name];
  for (const char* kept : {"\"CNAME\"", "\".git\"", "\".git/objects/ab/cdef\"",
                           "\"awards/notes.txt\"", "\"home.html\"", "\"empty\""})
    EXPECT_NE(manifest.find(kept), std::string::npos) << kept << " listed as kept\n" << manifest;
  EXPECT_EQ(manifest.find("\"path\": \"CNAME\""), std::string::npos)
      << "kept, never published as ours";

  publish(target, {{"index.html", "three"}});  // and again: still theirs
  files = test::snapshot(target);
  EXPECT_EQ(files["CNAME"], "funding.example.org\n");
  EXPECT_EQ(files["awards/notes.txt"], "mine");
  std::vector<std::string> beside;
  std::string error;
  ASSERT_TRUE(folder_entries(dir, &beside, &error)) << error;
  EXPECT_EQ(beside, (std::vector<std::string>{"site", "site.fundpress-spare"}))
      << "no staging folder left; the site before is the spare";
}

// A published file may not overwrite one fundpress did not write: the build
// fails naming it, and the site stays exactly as it was.
TEST(OutputTree, RefusesToOverwriteAFileItDidNotWrite) {
  std::string dir = test::scratch_dir("overwrite");
  std::string target = dir + "/site";
  publish(target, {{"index.html", "one"}});
  test::put_file(target + "/robots.txt", "User-agent: *\n");
  test::put_file(target + "/downloads", "a file where a folder will be");
  auto before = test::snapshot(target);
  for (const char* path : {"robots.txt", "downloads/awards.csv"}) {
    OutputTree tree;
    std::string error;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    ASSERT_TRUE(tree.write(path, "ours", &error)) << error;
    EXPECT_FALSE(tree.commit(&error)) << path;
    EXPECT_NE(error.find("was not published by fundpress"), std::string::npos) << error;
    tree.abandon();
    EXPECT_EQ(test::snapshot(target), before);
  }
}

// Unchanged bytes keep their file, and so their modification time.
TEST(OutputTree, LeavesUnchangedFilesAsTheyWere) {
  std::string dir = test::scratch_dir("unchanged");
  std::string target = dir + "/site";
  publish(target, {{"same.html", "same"}, {"changed.html", "before"}});
  // Set the clock of both back, so a rewrite could not keep the time by chance.
  struct timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
  ::utimensat(AT_FDCWD, (target + "/same.html").c_str(), old, 0);
  ::utimensat(AT_FDCWD, (target + "/changed.html").c_str(), old, 0);
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  ASSERT_TRUE(tree.write("same.html", "same", &error)) << error;
  ASSERT_TRUE(tree.write("changed.html", "after", &error)) << error;
  ASSERT_TRUE(tree.commit(&error)) << error;
  EXPECT_EQ(tree.unchanged(), 1u);
  EXPECT_EQ(status_of(target + "/same.html").st_mtim.tv_sec, 1000000000);
  EXPECT_NE(status_of(target + "/changed.html").st_mtim.tv_sec, 1000000000);
  EXPECT_EQ(test::snapshot(target)["changed.html"], "after");
}

// The site a rebuild replaces becomes the spare, and the next rebuild writes
// into it only what differs: an unchanged file stays one file, linked from
// both, and what is no longer published leaves.
TEST(OutputTree, RecyclesTheSiteBeforeAsTheNextStaging) {
  std::string dir = test::scratch_dir("spare");
  std::string target = dir + "/site";
  std::string spare = target + ".fundpress-spare";
  publish(target, {{"a.html", "1"}, {"same.html", "same"}, {"gone/index.html", "x"}});
  ino_t same = status_of(target + "/same.html").st_ino;
  publish(target, {{"a.html", "2"}, {"same.html", "same"}, {"gone/index.html", "x"}});
  ASSERT_EQ(test::snapshot(spare)["a.html"], "1") << "the site before is the spare";
  EXPECT_EQ(status_of(spare + "/same.html").st_ino, same) << "linked, not copied";

  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  EXPECT_FALSE(is_directory(spare)) << "claimed as this build's staging folder";
  ASSERT_TRUE(tree.write("a.html", "3", &error)) << error;
  ASSERT_TRUE(tree.write("same.html", "changed at last", &error)) << error;
  ASSERT_TRUE(tree.write("new/index.html", "n", &error)) << error;
  EXPECT_EQ(test::snapshot(target)["same.html"], "same")
      << "a file shared with the published site is replaced, never written into";
  ASSERT_TRUE(tree.commit(&error)) << error;
  EXPECT_EQ(test::snapshot(target),
            (std::map<std::string, std::string>{{"a.html", "3"},
                                                {"same.html", "changed at last"},
                                                {"new/index.html", "n"},
                                                {manifest_name, test::snapshot(target)[manifest_name]}}));
  EXPECT_FALSE(is_directory(target + "/gone")) << "a folder left empty goes with its file";
  EXPECT_EQ(test::snapshot(spare)["a.html"], "2");
  EXPECT_EQ(test::snapshot(spare)["same.html"], "same");
}

// The site before the previous one, recycled as the staging folder, may hold
// a file where this build needs a folder, as a parent or as the folder itself.
TEST(OutputTree, ARecycledSpareMakesWayForFolders) {
  std::string dir = test::scratch_dir("spare-folders");
  std::string target = dir + "/site";
  publish(target, {{"deep", "a file"}, {"flat", "a file"}});
  publish(target, {{"index.html", "2"}});
  ASSERT_EQ(test::snapshot(target + ".fundpress-spare")["deep"], "a file");

  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  ASSERT_TRUE(tree.write("deep/er/index.html", "d", &error)) << error;
  ASSERT_TRUE(tree.write("flat/index.html", "f", &error)) << error;
  ASSERT_TRUE(tree.commit(&error)) << error;
  auto files = test::snapshot(target);
  files.erase(manifest_name);
  EXPECT_EQ(files, (std::map<std::string, std::string>{{"deep/er/index.html", "d"},
                                                       {"flat/index.html", "f"}}));
}

// A build killed after it claimed the spare leaves a staging folder like any
// other: the next build removes it and publishes from a new one.
TEST(OutputTree, ASpareClaimedByAKilledBuildIsRemoved) {
  std::string dir = test::scratch_dir("spare-killed");
  std::string target = dir + "/site";
  publish(target, {{"index.html", "one"}});
  publish(target, {{"index.html", "two"}});
  ASSERT_TRUE(is_directory(target + ".fundpress-spare"));
  pid_t child = ::fork();
  if (child == 0) {
    OutputTree tree;
    std::string error;
    if (tree.open(target, &error)) tree.write("index.html", "half", &error);
    ::_exit(0);  // as if killed
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  std::string left = target + ".fundpress-staging-" + std::to_string(child);
  ASSERT_EQ(test::snapshot(left)["index.html"], "half");
  publish(target, {{"index.html", "three"}});
  EXPECT_FALSE(is_directory(left));
  EXPECT_EQ(test::snapshot(target)["index.html"], "three");
  EXPECT_EQ(test::snapshot(target + ".fundpress-spare")["index.html"], "two");
}

// The publisher's files in a recycled spare are carried again from the site
// as it is now: one added since is kept, one removed since stays removed,
// whatever bytes its name is made of.
TEST(OutputTree, TheSparesForeignFilesFollowTheSite) {
  std::string dir = test::scratch_dir("spare-foreign");
  std::string target = dir + "/site";
  const std::string latin1 = "caf\xe9.txt";  // not UTF-8
  publish(target, {{"index.html", "one"}});
  test::put_file(target + "/" + latin1, "mine");
  test::put_file(target + "/notes/a.txt", "a");
  publish(target, {{"index.html", "two"}});
  publish(target, {{"index.html", "three"}});  // the spare holds them too
  ASSERT_EQ(::unlink((target + "/" + latin1).c_str()), 0);
  test::put_file(target + "/notes/b.txt", "b");
  publish(target, {{"index.html", "four"}});
  publish(target, {{"index.html", "five"}});
  auto files = test::snapshot(target);
  EXPECT_EQ(files.count(latin1), 0u) << "removed by its owner, not brought back from the spare";
  EXPECT_EQ(files["notes/a.txt"], "a");
  EXPECT_EQ(files["notes/b.txt"], "b");
  EXPECT_EQ(files["index.html"], "five");
}

// A site published inside another keeps no spare: the outer site would publish it.
TEST(OutputTree, ASiteInsideAnotherKeepsNoSpare) {
  std::string dir = test::scratch_dir("spare-nested");
  publish(dir + "/site", {{"index.html", "outer"}});
  std::string inner = dir + "/site/leicestershire";
  publish(inner, {{"index.html", "one"}});
  publish(inner, {{"index.html", "two"}});
  EXPECT_FALSE(is_directory(inner + ".fundpress-spare"));
  EXPECT_EQ(test::snapshot(inner)["index.html"], "two");
  publish(dir + "/site", {{"index.html", "outer again"}});
  publish(dir + "/site", {{"index.html", "outer once more"}});
  EXPECT_TRUE(is_directory(dir + "/site.fundpress-spare"));
}

// A manifest that is not one fundpress wrote is refused: which files are
// fundpress's to replace cannot be known from it.
TEST(OutputTree, RefusesAManifestItCannotRead) {
  for (const char* manifest : {"", "[1, 2]", "{\"files\": 3}", "{\"files\": [{\"path\": \"a\"",
                               "{\"other\": {\"files\": []}}", "[{\"files\": []}]"}) {
    std::string target = test::scratch_dir("bad-manifest") + "/site";
    test::put_file(target + "/" + manifest_name, manifest);
    test::put_file(target + "/index.html", "theirs");
    OutputTree tree;
    std::string error;
    EXPECT_FALSE(tree.open(target, &error)) << manifest;
    EXPECT_NE(error.find("not a manifest fundpress wrote"), std::string::npos) << error;
    EXPECT_EQ(test::snapshot(target)["index.html"], "theirs");
  }
}

// A file is kept by its fingerprint only while it is the file the manifest
// lists: another fingerprint, or a file edited since, is made again.
TEST(OutputTree, KeepsAFileByItsFingerprint) {
  std::string dir = test::scratch_dir("fingerprint");
  std::string target = dir + "/site";
  {
    OutputTree tree;
    std::string error;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    ASSERT_TRUE(tree.write("kept.html", "kept", &error, "f1")) << error;
    ASSERT_TRUE(tree.write("edited.html", "as built", &error, "f2")) << error;
    ASSERT_TRUE(tree.write("plain.html", "plain", &error)) << error;
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  EXPECT_NE(test::snapshot(target)[manifest_name].find("\"fingerprint\": \"f1\""),
            std::string::npos);
  test::put_file(target + "/edited.html", "as edit!");  // the same size, other bytes
  ino_t kept = status_of(target + "/kept.html").st_ino;
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  EXPECT_FALSE(tree.keep("kept.html", "other")) << "another fingerprint";
  EXPECT_FALSE(tree.keep("plain.html", "")) << "no fingerprint recorded";
  EXPECT_FALSE(tree.keep("edited.html", "f2")) << "edited since it was published";
  EXPECT_FALSE(tree.keep("missing.html", "f1"));
  // Asked of the manifest before the disk: a page it does not list gets no folder.
  EXPECT_FALSE(tree.keep("new/page/index.html", "f1"));
  EXPECT_TRUE(tree.keep("kept.html", "f1"));
  ASSERT_TRUE(tree.write("edited.html", "as built", &error, "f2")) << error;
  ASSERT_TRUE(tree.commit(&error)) << error;
  auto files = test::snapshot(target);
  EXPECT_EQ(files["kept.html"], "kept");
  EXPECT_EQ(files["edited.html"], "as built");
  EXPECT_EQ(files.count("plain.html"), 0u);
  EXPECT_FALSE(is_directory(target + "/new")) << "no folder for a page not kept";
  EXPECT_EQ(status_of(target + "/kept.html").st_ino, kept);
  EXPECT_NE(files[manifest_name].find("\"fingerprint\": \"f1\""), std::string::npos)
      << "a kept file keeps its fingerprint";
}

// Returns once a status change made now would be later than `path`'s: file
// times move in clock ticks, and a build writes its manifest ticks after
// most of its files.
void after_status_of(const std::string& path) {
  std::string probe = path + ".tick";
  test::put_file(probe, "");
  while (true) {
    struct timespec now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    ::utimensat(AT_FDCWD, probe.c_str(), now, 0);
    struct stat p = status_of(probe), s = status_of(path);
    if (p.st_ctim.tv_sec > s.st_ctim.tv_sec ||
        (p.st_ctim.tv_sec == s.st_ctim.tv_sec && p.st_ctim.tv_nsec > s.st_ctim.tv_nsec))
      break;
  }
  ::unlink(probe.c_str());
}

// In a recycled spare, a kept file is trusted unread while its status has
// not changed since its build wrote the manifest; a file edited since is made
// again, and so is one edited before the manifest was touched, which the
// manifest's own time alone would vouch for.
TEST(OutputTree, KeepsUnreadOnlyWhatTheManifestStillVouchesFor) {
  std::string dir = test::scratch_dir("fingerprint-trust");
  std::string target = dir + "/site";
  const std::map<std::string, std::string> pages = {
      {"kept.html", "f1"}, {"edited.html", "f2"}, {"touched.html", "f3"}};
  for (int build = 0; build < 2; ++build) {  // the second with a spare to recycle next
    OutputTree tree;
    std::string error;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    for (const auto& [path, fingerprint] : pages) {
      if (!tree.keep(path, fingerprint)) {
        ASSERT_TRUE(tree.write(path, "as built", &error, fingerprint)) << error;
      }
    }
    after_status_of(target + "/kept.html");
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  ASSERT_TRUE(is_directory(target + ".fundpress-spare"));

  test::put_file(target + "/edited.html", "as edit!");  // the same size, other bytes
  {
    OutputTree tree;
    std::string error;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    EXPECT_TRUE(tree.keep("kept.html", "f1"));
    EXPECT_FALSE(tree.keep("edited.html", "f2")) << "edited since its manifest was written";
    ASSERT_TRUE(tree.write("edited.html", "as built", &error, "f2")) << error;
    EXPECT_TRUE(tree.keep("touched.html", "f3"));
    after_status_of(target + "/edited.html");
    ASSERT_TRUE(tree.commit(&error)) << error;
  }

  test::put_file(target + "/touched.html", "as edit!");
  after_status_of(target + "/touched.html");
  struct timespec now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  ASSERT_EQ(::utimensat(AT_FDCWD, (target + "/" + manifest_name).c_str(), now, 0), 0);
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  EXPECT_FALSE(tree.keep("touched.html", "f3")) << "edited, then the manifest touched";
  EXPECT_TRUE(tree.keep("kept.html", "f1")) << "read again, and the same";
  tree.abandon();
}

// The manifest holds a fingerprint of up to 32 characters in place; a longer
// one is not listed, so its file is made again next time rather than kept.
TEST(OutputTree, ListsFingerprintsOfUpTo32Characters) {
  std::string dir = test::scratch_dir("fingerprint-length");
  std::string target = dir + "/site";
  std::string digits(32, 'a'), longer(33, 'b');
  {
    OutputTree tree;
    std::string error;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    ASSERT_TRUE(tree.write("hex.html", "h", &error, digits)) << error;
    ASSERT_TRUE(tree.write("long.html", "l", &error, longer)) << error;
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  std::string manifest = test::snapshot(target)[manifest_name];
  EXPECT_NE(manifest.find("\"fingerprint\": \"" + digits + "\""), std::string::npos) << manifest;
  EXPECT_EQ(manifest.find(longer.substr(0, 32)), std::string::npos) << manifest;
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  EXPECT_TRUE(tree.keep("hex.html", digits));
  EXPECT_FALSE(tree.keep("long.html", longer));
  tree.abandon();
}

// A killed build's staging folder is removed by the next build into the same
// site; one whose builder still runs, or that is not fundpress's, is left.
TEST(OutputTree, RemovesStagingFoldersOfKilledBuilds) {
  std::string dir = test::scratch_dir("stale");
  std::string target = dir + "/site";
  publish(target, {{"index.html", "one"}});
  pid_t child = ::fork();
  if (child == 0) {
    OutputTree tree;
    std::string error;
    if (tree.open(target, &error)) tree.write("index.html", "half", &error);
    ::_exit(0);  // no destructor, no abandon: as if killed
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  std::string left = target + ".fundpress-staging-" + std::to_string(child);
  ASSERT_TRUE(test::snapshot(left).size() > 0) << "the killed build left its folder";
  test::put_file(target + ".fundpress-staging-999999999/unrelated.txt", "not marked: not provably ours");
  publish(target, {{"index.html", "two"}});
  EXPECT_TRUE(test::snapshot(left).empty()) << "stale staging folder removed";
  EXPECT_EQ(test::snapshot(target + ".fundpress-staging-999999999").size(), 1u);
  EXPECT_EQ(test::snapshot(target)["index.html"], "two");
}

}  // namespace
}  // namespace fundpress
