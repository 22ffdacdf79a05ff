// The default theme, compiled in by cmake/embed.cmake so the binary finds its
// templates wherever it runs from.
#pragma once

#include <cstddef>

namespace fundpress {

struct EmbeddedFile {
  const char* path;  // relative to templates/
  const unsigned char* data;
  std::size_t size;
};

extern const EmbeddedFile embedded_templates[];
extern const std::size_t embedded_template_count;

}  // namespace fundpress
