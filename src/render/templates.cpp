#include "render/templates.h"

#include <mstch/mstch.hpp>

#include <mutex>
#include <stdexcept>

#include "load/theme.h"
#include "model/text.h"
#include "render/escape.h"

namespace fundpress {
namespace {

using Escaper = std::string (*)(const std::string&);

// mstch has one global escape function; each render sets the escaper for its
// own thread, so pages of different kinds can render in parallel.
thread_local Escaper current_escaper = escape_html;

void install_escape_hook() {
  static std::once_flag once;
  std::call_once(once, [] {
    mstch::config::escape = [](const std::string& text) { return current_escaper(text); };
  });
}

Escaper escaper_for(const std::string& path) {
  if (ends_with(path, ".md.mustache")) return escape_markdown;
  if (ends_with(path, ".js.mustache")) return escape_js_string;  // values sit inside "..." literals
  return escape_html;                                            // .html, .svg, .xml
}

// mstch prints numbers with six significant digits, so numbers reach templates
// as text; money arrives already formatted by the view.
mstch::node to_node(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mstch::map map;
      for (const auto& item : value.items()) map.emplace(item.key(), to_node(item.value()));
      return map;
    }
    case nlohmann::json::value_t::array: {
      mstch::array array;
      array.reserve(value.size());
      for (const auto& item : value) array.push_back(to_node(item));
      return array;
    }
    case nlohmann::json::value_t::string: return value.get<std::string>();
    case nlohmann::json::value_t::boolean: return value.get<bool>();
    case nlohmann::json::value_t::null: return nullptr;
    default: return value.dump();
  }
}

}  // namespace

std::string partial_name(const std::string& path) {
  if (path.find("partials/") == std::string::npos || !ends_with(path, ".mustache")) return "";
  std::string name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.find('.'));
}

Templates::Templates(const std::map<std::string, std::string>& overrides)
    : files_(theme_files(overrides)) {
  install_escape_hook();
  for (const auto& [path, bytes] : files_) {
    std::string name = partial_name(path);
    if (!name.empty()) partials_[name] = bytes;
  }
}

const std::string& Templates::file(const std::string& path) const {
  auto found = files_.find(path);
  if (found == files_.end()) throw std::runtime_error("no template file " + path);
  return found->second;
}

std::string Templates::render(const std::string& path, nlohmann::json context,
                              const std::string& content_path) const {
  Escaper previous = current_escaper;
  current_escaper = escaper_for(content_path.empty() ? path : content_path);
  std::map<std::string, std::string> partials = partials_;
  if (!content_path.empty()) partials["content"] = file(content_path);
  mstch::node root = to_node(context);
  context = nullptr;
  std::string out = mstch::render(file(path), root, partials);
  current_escaper = previous;
  return out;
}

}  // namespace fundpress
