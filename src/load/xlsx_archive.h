// A workbook as a package of parts: a zip archive read with libzip, each part
// streamed through expat a block at a time, so no part is ever held whole.
// What the libraries leave to their caller is here: a cap on every part's
// uncompressed size and on any one XML token, and the refusal of document
// type declarations, where entity bombs ("billion laughs") live.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct zip;

namespace fundpress {

/// The attributes of an element, as expat gives them.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  /// The attribute `name` without a namespace ("r" of <c r="A1">); `fallback` if absent.
  std::string_view get(std::string_view name, std::string_view fallback = {}) const;
  /// True when the attribute `name` is present.
  bool has(std::string_view name) const;
  /// The attribute `name` in the relationships namespace (r:id), however prefixed.
  std::string_view relationship(std::string_view name) const;

 private:
  const char** pairs_;
};

/// Receives one part's XML as it is parsed. Element names are local names:
/// producers differ in prefixes ("x:c" and "c" are the same element).
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;

  /// Stops the parse; XlsxArchive::parse then returns false with `message`
  /// (empty when the handler has reported the problem itself).
  void stop(const std::string& message) {
    stopped_ = true;
    if (error_.empty()) error_ = message;
  }
  bool stopped() const { return stopped_; }
  const std::string& error() const { return error_; }

 private:
  bool stopped_ = false;
  std::string error_;
};

class XlsxArchive {
 public:
  XlsxArchive() = default;
  ~XlsxArchive();
  XlsxArchive(const XlsxArchive&) = delete;
  XlsxArchive& operator=(const XlsxArchive&) = delete;

  /// Opens the workbook at `path`. On failure sets *error and *unreadable:
  /// true when the file could not be read at all ("No such file or
  /// directory"), false when it was read and is not a workbook (an .xls, a
  /// renamed CSV, a zip cut short).
  bool open(const std::string& path, std::string* error, bool* unreadable);

  /// True when the archive holds `part` ("xl/workbook.xml"; case is ignored,
  /// as in part names).
  bool has(const std::string& part) const;

  /// Streams `part` through `handler`. Returns false with *error when the part
  /// is missing or damaged, longer than `max_bytes` uncompressed, not
  /// well-formed XML, declares a document type, or the handler stopped.
  bool parse(const std::string& part, std::uint64_t max_bytes, XmlHandler& handler,
             std::string* error) const;

 private:
  zip* zip_ = nullptr;
};

/// "1 KiB", "64 MiB", "8 GiB": a size limit as messages state it.
std::string byte_size(std::uint64_t bytes);

}  // namespace fundpress
