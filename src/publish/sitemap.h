// sitemap.xml (sitemaps.org protocol 0.9): every HTML page of the published
// folder, as an absolute address under the site's base URL. The protocol
// allows no relative addresses, so a site whose address is not known gets no
// sitemap (the check stage warns; see check/config.cpp).
#pragma once

#include <string>
#include <vector>

#include "publish/output_tree.h"

namespace fundpress {

/// The sitemap of `files` (from OutputTree::manifest) under `base_url`, which
/// ends in "/". Pages named index.html are listed by their folder
/// ("register/"); 404.html is left out, as it is no page of its own.
std::string sitemap_xml(const std::vector<ManifestEntry>& files, const std::string& base_url);

}  // namespace fundpress
