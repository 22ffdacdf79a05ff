// sitemap.xml (sitemaps.org protocol 0.9): every HTML page of the published
// folder, as an absolute address under the site's base URL. The protocol
// allows no relative addresses, so a site whose address is not known gets no
// sitemap (the check stage warns; see check/config.cpp). It also allows at
// most 50,000 addresses and 50 MB in one file, so a large site's sitemap.xml
// is an index of numbered sitemaps (sitemap-1.xml, ...), each within both.
#pragma once

#include <cstddef>
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

/// What one sitemap file may hold (the protocol's limits unless a test sets less).
struct SitemapLimits {
  std::size_t addresses = 50000;
  std::size_t bytes = 52428800;  // "50MB (52,428,800 bytes)", uncompressed
};

/// A file of the sitemap: its path in the site and its bytes.
struct SitemapFile {
  std::string path;  // "sitemap.xml", "sitemap-2.xml"
  std::string xml;
};

/// The sitemap of `files` (from OutputTree::manifest) under `base_url`, which
/// ends in "/". Pages named index.html are listed by their folder
/// ("register/"); 404.html is left out, as it is no page of its own. With
/// more than one of `languages`, each page lists its versions in every
/// language as xhtml:link alternates, itself included. One sitemap.xml when
/// the pages fit in `limits`; otherwise sitemap.xml indexes sitemap-1.xml,
/// sitemap-2.xml, ..., which hold the pages in order, each within `limits`.
std::vector<SitemapFile> sitemap_files(const std::vector<ManifestEntry>& files,
                                       const std::string& base_url,
                                       const std::vector<SitemapLanguage>& languages = {},
                                       const SitemapLimits& limits = {});

}  // namespace fundpress
