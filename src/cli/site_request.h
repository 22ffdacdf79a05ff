// What `fundpress serve` answers to a request path: a file of the published
// site, a redirect, or a refusal. Only files inside the output folder are
// served: a `..` or `.` segment (after percent-decoding, which the HTTP
// library does) is refused, and a path whose real location (symbolic links
// followed) is outside the folder is not found.
#pragma once

#include <string>

namespace fundpress {

struct SiteAnswer {
  enum class Kind { file, redirect, not_found, forbidden };
  Kind kind = Kind::not_found;
  std::string file;      // file: its real path
  std::string location;  // redirect: where to
};

/// The path part of `base_url`, always ending in '/': "https://x.org/funding/"
/// gives "/funding/"; no base_url gives "/".
std::string base_path_of(const std::string& base_url);

/// `path` (decoded, from the request line) answered from the site in
/// `root` (a real path, no trailing '/') published at `base_path`. A folder
/// is its index.html; a folder named without its trailing '/' redirects to
/// it, so relative links resolve; "/" redirects to `base_path`.
SiteAnswer answer_request(const std::string& root, const std::string& base_path,
                          const std::string& path);

/// The Content-Type of a file by its extension (HTML, CSS, scripts, JSON,
/// CSV, XML, SVG, icons, workbooks, Markdown); octet-stream otherwise.
std::string content_type_of(const std::string& file);

/// The page every HTML request gets while the last build failed: its
/// diagnostics, escaped, one a line.
std::string build_failed_page(const std::string& diagnostics);

}  // namespace fundpress
