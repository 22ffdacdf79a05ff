#include "publish/sitemap.h"

#include <algorithm>
#include <string_view>

#include "model/text.h"
#include "render/escape.h"

namespace fundpress {
namespace {

// The address of the page at `path`: an index.html by its folder.
std::string address(const std::string& base_url, std::string path) {
  if (path == "index.html") path.clear();
  else if (ends_with(path, "/index.html")) path.resize(path.size() - 10);
  return escape_html(base_url + path);
}

const char* const xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const char* const urlset_end = "</urlset>\n";

// The <url> element of each page, in the manifest's order, made one at a
// time: at a million pages, a list of them all was the build's peak.
class UrlElements {
 public:
  UrlElements(const std::vector<ManifestEntry>& files, const std::string& base_url,
              const std::vector<SitemapLanguage>& languages)
      : files_(files), base_url_(base_url), languages_(languages) {
    if (languages.size() > 1) {
      for (const ManifestEntry& file : files) written_.push_back(file.path);
      std::sort(written_.begin(), written_.end());
    }
  }

  template <typename Add>
  void each(const Add& add) const {
    bool several = languages_.size() > 1;
    for (const ManifestEntry& file : files_) {
      if (!ends_with(file.path, ".html")) continue;
      // The page's path inside its language's folder.
      std::string page = file.path;
      for (const SitemapLanguage& language : languages_)
        if (!language.folder.empty() &&
            page.compare(0, language.folder.size(), language.folder) == 0)
          page = page.substr(language.folder.size());
      if (page == "404.html") continue;
      std::string url = "  <url><loc>" + address(base_url_, file.path) + "</loc>";
      if (several) {
        url += "\n";
        for (const SitemapLanguage& language : languages_)
          if (std::binary_search(written_.begin(), written_.end(), language.folder + page))
            url += "    <xhtml:link rel=\"alternate\" hreflang=\"" +
                   escape_html(language.hreflang) + "\" href=\"" +
                   address(base_url_, language.folder + page) + "\"/>\n";
        url += "  ";
      }
      add(url + "</url>\n");
    }
  }

 private:
  const std::vector<ManifestEntry>& files_;
  const std::string& base_url_;
  const std::vector<SitemapLanguage>& languages_;
  std::vector<std::string_view> written_;  // every path, sorted: a page's other versions
};

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
  std::vector<SitemapFile> out(1, {"", start});
  std::size_t in_part = 0;
  UrlElements(files, base_url, languages).each([&](const std::string& url) {
    std::string& part = out.back().xml;
    bool full = in_part == limits.addresses ||
                part.size() + url.size() + std::string(urlset_end).size() > limits.bytes;
    if (in_part > 0 && full) {
      part += urlset_end;
      out.push_back({"", start});
      in_part = 0;
    }
    out.back().xml += url;
    ++in_part;
  });
  out.back().xml += urlset_end;
  if (out.size() == 1) {
    out.front().path = "sitemap.xml";
    return out;
  }
  std::string index = std::string(xml_declaration) +
                      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].path = "sitemap-" + std::to_string(i + 1) + ".xml";
    index += "  <sitemap><loc>" + escape_html(base_url + out[i].path) + "</loc></sitemap>\n";
  }
  out.insert(out.begin(), {"sitemap.xml", index + "</sitemapindex>\n"});
  return out;
}

}  // namespace fundpress
