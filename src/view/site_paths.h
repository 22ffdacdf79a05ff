// The addresses of the website's own pages, as paths from the site root
// ("sections/victims/index.html"); a page prefixes its `root` to link to them.
// Slugs are made once per project and are unique within each kind, so every
// page and every link agree on them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/project.h"
#include "rollup/rollup.h"

namespace fundpress {

/// How a dimension is named in addresses and on the page.
struct DimensionNames {
  const char* key;       // "sections": the folder and the navigation key
  const char* title;     // "Sections"
  const char* singular;  // "section"
  const char* field;     // "section": the canonical field (model/fields.h)
};
const DimensionNames& names_of(Dimension dimension);

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

  static std::string award(const Award& award) { return "awards/" + award.id + "/index.html"; }
  /// "register/index.html" for page 1, "register/page/2/index.html" after.
  static std::string register_page(int page);
  /// A prose page from pages/<slug>.md.
  static std::string prose(const std::string& slug) { return slug + "/index.html"; }

  /// "sections/index.html"
  std::string index(Dimension dimension) const;
  /// "sections/victims/index.html"; `key` indexes the dimension's catalogue
  /// (Project::sections, ..., Project::years).
  std::string item(Dimension dimension, int key) const;
  const std::string& slug(Dimension dimension, int key) const;

 private:
  struct Shared {
    std::vector<std::vector<std::string>> slugs;  // by Dimension, then key
    std::vector<Dimension> listed;
  };
  std::shared_ptr<const Shared> shared_;
};

}  // namespace fundpress
