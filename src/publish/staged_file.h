// A file of the staging folder written in pieces (OutputTree::write_stream):
// buffered, so a writer may hand it one row at a time, and with its size and
// CRC-32 counted as the bytes go by, for the manifest, so the file is never
// held whole in memory nor read back.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "render/output_stream.h"

namespace fundpress {

/// The CRC-32 (zlib's, as the manifest lists it) of `crc`'s bytes followed by
/// `bytes`; 0 is the CRC of nothing.
uint32_t crc32_update(uint32_t crc, std::string_view bytes);

/// The size and CRC-32 of the file at `path`, read in pieces. False, with
/// `error`, when it cannot be read.
bool file_size_and_crc(const std::string& path, uint64_t* size, uint32_t* crc, std::string* error);

class StagedFile : public OutputStream {
 public:
  /// Bytes kept before they are written: large enough that a row at a time
  /// costs no system call per row, small beside any page's context.
  static constexpr std::size_t buffer_size = 256 * 1024;

  /// A file to be written at `path`. `stopped` is the tree's closed flag:
  /// once it is set, every write fails, so a long file stops promptly when the
  /// build is abandoned.
  StagedFile(std::string path, const std::atomic<bool>& stopped);
  /// Closes the file if it is still open (after a failure: the caller removes it).
  ~StagedFile() override;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;

  /// Creates the file, which must not exist yet.
  bool open(std::string* error);
  bool write(std::string_view bytes, std::string* error) override;
  /// Writes what is buffered and closes the file.
  bool close(std::string* error);

  /// The bytes written so far, and their CRC-32.
  uint64_t size() const { return size_; }
  uint32_t crc32() const { return crc_; }

 private:
  bool put(std::string_view bytes, std::string* error);  // straight to the file

  std::string path_;
  const std::atomic<bool>& stopped_;
  std::string buffer_;
  int fd_ = -1;
  uint64_t size_ = 0;
  uint32_t crc_ = 0;
};

}  // namespace fundpress
