#include "render/json_text.h"

#include <cstdio>

namespace fundpress {
namespace {

// `value` as a JSON string, as nlohmann/json's dump() writes it: a json value
// and a serializer made for each string were nearly half the cost of writing
// 360giving.json. Text that is not plain ASCII goes through nlohmann/json,
// which checks its UTF-8 (and refuses it when invalid).
void append_json_string(const std::string& value, std::string* out) {
  bool escapes = false;  // most text has none, and is appended whole
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      *out += nlohmann::json(value).dump();
      return;
    }
    escapes |= u < 0x20 || c == '"' || c == '\\';
  }
  *out += '"';
  if (!escapes) {
    *out += value;
    *out += '"';
    return;
  }
  for (char c : value) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          *out += escaped;
        } else {
          *out += c;
        }
    }
  }
  *out += '"';
}

}  // namespace

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
  append_json_string(name, out_);
  *out_ += ':';
  after_key_ = true;
}

void JsonText::string(const std::string& value) {
  before_value();
  append_json_string(value, out_);
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
