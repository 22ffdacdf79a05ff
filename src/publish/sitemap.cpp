#include "publish/sitemap.h"

#include "render/escape.h"

namespace fundpress {
namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string sitemap_xml(const std::vector<ManifestEntry>& files, const std::string& base_url) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const ManifestEntry& file : files) {
    if (!ends_with(file.path, ".html") || file.path == "404.html") continue;
    std::string path = file.path;
    if (path == "index.html") path.clear();
    else if (ends_with(path, "/index.html")) path.resize(path.size() - 10);
    xml += "  <url><loc>" + escape_html(base_url + path) + "</loc></url>\n";
  }
  return xml + "</urlset>\n";
}

}  // namespace fundpress
