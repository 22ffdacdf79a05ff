#include "publish/staged_file.h"

#include <fcntl.h>
#include <libdeflate.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <utility>

#include "load/file.h"

namespace fundpress {

uint32_t crc32_update(uint32_t crc, std::string_view bytes) {
  // libdeflate's CRC-32 is zlib's, computed with the processor's carry-less
  // multiply: zlib's own took 3% of a build's instructions, every page's bytes.
  return libdeflate_crc32(crc, bytes.data(), bytes.size());
}

bool file_size_and_crc(const std::string& path, uint64_t* size, uint32_t* crc, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = system_error(path);
    return false;
  }
  *size = 0;
  *crc = 0;
  // A page is a few kilobytes and a rebuild reads every kept one: a buffer
  // of the file's size (one byte more, to see its end in one read), not of
  // the largest, and never cleared first.
  struct stat status;
  std::size_t want = StagedFile::buffer_size;
  if (::fstat(fd, &status) == 0 && status.st_size >= 0)
    want = std::min<std::size_t>(static_cast<std::size_t>(status.st_size) + 1, want);
  std::unique_ptr<char[]> buffer(new char[want]);
  while (true) {
    ssize_t n = ::read(fd, buffer.get(), want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = system_error(path);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    *size += static_cast<uint64_t>(n);
    *crc = crc32_update(*crc, std::string_view(buffer.get(), static_cast<std::size_t>(n)));
  }
  ::close(fd);
  return true;
}

StagedFile::StagedFile(std::string path, const std::atomic<bool>& stopped)
    : path_(std::move(path)), stopped_(stopped) {}

StagedFile::~StagedFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool StagedFile::open(std::string* error) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    *error = system_error(path_);
    return false;
  }
  buffer_.reserve(buffer_size);
  return true;
}

bool StagedFile::put(std::string_view bytes, std::string* error) {
  if (stopped_) {
    *error = "the build was stopped before " + path_ + " was written";
    return false;
  }
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = system_error(path_);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool StagedFile::write(std::string_view bytes, std::string* error) {
  if (fd_ < 0) {
    *error = path_ + " is not open for writing";
    return false;
  }
  size_ += bytes.size();
  crc_ = crc32_update(crc_, bytes);
  if (buffer_.size() + bytes.size() <= buffer_size) {
    buffer_ += bytes;
    return true;
  }
  if (!put(buffer_, error)) return false;
  buffer_.clear();
  // A piece as large as the buffer gains nothing from a copy into it.
  if (bytes.size() >= buffer_size) return put(bytes, error);
  buffer_ += bytes;
  return true;
}

bool StagedFile::close(std::string* error) {
  if (fd_ < 0) {
    *error = path_ + " is not open for writing";
    return false;
  }
  bool ok = put(buffer_, error);
  buffer_.clear();
  int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0 && ok) {
    *error = system_error(path_);
    ok = false;
  }
  return ok;
}

}  // namespace fundpress
