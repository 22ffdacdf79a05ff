// Staging folders beside the published one. A build writes into
// "<site>.fundpress-staging-<pid>", marked inside as its own; a build that was
// killed leaves it behind, where a web server might serve it, so the next build
// into the same site removes the staging folders it can prove are stale:
// marked by fundpress for this site, by a process that no longer runs.
#pragma once

#include <string>

namespace fundpress {

/// The name of the marker file inside a staging folder. It is removed just
/// before the folder becomes the site.
extern const char* const staging_marker_name;

/// Writes the marker of a staging folder for `target` by this process.
bool mark_staging(const std::string& staging, const std::string& target, std::string* error);

/// Removes the stale staging folders of `target` (and folders holding a previous
/// site that a crashed swap left) and returns how many it removed.
int remove_stale_staging(const std::string& target);

}  // namespace fundpress
