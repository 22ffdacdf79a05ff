#include "load/theme.h"

namespace fundpress {

std::map<std::string, std::string> theme_files(
    const std::map<std::string, std::string>& overrides) {
  std::map<std::string, std::string> files;
  for (std::size_t i = 0; i < embedded_template_count; ++i) {
    const EmbeddedFile& f = embedded_templates[i];
    files[f.path] = std::string(reinterpret_cast<const char*>(f.data), f.size);
  }
  for (const auto& [path, bytes] : overrides) files[path] = bytes;
  return files;
}

}  // namespace fundpress
