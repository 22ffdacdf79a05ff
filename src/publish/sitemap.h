// sitemap.xml (sitemaps.org protocol 0.9): every HTML page of the published
// folder, as an absolute address under the site's base URL. The protocol
// allows no relative addresses, so a site whose address is not known gets no
// sitemap (the check stage warns; see check/config.cpp).
#pragma once

#include <string>
#include <vector>

#include "publish/output_tree.h"

namespace fundpress {

/// One language of a site published in several: its `hreflang` ("cy") and the
/// folder its pages are in ("" for the default, "cy/").
struct SitemapLanguage {
  std::string hreflang;
  std::string folder;
};

/// The sitemap of `files` (from OutputTree::manifest) under `base_url`, which
/// ends in "/". Pages named index.html are listed by their folder
/// ("register/"); 404.html is left out, as it is no page of its own. With
/// more than one of `languages`, each page lists its versions in every
/// language as xhtml:link alternates, itself included.
std::string sitemap_xml(const std::vector<ManifestEntry>& files, const std::string& base_url,
                        const std::vector<SitemapLanguage>& languages = {});

}  // namespace fundpress
