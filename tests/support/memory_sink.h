// An OutputSink that keeps every output in memory, for tests that render
// outputs without publishing them.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>

#include "golden.h"
#include "render/outputs.h"
#include "scratch.h"
#include "string_stream.h"

namespace fundpress::test {

class MemorySink : public OutputSink {
 public:
  bool write(const std::string& path, std::string_view bytes, std::string*) override {
    std::lock_guard<std::mutex> lock(mutex_);
    files[path] = std::string(bytes);
    return true;
  }
  bool write_stream(const std::string& path, const StreamWriter& write_to,
                    std::string* error) override {
    StringStream stream;
    return write_to(stream, error) && write(path, stream.text, error);
  }
  bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error) override {
    std::string real_path = scratch_root() + "memory-sink-" + std::to_string(next_++);
    if (!write_at(real_path, error)) return false;
    bool ok = write(path, slurp(real_path), error);
    std::remove(real_path.c_str());
    return ok;
  }

  std::map<std::string, std::string> files;

 private:
  std::mutex mutex_;
  std::atomic<int> next_{0};
};

}  // namespace fundpress::test
