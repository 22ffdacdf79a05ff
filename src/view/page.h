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

/// The frame of a page at `page_path` (inside its language's tree): its
/// "root", "title" and "breadcrumbs", "site_root" and "shared_folder" (where
/// assets and downloads are), and the links to the page in each language
/// ("alternates", "other_languages"). `crumbs` end with the page itself. What
/// every page's frame has alike is in page_globals.
nlohmann::json page_frame(const Project& project, const std::string& page_path,
                          const std::string& title, const std::vector<Crumb>& crumbs);

/// What every page of the project's language reads alike, made once per
/// language and handed to the renderer beside each page's context
/// (render/templates.h) rather than copied into each: the interface text
/// ("t"), "lang", "publisher", the data's dates ("as_of", "last_updated"),
/// the notice and the internal marking, the "licence", and the "scripts" of a
/// page that has none (a register page's own replace them).
nlohmann::json page_globals(const Project& project);

/// Adds to `context` each member of `globals` it does not have: the context
/// as its template sees it (for --dump-context and tests).
void add_page_globals(const nlohmann::json& globals, nlohmann::json* context);

/// The open-data licence: {"name", "url", "has_url"}.
nlohmann::json licence_context(const Wording& wording);

}  // namespace fundpress
