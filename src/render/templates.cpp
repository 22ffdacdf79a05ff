#include "render/templates.h"

#include <stdexcept>

#include "load/theme.h"
#include "model/text.h"
#include "render/escape.h"
#include "view/lazy_list.h"

namespace fundpress {
namespace {

using Escaper = void (*)(const std::string&, std::string*);

Escaper escaper_for(const std::string& path) {
  if (ends_with(path, ".md.mustache")) return append_escaped_markdown;
  if (ends_with(path, ".js.mustache"))
    return append_escaped_js_string;  // values sit inside "..." literals
  return append_escaped_html;         // .html, .svg, .xml
}

// The views' lists made as they are read (view/lazy_list.h).
class ViewLists : public mustache::Lists {
 public:
  bool size(const nlohmann::json& value, std::size_t* size) const override {
    const LazyList* list = lazy_list_of(value);
    if (list) *size = list->size();
    return list != nullptr;
  }
  void item(const nlohmann::json& handle, std::size_t i, nlohmann::json* item) const override {
    lazy_list_of(handle)->fill(i, item);
  }
};

const ViewLists view_lists;

}  // namespace

std::string partial_name(const std::string& path) {
  if (path.find("partials/") == std::string::npos || !ends_with(path, ".mustache")) return "";
  std::string name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.find('.'));
}

// Every template is parsed here, once per build; only a partial that stands
// indented on its own line is parsed again, once per indentation, on first use.
Templates::Templates(const std::map<std::string, std::string>& overrides)
    : files_(theme_files(overrides)) {
  for (const auto& [path, bytes] : files_) {
    if (!ends_with(path, ".mustache")) continue;
    std::string name = partial_name(path);
    if (!name.empty()) partials_[name] = path;
    Parsed& parsed = parsed_[path];
    if (!mustache::parse(bytes, &parsed.tmpl, &parsed.error))
      parsed.error = path + ": " + parsed.error;
  }
}

const std::string& Templates::file(const std::string& path) const {
  auto found = files_.find(path);
  if (found == files_.end()) throw std::runtime_error("no template file " + path);
  return found->second;
}

const mustache::Template& Templates::parsed(const std::string& path,
                                            const std::string& indent) const {
  const Parsed* parsed = nullptr;
  if (indent.empty()) {
    auto found = parsed_.find(path);
    if (found == parsed_.end()) throw std::runtime_error("no template file " + path);
    parsed = &found->second;
  } else {
    std::lock_guard<std::mutex> lock(indented_mutex_);
    auto [slot, added] = indented_.try_emplace(path + '\n' + indent);
    if (added && !mustache::parse(mustache::indented(file(path), indent), &slot->second.tmpl,
                                  &slot->second.error))
      slot->second.error = path + ": " + slot->second.error;
    parsed = &slot->second;
  }
  if (!parsed->error.empty()) throw std::runtime_error("template " + parsed->error);
  return parsed->tmpl;
}

std::string Templates::render(const std::string& path, const nlohmann::json& context,
                              const std::string& content_path,
                              const nlohmann::json* globals) const {
  std::string out;
  render_to(&out, path, context, content_path, globals);
  return out;
}

void Templates::render_to(std::string* out, const std::string& path, const nlohmann::json& context,
                          const std::string& content_path, const nlohmann::json* globals) const {
  mustache::Renderer renderer;
  renderer.globals = globals;
  renderer.lists = &view_lists;
  renderer.escape = escaper_for(content_path.empty() ? path : content_path);
  renderer.partial = [&](const std::string& name,
                         const std::string& indent) -> const mustache::Template* {
    if (name == "content" && !content_path.empty()) return &parsed(content_path, indent);
    auto found = partials_.find(name);
    return found == partials_.end() ? nullptr : &parsed(found->second, indent);
  };
  mustache::render(parsed(path, ""), context, renderer, out);
}

}  // namespace fundpress
