// The theme: templates/ compiled into the binary by cmake/embed.cmake, so the
// binary finds its templates wherever it runs from, with a publisher's own
// templates/ folder replacing or adding to it file by file.
#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace fundpress {

struct EmbeddedFile {
  const char* path;  // relative to templates/
  const unsigned char* data;
  std::size_t size;
};

extern const EmbeddedFile embedded_templates[];
extern const std::size_t embedded_template_count;

/// Every file of the theme by its path under templates/: the built-in ones,
/// with `overrides` (a publisher's templates/ folder, by path relative to it)
/// replacing or adding to them.
std::map<std::string, std::string> theme_files(const std::map<std::string, std::string>& overrides);

}  // namespace fundpress
