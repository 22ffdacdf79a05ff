// Slugs: the path segments of the site's stable addresses.
#pragma once

#include <string>

namespace fundpress {

/// Lower-case ASCII letters, digits and single hyphens, from any text: "Cross
/// cutting/Partnership" -> "cross-cutting-partnership". Letters with accents
/// lose them (é -> e); other characters separate words. Never empty (falls
/// back to `fallback`), at most 80 characters, never "." or "..", so a slug can
/// never leave the folder it names.
std::string slugify(const std::string& text, const std::string& fallback = "item");

}  // namespace fundpress
