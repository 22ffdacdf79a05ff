// Every address the site publishes, as a path from the site root
// ("sections/victims/index.html"); a page prefixes its `root` to link to them.
// Slugs are made once per project and are unique within each kind, so every
// page and every link agree on them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/fields.h"
#include "model/project.h"
#include "rollup/rollup.h"
#include "view/input_digest.h"

namespace fundpress {

/// How a dimension is named in addresses and on the page.
struct DimensionNames {
  const char* key;       // "sections": the folder and the navigation key
  const char* title;     // "Sections"
  const char* singular;  // "section"
  Field field;           // the field whose values it lists
};
const DimensionNames& names_of(Dimension dimension);

/// The title of `dimension`'s pages ("Sections") in the language they are planned in.
const std::string& title_of(const Project& project, Dimension dimension);

/// One of `dimension`'s things as a sentence names it ("section", "adran").
const std::string& singular_of(const Project& project, Dimension dimension);

/// The name of value `key` of `dimension` as pages show it: "Victims",
/// "Catch 22", "2017/18".
std::string name_of(const Project& project, Dimension dimension, int key);

/// The dimensions that have listing pages, in navigation order: sections,
/// areas, organisations and years always; funds and priorities only when an
/// award has one.
std::vector<Dimension> listed_dimensions(const Project& project);

/// Cheap to copy: the slugs are shared, so each page's context maker can keep one.
class SitePaths {
 public:
  explicit SitePaths(const Project& project);

  /// listed_dimensions(project), worked out once.
  const std::vector<Dimension>& listed() const { return shared_->listed; }
  /// Whether priority `key` has a page: some line names it first (its primary),
  /// since a line counts, and is listed, under its primary priority only.
  bool priority_has_page(int key) const { return shared_->primary[key]; }

  static std::string home() { return "index.html"; }
  static std::string award(const Award& award) { return "awards/" + award.id + "/index.html"; }
  /// "register/index.html" for page 1, "register/page/2/index.html" after.
  static std::string register_page(int page);
  /// The register's script data: every row, or where its parts are.
  static std::string register_data() { return "register/awards.js"; }
  /// Part `n` (from 1) of the register's script data: "register/data/3.js".
  static std::string register_part(int n) { return "register/data/" + std::to_string(n) + ".js"; }
  /// The site search's shard keys, and one shard of its index (view/search_index.h).
  static std::string search_index() { return "search/index.js"; }
  /// Part `part` (from 1) of a search shard: search/<key>.js, search/<key>.2.js, ...
  static std::string search_shard(const std::string& key, std::size_t part) {
    return "search/" + key + (part > 1 ? "." + std::to_string(part) : "") + ".js";
  }
  /// A prose page from pages/<slug>.md.
  static std::string prose(const std::string& slug) { return slug + "/index.html"; }
  static std::string glossary() { return "glossary/index.html"; }
  static std::string accessibility() { return "accessibility/index.html"; }
  /// Served for any missing address, at any depth.
  static std::string not_found() { return "404.html"; }
  /// The icon browsers ask every site for, at its root.
  static std::string favicon_ico() { return "favicon.ico"; }
  /// A file of the theme's assets/ folder, published as it is: "assets/site.css".
  static std::string asset(const std::string& name) { return "assets/" + name; }

  static std::string reports_index() { return "reports/index.html"; }
  /// A year's report: "reports/2017-18/commissioning-budget" + ".html", ".md" or ".xlsx".
  static std::string report(FinancialYear year, const std::string& extension);
  /// Part `part` of a report split into parts: part 1 is report(); then
  /// "reports/2017-18/commissioning-budget-part-2" + extension.
  static std::string report_part(FinancialYear year, std::size_t part, const std::string& extension);

  /// The open data, in downloads/. The downloads page links each by its name.
  static std::string downloads_folder() { return "downloads/"; }
  static std::string downloads_index() { return downloads_folder() + "index.html"; }
  static std::string awards_csv() { return downloads_folder() + "awards.csv"; }
  static std::string awards_csv_metadata() { return downloads_folder() + "awards.csv-metadata.json"; }
  static std::string awards_json() { return downloads_folder() + "awards.json"; }
  static std::string awards_schema() { return downloads_folder() + "awards.schema.json"; }
  static std::string grants_json() { return downloads_folder() + "360giving.json"; }
  static std::string grants_csv() { return downloads_folder() + "360giving.csv"; }
  /// The annual workbook of `year`: "downloads/fundpress-2017-18.xlsx".
  static std::string workbook(FinancialYear year);
  /// The last segment of `path`: the name a page in the same folder links it by.
  static std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

  /// "sections/index.html"
  std::string index(Dimension dimension) const;
  /// Page `page` of a dimension's index split into pages (view/listing_view.h):
  /// index() for page 1, "organisations/page/2/index.html" after.
  std::string index_page(Dimension dimension, int page) const;
  /// "sections/victims/index.html"; `key` indexes the dimension's catalogue
  /// (Project::sections, ..., Project::years).
  std::string item(Dimension dimension, int key) const;
  /// Page `page` of a value's page split into pages (view/listing_view.h):
  /// item() for page 1, "sections/victims/page/2/index.html" after.
  std::string item_page(Dimension dimension, int key, int page) const;
  const std::string& slug(Dimension dimension, int key) const;
  /// Feeds every slug, the dimensions listed and which priorities have a page.
  void feed(InputDigest& digest) const;

 private:
  struct Shared {
    std::vector<std::vector<std::string>> slugs;  // by Dimension, then key
    std::vector<Dimension> listed;
    std::vector<bool> primary;  // by priority
  };
  std::shared_ptr<const Shared> shared_;
};

}  // namespace fundpress
