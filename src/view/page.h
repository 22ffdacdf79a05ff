// What every page's context has: where it is, how to get home, who publishes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"

namespace fundpress {

/// The relative path from the page at `page_path` (a path inside the site,
/// such as "reports/2017-18/commissioning-budget.html") back to the site's root:
/// "../../". Empty for a page in the root. Every link is built from it, so the
/// site works from file://, from any sub-path and from any host.
std::string root_of(const std::string& page_path);

/// A link in a trail of breadcrumbs: label and path from the site root.
struct Crumb {
  std::string label;
  std::string path;  // "" for the current page
};

/// "page 2 of 3", for the title of a page of a listing split into pages.
std::string page_of_pages(const Project& project, int page, int pages);

/// Ends the breadcrumbs of page `page` of a listing split into pages and
/// called `name`: the name itself on page 1; after it, the name linking to
/// page 1 at `first_path`, then "Page 2".
void add_page_crumbs(const Project& project, const std::string& name,
                     const std::string& first_path, int page, std::vector<Crumb>* crumbs);

/// `count` empty objects: the blank cells a template repeats to fill a table
/// row around a label or a figure (Mustache cannot count).
nlohmann::json blank_cells(std::size_t count);

/// The frame of a page at `page_path` (inside its language's tree): {"lang",
/// "root", "title", "publisher", "breadcrumbs", "as_of", "last_updated",
/// "scripts"}, "site_root" and "shared_folder" (where assets and downloads are), and the links to the
/// page in each language ("alternates", "other_languages"). `crumbs` end with
/// the page itself.
nlohmann::json page_frame(const Project& project, const std::string& page_path,
                          const std::string& title, const std::vector<Crumb>& crumbs);

/// page_frame for many pages: what every frame has alike (the publisher, the
/// dates as shown, the notice) is looked up and formatted once, then copied
/// into each. A source of a page per award keeps one.
class PageFrames {
 public:
  explicit PageFrames(const Project& project);
  /// The same frame page_frame makes.
  nlohmann::json frame(const std::string& page_path, const std::string& title,
                       const std::vector<Crumb>& crumbs) const;

 private:
  const Project& project_;
  nlohmann::json shared_;  // the members that do not depend on the page
};

/// The interface text of the project's language, {"t": {key: text}}: made
/// once per language and handed to the renderer beside each page's context
/// (render/templates.h), as it is the same on every page.
nlohmann::json interface_strings(const Project& project);

/// The open-data licence: {"name", "url", "has_url"}.
nlohmann::json licence_context(const Wording& wording);

}  // namespace fundpress
