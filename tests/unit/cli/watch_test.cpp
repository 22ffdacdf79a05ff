// What makes `fundpress serve` rebuild: any change in the publisher folder or
// a folder under it (made later too), never the output folder, the folders a
// build makes beside it, or hidden files. inotify queues an event before the
// write that causes it returns, so each check reads the queue at once.
#include "cli/watch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run.h"

namespace fundpress {
namespace {

namespace fs = std::filesystem;

void write(const std::string& path) { std::ofstream(path) << "x\n"; }

TEST(FolderWatch, InputsChangeTheBuildsOwnFilesDoNot) {
  std::string project = test::scratch_dir("folder-watch");
  fs::create_directories(project + "/pages");
  fs::create_directories(project + "/site/awards");
  FolderWatch watch;
  std::string error;
  ASSERT_TRUE(watch.open(project, project + "/site", &error)) << error;
  EXPECT_FALSE(watch.drain());

  write(project + "/site/awards/index.html");
  fs::create_directories(project + "/site.fundpress-staging-123");
  write(project + "/.awards.csv.swp");
  write(project + "/awards.csv~");
  EXPECT_FALSE(watch.drain()) << "the output, a staging folder, editors' files";

  write(project + "/awards.csv");
  EXPECT_TRUE(watch.drain()) << "the register";
  write(project + "/pages/about.md");
  EXPECT_TRUE(watch.drain()) << "a page";
  fs::create_directories(project + "/templates/site");
  EXPECT_TRUE(watch.drain()) << "a new folder";
  write(project + "/templates/site/home.html.mustache");
  EXPECT_TRUE(watch.drain()) << "a file in a folder made after the watch began";
  fs::remove_all(project);
}

}  // namespace
}  // namespace fundpress
