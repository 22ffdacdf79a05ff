#include "load/xlsx_shared_strings.h"

#include "load/utf8.h"
#include "load/xlsx_values.h"
#include "model/money_format.h"

namespace fundpress {
namespace {

// Raw bytes kept for one string: a character is at most four bytes of UTF-8,
// or seven as an escape ("_x000D_").
constexpr std::size_t max_raw_bytes = 8 * xlsx_cell_characters;

std::string too_long_message() {
  return "text is longer than " + grouped(xlsx_cell_characters) +
         " characters, Excel's limit for a cell; the file was not written by Excel, or is damaged";
}

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings* strings, std::uint64_t max_bytes)
      : strings_(strings), max_bytes_(max_bytes) {}

  void start(std::string_view name, const XmlAttributes&) override {
    if (name == "si") {
      in_string_ = true;
      rich_.clear();
    } else if (in_string_) {
      rich_.start(name);
    }
  }
  void end(std::string_view name) override {
    if (!in_string_) return;
    if (name != "si") {
      rich_.end(name);
      return;
    }
    in_string_ = false;
    std::string text, error;
    if (!rich_.value(&text, &error)) {
      stop("shared string " + std::to_string(strings_->size()) + ": " + error);
    } else if (!strings_->add(text, max_bytes_)) {
      stop("the shared strings hold more than " + byte_size(max_bytes_) +
           " of text, more than fundpress keeps in memory; split the register into smaller files");
    }
  }
  void text(std::string_view text) override {
    if (in_string_) rich_.text(text);
  }

 private:
  SharedStrings* strings_;
  std::uint64_t max_bytes_;
  bool in_string_ = false;
  RichText rich_;
};

}  // namespace

void RichText::clear() {
  text_.clear();
  in_text_ = false;
  phonetic_depth_ = 0;
  too_long_ = false;
}

void RichText::start(std::string_view name) {
  if (name == "rPh") ++phonetic_depth_;
  else if (name == "t" && phonetic_depth_ == 0) in_text_ = true;
}

void RichText::end(std::string_view name) {
  if (name == "rPh") --phonetic_depth_;
  else if (name == "t") in_text_ = false;
}

void RichText::text(std::string_view text) {
  if (!in_text_ || too_long_) return;
  if (text_.size() + text.size() > max_raw_bytes) too_long_ = true;
  else text_.append(text);
}

bool RichText::value(std::string* text, std::string* error) const {
  *text = decode_xml_escapes(text_);
  if (too_long_ || count_code_points(*text) > xlsx_cell_characters) {
    *error = too_long_message();
    return false;
  }
  return true;
}

std::string_view SharedStrings::operator[](std::size_t index) const {
  std::uint64_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(text_).substr(begin, ends_[index] - begin);
}

bool SharedStrings::add(std::string_view text, std::uint64_t max_bytes) {
  if (text_.size() + text.size() + 8 * (ends_.size() + 1) > max_bytes) return false;
  text_.append(text);
  ends_.push_back(text_.size());
  return true;
}

bool read_shared_strings(const XlsxArchive& archive, const std::string& part,
                         std::uint64_t max_part_bytes, std::uint64_t max_table_bytes,
                         SharedStrings* strings, std::string* error) {
  SharedStringsHandler handler(strings, max_table_bytes);
  return archive.parse(part, max_part_bytes, handler, error);
}

}  // namespace fundpress
