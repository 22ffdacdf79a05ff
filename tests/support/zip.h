// Reading the parts of a ZIP archive (an XLSX workbook) for tests: the central
// directory, then each entry stored or deflated, through zlib.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <map>
#include <string>

namespace fundpress::test {

namespace zip_detail {
inline uint32_t le(const std::string& bytes, std::size_t at, int size) {
  uint32_t value = 0;
  for (int i = size - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes.at(at + i));
  return value;
}
}  // namespace zip_detail

/// Every entry of the archive `bytes` by name, uncompressed. Returns false
/// with *error on what this reader does not understand (ZIP64, encryption).
inline bool unzip(const std::string& bytes, std::map<std::string, std::string>* parts, std::string* error) {
  using zip_detail::le;
  std::size_t end = bytes.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos || end + 22 > bytes.size()) {
    *error = "no end of central directory";
    return false;
  }
  std::size_t entries = le(bytes, end + 10, 2);
  std::size_t at = le(bytes, end + 16, 4);
  for (std::size_t n = 0; n < entries; ++n) {
    if (le(bytes, at, 4) != 0x02014b50) {
      *error = "a broken central directory";
      return false;
    }
    uint32_t method = le(bytes, at + 10, 2);
    uint32_t packed = le(bytes, at + 20, 4), size = le(bytes, at + 24, 4);
    std::size_t name_length = le(bytes, at + 28, 2);
    std::size_t skip = name_length + le(bytes, at + 30, 2) + le(bytes, at + 32, 2);
    std::size_t local = le(bytes, at + 42, 4);
    std::string name = bytes.substr(at + 46, name_length);
    at += 46 + skip;
    std::size_t data = local + 30 + le(bytes, local + 26, 2) + le(bytes, local + 28, 2);
    std::string& out = (*parts)[name];
    if (method == 0) {
      out = bytes.substr(data, packed);
      continue;
    }
    if (method != 8) {
      *error = name + ": compression method " + std::to_string(method);
      return false;
    }
    out.resize(size);
    z_stream stream{};
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + data));
    stream.avail_in = packed;
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = size;
    bool ok = inflateInit2(&stream, -MAX_WBITS) == Z_OK && inflate(&stream, Z_FINISH) == Z_STREAM_END &&
              stream.total_out == size;
    inflateEnd(&stream);
    if (!ok) {
      *error = name + ": does not inflate";
      return false;
    }
  }
  return true;
}

}  // namespace fundpress::test
