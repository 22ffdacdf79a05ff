#include "scratch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

namespace fundpress::test {
namespace {

namespace fs = std::filesystem;

pid_t owner = 0;  // the process that made the root: a forked child never removes it

/// Removes the root at the end of the tests. Refuses anything but a folder
/// named fundpress-tests-* inside TempDir(): never "/" nor TempDir() itself.
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    if (owner != getpid()) return;
    const std::string& root = scratch_root();
    std::string base = ::testing::TempDir();
    bool ours = !base.empty() && root.compare(0, base.size(), base) == 0 && root != base &&
                root != "/" && root.find("fundpress-tests-", base.size()) != std::string::npos;
    if (!ours) return;
    std::error_code error;
    fs::remove_all(root, error);
  }
};

// Registered at start-up, before main() runs the tests; googletest owns it.
::testing::Environment* const cleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace

const std::string& scratch_root() {
  static const std::string root = [] {
    std::string dir = ::testing::TempDir() + "fundpress-tests-" + std::to_string(getpid()) + "/";
    std::error_code error;
    fs::remove_all(dir, error);  // left by an earlier process of the same pid
    fs::create_directories(dir, error);
    owner = getpid();
    return dir;
  }();
  return root;
}

std::string scratch_dir(const std::string& name) {
  std::string dir = scratch_root() + name;
  std::error_code error;
  fs::remove_all(dir, error);
  fs::create_directories(dir, error);
  return dir;
}

}  // namespace fundpress::test
