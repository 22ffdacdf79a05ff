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

const char* const xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const char* const urlset_end = "</urlset>\n";

// The <url> element of each page, in the manifest's order.
std::vector<std::string> url_elements(const std::vector<ManifestEntry>& files,
                                      const std::string& base_url,
                                      const std::vector<SitemapLanguage>& languages) {
  bool several = languages.size() > 1;
  std::set<std::string> written;
  if (several)
    for (const ManifestEntry& file : files) written.insert(file.path);
  std::vector<std::string> urls;
  for (const ManifestEntry& file : files) {
    if (!ends_with(file.path, ".html")) continue;
    // The page's path inside its language's folder.
    std::string page = file.path;
    for (const SitemapLanguage& language : languages)
      if (!language.folder.empty() && page.compare(0, language.folder.size(), language.folder) == 0)
        page = page.substr(language.folder.size());
    if (page == "404.html") continue;
    if (!several) {
      urls.push_back("  <url><loc>" + address(base_url, file.path) + "</loc></url>\n");
      continue;
    }
    std::string url = "  <url><loc>" + address(base_url, file.path) + "</loc>\n";
    for (const SitemapLanguage& language : languages)
      if (written.count(language.folder + page))
        url += "    <xhtml:link rel=\"alternate\" hreflang=\"" + escape_html(language.hreflang) +
               "\" href=\"" + address(base_url, language.folder + page) + "\"/>\n";
    urls.push_back(url + "  </url>\n");
  }
  return urls;
}

}  // namespace

std::vector<SitemapFile> sitemap_files(const std::vector<ManifestEntry>& files,
                                       const std::string& base_url,
                                       const std::vector<SitemapLanguage>& languages,
                                       const SitemapLimits& limits) {
  std::string start = std::string(xml_declaration) +
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"" +
                      (languages.size() > 1 ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
                                            : ">\n");
  // The pages in runs that each fit one file; at least one run, even if empty.
  std::vector<std::string> parts(1, start);
  std::size_t in_part = 0;
  for (const std::string& url : url_elements(files, base_url, languages)) {
    bool full = in_part == limits.addresses ||
                parts.back().size() + url.size() + std::string(urlset_end).size() > limits.bytes;
    if (in_part > 0 && full) {
      parts.back() += urlset_end;
      parts.push_back(start);
      in_part = 0;
    }
    parts.back() += url;
    ++in_part;
  }
  parts.back() += urlset_end;
  if (parts.size() == 1) return {{"sitemap.xml", std::move(parts.front())}};

  std::vector<SitemapFile> out;
  std::string index = std::string(xml_declaration) +
                      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string path = "sitemap-" + std::to_string(i + 1) + ".xml";
    index += "  <sitemap><loc>" + escape_html(base_url + path) + "</loc></sitemap>\n";
    out.push_back({path, std::move(parts[i])});
  }
  out.insert(out.begin(), {"sitemap.xml", index + "</sitemapindex>\n"});
  return out;
}

}  // namespace fundpress
