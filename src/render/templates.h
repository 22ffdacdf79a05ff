// The template engine, behind one small interface. Mustache (render/mustache.h)
// renders HTML, SVG, XML and Markdown from the view model; which escaping applies
// follows from the template's name (".html.mustache" escapes for HTML,
// ".md.mustache" for Markdown, ".js.mustache" for JavaScript string literals).
#pragma once

#include <map>
#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "render/mustache.h"

namespace fundpress {

/// The name a template under a partials/ folder is included by, {{> name}}:
/// "header" for "site/partials/header.html.mustache"; "" for any other file.
std::string partial_name(const std::string& path);

class Templates {
 public:
  /// The theme (load/theme.h): the default one, with `overrides` (a
  /// publisher's templates/ folder, by path relative to it) replacing or
  /// adding to it.
  explicit Templates(const std::map<std::string, std::string>& overrides = {});

  /// Renders the template at `path` with `context`. Every template under a
  /// partials/ folder is available as {{> name}}, by its name without
  /// extensions; {{> content}} is the template at `content_path`, so a page
  /// template can sit inside a layout. Safe to call from several threads.
  /// The context is read in place, never copied; a name it lacks is looked
  /// for in `globals` (view/page.h: page_globals). Throws
  /// std::runtime_error naming the file when a template is malformed.
  std::string render(const std::string& path, const nlohmann::json& context,
                     const std::string& content_path = "",
                     const nlohmann::json* globals = nullptr) const;
  /// As render(), appended to `out`. A build renders page after page into one
  /// buffer per thread: a new string per page grew through fresh memory to
  /// each large page's size, a quarter of a large build's page faults.
  void render_to(std::string* out, const std::string& path, const nlohmann::json& context,
                 const std::string& content_path = "",
                 const nlohmann::json* globals = nullptr) const;

  /// The bytes of a file that is not a template (CSS, JavaScript, a layout).
  const std::string& file(const std::string& path) const;
  /// Every file of the theme, templates and others, by path.
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  struct Parsed {
    mustache::Template tmpl;
    std::string error;  // "path: line 3: ...", when it did not parse
  };
  const mustache::Template& parsed(const std::string& path, const std::string& indent) const;

  std::map<std::string, std::string> files_;
  std::map<std::string, std::string> partials_;  // {{> name}} -> the template's path
  std::map<std::string, Parsed> parsed_;         // every template, by path
  mutable std::mutex indented_mutex_;
  mutable std::map<std::string, Parsed> indented_;  // "path\nindent" -> parsed indented
};

}  // namespace fundpress
