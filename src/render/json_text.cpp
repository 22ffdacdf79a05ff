#include "render/json_text.h"

namespace fundpress {

void JsonText::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_member_.empty()) {
    if (has_member_.back()) *out_ += ',';
    has_member_.back() = true;
  }
}

void JsonText::begin_object() {
  before_value();
  *out_ += '{';
  has_member_.push_back(false);
}

void JsonText::end_object() {
  has_member_.pop_back();
  *out_ += '}';
}

void JsonText::begin_array() {
  before_value();
  *out_ += '[';
  has_member_.push_back(false);
}

void JsonText::end_array() {
  has_member_.pop_back();
  *out_ += ']';
}

void JsonText::key(const std::string& name) {
  before_value();
  *out_ += nlohmann::json(name).dump();
  *out_ += ':';
  after_key_ = true;
}

void JsonText::string(const std::string& value) {
  before_value();
  *out_ += nlohmann::json(value).dump();
}

void JsonText::number(const std::string& digits) {
  before_value();
  *out_ += digits;
}

void JsonText::integer(int64_t value) {
  before_value();
  *out_ += std::to_string(value);
}

void JsonText::null() {
  before_value();
  *out_ += "null";
}

JsonListDocument::JsonListDocument(const nlohmann::ordered_json& head, const std::string& list_key,
                                   OutputStream* out)
    : out_(out) {
  piece_ = "{\n";
  for (const auto& item : head.items())
    piece_ += "  " + nlohmann::json(item.key()).dump() + ": " + item.value().dump() + ",\n";
  piece_ += "  " + nlohmann::json(list_key).dump() + ": [";
}

bool JsonListDocument::flush(std::string* error) {
  bool ok = out_->write(piece_, error);
  piece_.clear();
  return ok;
}

bool JsonListDocument::finish(std::string* error) {
  piece_ += items_ ? "\n  ]\n}\n" : "]\n}\n";
  return flush(error);
}

}  // namespace fundpress
