#include "publish/sitemap.h"

#include <set>

#include "render/escape.h"

namespace fundpress {
namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The address of the page at `path`: an index.html by its folder.
std::string address(const std::string& base_url, std::string path) {
  if (path == "index.html") path.clear();
  else if (ends_with(path, "/index.html")) path.resize(path.size() - 10);
  return escape_html(base_url + path);
}

}  // namespace

std::string sitemap_xml(const std::vector<ManifestEntry>& files, const std::string& base_url,
                        const std::vector<SitemapLanguage>& languages) {
  bool several = languages.size() > 1;
  std::set<std::string> written;
  for (const ManifestEntry& file : files) written.insert(file.path);
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";
  xml += several ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n";
  for (const ManifestEntry& file : files) {
    if (!ends_with(file.path, ".html")) continue;
    // The page's path inside its language's folder.
    std::string page = file.path;
    for (const SitemapLanguage& language : languages)
      if (!language.folder.empty() && page.compare(0, language.folder.size(), language.folder) == 0)
        page = page.substr(language.folder.size());
    if (page == "404.html") continue;
    if (!several) {
      xml += "  <url><loc>" + address(base_url, file.path) + "</loc></url>\n";
      continue;
    }
    xml += "  <url><loc>" + address(base_url, file.path) + "</loc>\n";
    for (const SitemapLanguage& language : languages)
      if (written.count(language.folder + page))
        xml += "    <xhtml:link rel=\"alternate\" hreflang=\"" + escape_html(language.hreflang) +
               "\" href=\"" + address(base_url, language.folder + page) + "\"/>\n";
    xml += "  </url>\n";
  }
  return xml + "</urlset>\n";
}

}  // namespace fundpress
