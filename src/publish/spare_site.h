// The site before the current one, kept beside it as "<site>.fundpress-spare"
// instead of being deleted after the swap, and recycled as the next build's
// staging folder. Its unchanged files are hard links to the current site's,
// so the next build writes only what differs and creates no folder that
// already exists: a rebuild after a small change costs what changed, not a
// new tree of every page. The swap stays one rename.
#pragma once

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "publish/previous_site.h"

namespace fundpress {

/// What a spare held when it was claimed: the files its build published (its
/// manifest) and the entries fundpress did not write that were carried into it.
struct SpareContents {
  std::map<std::string, PublishedFile> files;
  /// What the current site holds too: the build that published it carried
  /// these in, and wrote the manifest `site_manifest` (publish/previous_site.h).
  LeftByBuild left;  // foreign: parents before children
};

/// The spare folder of `target`.
std::string spare_path(const std::string& target);

/// Keeps `old_site`, a site just replaced by `target`'s new one, as `target`'s
/// spare, recording `foreign`: what it holds that its manifest does not list,
/// which was carried into the new site, with the stamp of the new site's manifest.
/// False when it cannot (another build's spare is in the way) or must not
/// (`target` is inside a published site, which would publish the spare too):
/// the caller removes `old_site` then.
bool set_aside(const std::string& old_site, const std::string& target,
               const std::vector<std::string>& foreign);

/// Moves `target`'s spare to `staging`, marked as this build's staging folder
/// (so a build killed from now on leaves a folder the next build removes), and
/// reads what it holds. False, with nothing moved, when there is no spare; a
/// spare that does not say what it holds is removed, never reused.
bool claim_spare(const std::string& target, const std::string& staging, SpareContents* contents);

/// Removes from the claimed spare `staging` what it held that this build did
/// not write (`written`): the previous files no longer published, the
/// folders they leave empty, and the carried foreign entries, which the
/// commit carries again from the current site.
void prune_spare(const std::string& staging, const SpareContents& contents,
                 const std::unordered_set<std::string>& written);

}  // namespace fundpress
