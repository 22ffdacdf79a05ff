#include "load/xlsx_archive.h"

#include <expat.h>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

namespace fundpress {
namespace {

// expat reports a namespaced name as "uri local".
constexpr char namespace_separator = ' ';

// A start tag, comment or other token is held whole by expat until it ends,
// and rescanned as each block arrives: none in a workbook comes near this
// size, so one that does is refused before the rescanning costs time.
constexpr std::uint64_t max_token_bytes = std::uint64_t{1} << 20;

std::string_view local_name(std::string_view name) {
  std::size_t separator = name.rfind(namespace_separator);
  return separator == std::string_view::npos ? name : name.substr(separator + 1);
}

std::string zip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

std::string damaged(const std::string& part, const std::string& reason) {
  return "the file is damaged: " + part + " cannot be read (" + reason +
         "); open it in Excel and save it again";
}

// Why a file libzip cannot open as a zip is not a workbook, from its first bytes.
std::string not_a_zip(const unsigned char* head, std::size_t size) {
  static const unsigned char ole2[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  if (size >= sizeof ole2 && std::memcmp(head, ole2, sizeof ole2) == 0)
    return "the file is an Excel 97-2003 workbook (.xls) or a password-protected one, which "
           "fundpress cannot read; save it in Excel as an Excel Workbook (.xlsx) without a "
           "password";
  if (size >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0)
    return "the file is damaged: it begins as an .xlsx (a zip archive) but its table of contents "
           "is missing, as when a copy or download is cut short; copy or download it again";
  return "the file is not an Excel workbook: an .xlsx file is a zip archive and this is not one "
         "(if it is a CSV export, name it .csv)";
}

struct ParseState {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  XML_Index last_event = 0;  // byte offset of the last token expat reported
  std::string refusal;
  std::exception_ptr exception;
};

// Runs a handler call, keeping exceptions out of expat's C frames and
// stopping the parser when the handler asks.
template <typename Call>
void guarded(void* data, Call call) {
  auto* state = static_cast<ParseState*>(data);
  state->last_event = XML_GetCurrentByteIndex(state->parser);
  if (state->handler->stopped() || state->exception) return;
  try {
    call(*state->handler);
  } catch (...) {
    state->exception = std::current_exception();
  }
  if (state->handler->stopped() || state->exception) XML_StopParser(state->parser, XML_FALSE);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  guarded(data, [&](XmlHandler& h) { h.start(local_name(name), XmlAttributes(attributes)); });
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  guarded(data, [&](XmlHandler& h) { h.end(local_name(name)); });
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  guarded(data,
          [&](XmlHandler& h) { h.text(std::string_view(text, static_cast<std::size_t>(length))); });
}

// Comments, processing instructions and the like: nothing to read, but they
// show that the parser is moving.
void XMLCALL on_other(void* data, const XML_Char*, int) {
  auto* state = static_cast<ParseState*>(data);
  state->last_event = XML_GetCurrentByteIndex(state->parser);
}

void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* state = static_cast<ParseState*>(data);
  state->refusal =
      "it declares a document type (<!DOCTYPE>), which no workbook does and where "
      "entity declarations can make a small file expand without end";
  XML_StopParser(state->parser, XML_FALSE);
}

class Parser {
 public:
  Parser() : parser_(XML_ParserCreateNS(nullptr, namespace_separator)) {}
  ~Parser() {
    if (parser_) XML_ParserFree(parser_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  XML_Parser get() const { return parser_; }

 private:
  XML_Parser parser_;
};

class EntryReader {
 public:
  explicit EntryReader(zip_file_t* file) : file_(file) {}
  ~EntryReader() {
    if (file_) zip_fclose(file_);
  }
  EntryReader(const EntryReader&) = delete;
  EntryReader& operator=(const EntryReader&) = delete;
  zip_file_t* get() const { return file_; }

 private:
  zip_file_t* file_;
};

}  // namespace

std::string_view XmlAttributes::get(std::string_view name, std::string_view fallback) const {
  for (const char** pair = pairs_; *pair; pair += 2)
    if (name == pair[0]) return pair[1];
  return fallback;
}

bool XmlAttributes::has(std::string_view name) const {
  for (const char** pair = pairs_; *pair; pair += 2)
    if (name == pair[0]) return true;
  return false;
}

std::string_view XmlAttributes::relationship(std::string_view name) const {
  for (const char** pair = pairs_; *pair; pair += 2) {
    std::string_view full = pair[0];
    std::size_t separator = full.rfind(namespace_separator);
    if (separator == std::string_view::npos || full.substr(separator + 1) != name) continue;
    std::string_view uri = full.substr(0, separator);
    std::string_view suffix = "/relationships";
    if (uri.size() >= suffix.size() && uri.substr(uri.size() - suffix.size()) == suffix)
      return pair[1];
  }
  return {};
}

XlsxArchive::~XlsxArchive() {
  if (zip_) zip_discard(zip_);
}

bool XlsxArchive::open(const std::string& path, std::string* error, bool* unreadable) {
  *unreadable = false;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    *unreadable = true;
    *error = std::strerror(errno);
    return false;
  }
  unsigned char head[8] = {};
  std::size_t size = std::fread(head, 1, sizeof head, file);
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) {
    *unreadable = true;
    *error = std::strerror(errno);
    return false;
  }
  if (size == 0) {
    *error = "the file is empty, so it is not an Excel workbook";
    return false;
  }
  int code = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (zip_) return true;
  if (code == ZIP_ER_NOZIP) {
    *error = not_a_zip(head, size);
  } else if (code == ZIP_ER_OPEN || code == ZIP_ER_READ || code == ZIP_ER_MEMORY) {
    *unreadable = true;
    *error = zip_message(code);
  } else {
    *error = "the file is damaged (" + zip_message(code) + "); open it in Excel and save it again";
  }
  return false;
}

bool XlsxArchive::has(const std::string& part) const {
  return zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

bool XlsxArchive::parse(const std::string& part, std::uint64_t max_bytes, XmlHandler& handler,
                        std::string* error) const {
  zip_int64_t index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) {
    *error = "the file is damaged: it has no part " + part + "; open it in Excel and save it again";
    return false;
  }
  std::string too_large = part + " is larger than " + byte_size(max_bytes) +
                          " uncompressed, more than fundpress reads from one part of a workbook";
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
      (stat.valid & ZIP_STAT_SIZE) && stat.size > max_bytes) {
    *error = too_large;
    return false;
  }
  EntryReader entry(zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0));
  if (!entry.get()) {
    *error = damaged(part, zip_error_strerror(zip_get_error(zip_)));
    return false;
  }
  Parser parser;
  if (!parser.get()) throw std::bad_alloc();
  ParseState state;
  state.parser = parser.get();
  state.handler = &handler;
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetDefaultHandlerExpand(parser.get(), on_other);
  XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);

  char buffer[1 << 16];
  std::uint64_t total = 0;
  while (true) {
    zip_int64_t got = zip_fread(entry.get(), buffer, sizeof buffer);
    if (got < 0) {
      *error = damaged(part, zip_error_strerror(zip_file_get_error(entry.get())));
      return false;
    }
    total += static_cast<std::uint64_t>(got);
    if (total > max_bytes) {
      *error = too_large;
      return false;
    }
    if (XML_Parse(parser.get(), buffer, static_cast<int>(got), got == 0) != XML_STATUS_OK) {
      if (state.exception) std::rethrow_exception(state.exception);
      if (!state.refusal.empty()) {
        *error = part + " is refused: " + state.refusal;
      } else if (handler.stopped()) {
        *error = handler.error();
      } else {
        *error = "the file is damaged: " + part + " is not well-formed XML (line " +
                 std::to_string(XML_GetCurrentLineNumber(parser.get())) + ", column " +
                 std::to_string(XML_GetCurrentColumnNumber(parser.get()) + 1) + ": " +
                 XML_ErrorString(XML_GetErrorCode(parser.get())) + ")";
      }
      return false;
    }
    if (total - static_cast<std::uint64_t>(state.last_event) > max_token_bytes) {
      *error = part + " holds one XML tag longer than " + byte_size(max_token_bytes) +
               ", which no workbook does; the file is damaged or hostile";
      return false;
    }
    if (got == 0) return true;
  }
}

std::string byte_size(std::uint64_t bytes) {
  static const char* const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  int unit = 0;
  while (unit < 4 && bytes >= 1024 && bytes % 1024 == 0) {
    bytes /= 1024;
    ++unit;
  }
  return std::to_string(bytes) + " " + units[unit];
}

}  // namespace fundpress
