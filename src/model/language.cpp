#include "model/project.h"

namespace fundpress {

const std::string& text_of(const Project& project, const std::string& key) {
  static const std::string none;
  if (project.language >= project.languages.size()) return none;
  const auto& strings = project.languages[project.language].strings;
  auto found = strings.find(key);
  return found == strings.end() ? none : found->second;
}

std::string language_folder(const Project& project, std::size_t index) {
  return index == 0 ? "" : project.languages[index].code + "/";
}

}  // namespace fundpress
