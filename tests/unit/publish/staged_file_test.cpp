// Files written in pieces into the staging folder (OutputTree::write_stream,
// publish/staged_file.h): the same manifest entry as a whole write, the same
// rule for unchanged files, and nothing left behind by a failure.
#include "publish/staged_file.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "load/file.h"
#include "publish/output_tree.h"
#include "run.h"

namespace fundpress {
namespace {

// Bytes that are not all alike, longer than the stream's buffer.
std::string sample(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + (i * 7 + i / 13) % 26);
  return bytes;
}

// A writer that hands `bytes` over in pieces of uneven sizes: single bytes,
// rows, and one piece larger than the buffer.
StreamWriter in_pieces(const std::string& bytes) {
  return [&bytes](OutputStream& out, std::string* error) {
    const std::size_t sizes[] = {1, 7, 100, StagedFile::buffer_size + 3, 4096};
    std::size_t at = 0;
    for (std::size_t i = 0; at < bytes.size(); ++i) {
      std::size_t n = std::min(sizes[i % 5], bytes.size() - at);
      if (!out.write(std::string_view(bytes).substr(at, n), error)) return false;
      at += n;
    }
    return true;
  };
}

const ManifestEntry* entry(const std::vector<ManifestEntry>& manifest, const std::string& path) {
  for (const ManifestEntry& e : manifest)
    if (e.path == path) return &e;
  return nullptr;
}

struct stat status_of(const std::string& path) {
  struct stat s {};
  ::stat(path.c_str(), &s);
  return s;
}

std::string staging_of(const std::string& target) {
  return target + ".fundpress-staging-" + std::to_string(::getpid());
}

TEST(StagedFile, SizeAndCrcAreThoseOfAWholeWrite) {
  std::string dir = test::scratch_dir("stream-crc");
  std::string target = dir + "/site";
  std::string bytes = sample(3 * StagedFile::buffer_size + 12345);
  OutputTree tree;
  std::string error;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  ASSERT_TRUE(tree.write("whole.csv", bytes, &error)) << error;
  ASSERT_TRUE(tree.write_stream("downloads/pieces.csv", in_pieces(bytes), &error)) << error;
  ASSERT_TRUE(tree.write_stream(
      "empty.csv", [](OutputStream&, std::string*) { return true; }, &error))
      << error;
  std::vector<ManifestEntry> manifest = tree.manifest();
  const ManifestEntry* whole = entry(manifest, "whole.csv");
  const ManifestEntry* pieces = entry(manifest, "downloads/pieces.csv");
  const ManifestEntry* empty = entry(manifest, "empty.csv");
  ASSERT_TRUE(whole && pieces && empty);
  EXPECT_EQ(pieces->size, bytes.size());
  EXPECT_EQ(pieces->size, whole->size);
  EXPECT_EQ(pieces->crc32, whole->crc32);
  EXPECT_EQ(empty->size, 0u);
  EXPECT_EQ(empty->crc32, 0u);
  ASSERT_TRUE(tree.commit(&error)) << error;
  auto files = test::snapshot(target);
  EXPECT_TRUE(files["downloads/pieces.csv"] == bytes) << "the bytes on disk are those written";
  EXPECT_EQ(files["empty.csv"], "");
}

TEST(StagedFile, CrcOfAFileReadInPiecesIsTheCrcOfItsBytes) {
  std::string dir = test::scratch_dir("file-crc");
  std::string bytes = sample(2 * StagedFile::buffer_size + 5);
  std::string path = dir + "/file.bin";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  uint64_t size = 0;
  uint32_t crc = 0;
  std::string error;
  ASSERT_TRUE(file_size_and_crc(path, &size, &crc, &error)) << error;
  EXPECT_EQ(size, bytes.size());
  EXPECT_EQ(crc, crc32_update(0, bytes));
  EXPECT_EQ(crc32_update(0, "hello"), 0x3610a686u);  // zlib's CRC-32, as the manifest lists it
  EXPECT_FALSE(file_size_and_crc(dir + "/absent", &size, &crc, &error));
}

// A streamed file whose bytes have not changed is the previous site's file
// (same inode), so it keeps its modification time; a changed one is new; one
// whose manifest entry matches but whose bytes on disk were altered since is
// written again, not linked.
TEST(StagedFile, UnchangedBytesKeepThePreviousFile) {
  std::string dir = test::scratch_dir("stream-unchanged");
  std::string target = dir + "/site";
  std::string same = sample(StagedFile::buffer_size + 99);
  std::string before = sample(5000), after = before;
  after[4000] = '!';
  std::string error;
  {
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    ASSERT_TRUE(tree.write_stream("same.json", in_pieces(same), &error)) << error;
    ASSERT_TRUE(tree.write_stream("changed.json", in_pieces(before), &error)) << error;
    ASSERT_TRUE(tree.write_stream("tampered.json", in_pieces(before), &error)) << error;
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  struct timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
  for (const char* name : {"same.json", "changed.json", "tampered.json"})
    ::utimensat(AT_FDCWD, (target + "/" + name).c_str(), old, 0);
  // Same size, other bytes: the manifest's size and CRC no longer describe it.
  std::string tampered = before;
  tampered[10] = '#';
  std::FILE* f = std::fopen((target + "/tampered.json").c_str(), "r+b");
  std::fwrite(tampered.data(), 1, tampered.size(), f);
  std::fclose(f);
  ::utimensat(AT_FDCWD, (target + "/tampered.json").c_str(), old, 0);
  ino_t same_inode = status_of(target + "/same.json").st_ino;

  OutputTree tree;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  ASSERT_TRUE(tree.write_stream("same.json", in_pieces(same), &error)) << error;
  ASSERT_TRUE(tree.write_stream("changed.json", in_pieces(after), &error)) << error;
  ASSERT_TRUE(tree.write_stream("tampered.json", in_pieces(before), &error)) << error;
  ASSERT_TRUE(tree.commit(&error)) << error;
  EXPECT_EQ(tree.unchanged(), 1u);
  EXPECT_EQ(status_of(target + "/same.json").st_ino, same_inode);
  EXPECT_EQ(status_of(target + "/same.json").st_mtim.tv_sec, 1000000000);
  EXPECT_NE(status_of(target + "/changed.json").st_mtim.tv_sec, 1000000000);
  EXPECT_NE(status_of(target + "/tampered.json").st_mtim.tv_sec, 1000000000);
  auto files = test::snapshot(target);
  EXPECT_TRUE(files["same.json"] == same);
  EXPECT_TRUE(files["changed.json"] == after);
  EXPECT_TRUE(files["tampered.json"] == before) << "written again, not linked to altered bytes";
  EXPECT_EQ(files.size(), 4u) << "no stray link";
  std::vector<std::string> beside;
  ASSERT_TRUE(folder_entries(dir, &beside, &error)) << error;
  EXPECT_EQ(beside, (std::vector<std::string>{"site", "site.fundpress-spare"}))
      << "no staging folder; the site before is the spare";
}

// A writer that fails, or throws, publishes nothing and leaves no part of its
// file in the staging folder; the rest of the build goes on, and abandoning
// it leaves only the site that was there.
TEST(StagedFile, AFailedWriteLeavesNothingBehind) {
  std::string dir = test::scratch_dir("stream-failed");
  std::string target = dir + "/site";
  std::string bytes = sample(3 * StagedFile::buffer_size);
  std::string error;
  {
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    ASSERT_TRUE(tree.write("index.html", "site", &error)) << error;
    ASSERT_TRUE(tree.commit(&error)) << error;
  }
  auto published = test::snapshot(target);
  {
    OutputTree tree;
    ASSERT_TRUE(tree.open(target, &error)) << error;
    bool failed = tree.write_stream(
        "downloads/awards.csv",
        [&](OutputStream& out, std::string* why) {
          if (!in_pieces(bytes)(out, why)) return false;  // past the buffer: on disk already
          *why = "row 12: not UTF-8";
          return false;
        },
        &error);
    EXPECT_FALSE(failed);
    EXPECT_EQ(error, "row 12: not UTF-8");
    EXPECT_THROW(tree.write_stream(
                     "downloads/awards.json",
                     [&](OutputStream& out, std::string* why) -> bool {
                       in_pieces(bytes)(out, why);
                       throw std::runtime_error("invalid UTF-8");
                     },
                     &error),
                 std::runtime_error);
    auto staged = test::snapshot(staging_of(target));
    EXPECT_EQ(staged.count("downloads/awards.csv"), 0u);
    EXPECT_EQ(staged.count("downloads/awards.json"), 0u);
    EXPECT_TRUE(tree.manifest().empty());
    ASSERT_TRUE(tree.write_stream("downloads/ok.csv", in_pieces(bytes), &error)) << error;
    EXPECT_EQ(tree.manifest().size(), 1u);
  }  // abandoned
  EXPECT_EQ(test::snapshot(target), published);
  EXPECT_EQ(test::snapshot(dir).size(), published.size()) << "no staging folder left";
}

// Abandoning the tree (a signal) while a long file is being written stops the
// writer at its next write, and removes everything.
TEST(StagedFile, AbandonStopsAStreamInFlight) {
  std::string dir = test::scratch_dir("stream-abandon");
  std::string target = dir + "/site";
  std::string error;
  OutputTree tree;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  std::atomic<bool> started{false};
  bool written = true;
  std::string why;
  std::thread writer([&] {
    written = tree.write_stream(
        "downloads/360giving.json",
        [&](OutputStream& out, std::string* e) {
          std::string row(1000, 'x');
          // Paced and bounded in time (30 s, 300 MB at most), so a broken
          // abandon fails the test instead of hanging it or filling the disk.
          auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
          while (std::chrono::steady_clock::now() < until) {
            if (!out.write(row, e)) return false;
            started = true;
            std::this_thread::sleep_for(std::chrono::microseconds(100));
          }
          return true;
        },
        &why);
  });
  while (!started) std::this_thread::yield();
  EXPECT_TRUE(tree.abandon());
  writer.join();
  EXPECT_FALSE(written);
  EXPECT_NE(why.find("stopped"), std::string::npos) << why;
  EXPECT_TRUE(test::snapshot(dir).empty());
  EXPECT_FALSE(tree.commit(&error));
}

TEST(StagedFile, RefusesAPathOutsideTheStagingFolder) {
  std::string dir = test::scratch_dir("stream-unsafe");
  std::string target = dir + "/site";
  std::string error;
  OutputTree tree;
  ASSERT_TRUE(tree.open(target, &error)) << error;
  bool called = false;
  StreamWriter writer = [&](OutputStream& out, std::string* e) {
    called = true;
    return out.write("x", e);
  };
  for (const char* bad : {"../escape.csv", "/tmp/escape.csv", "downloads/../../escape.csv",
                          ".hidden.csv", "fundpress-manifest.json"}) {
    error.clear();
    EXPECT_FALSE(tree.write_stream(bad, writer, &error)) << bad;
    EXPECT_NE(error.find("refusing to write"), std::string::npos) << error;
  }
  EXPECT_FALSE(called) << "the writer is never given a stream for an unsafe path";
  EXPECT_TRUE(tree.manifest().empty());
  ASSERT_TRUE(tree.commit(&error)) << error;
  auto files = test::snapshot(dir);
  EXPECT_EQ(files.size(), 1u) << "only the manifest";
  EXPECT_EQ(files.count("site/fundpress-manifest.json"), 1u);
}

}  // namespace
}  // namespace fundpress
