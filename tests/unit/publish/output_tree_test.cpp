#include "publish/output_tree.h"

#include <gtest/gtest.h>

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
  EXPECT_NE(files[manifest_name].find("{\"path\": \"a/b.txt\", \"bytes\": 5, \"crc32\": \"3610a686\"}"),
            std::string::npos) << files[manifest_name];
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

}  // namespace
}  // namespace fundpress
