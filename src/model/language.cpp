#include <nlohmann/json.hpp>

#include "load/theme.h"
#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

const std::map<std::string, std::string>& strings_of(const Project& project) {
  if (project.language < project.languages.size())
    return project.languages[project.language].strings;
  // A project made in code rather than loaded (a test's) speaks the built-in English.
  static const std::map<std::string, std::string> english = [] {
    std::map<std::string, std::string> strings;
    nlohmann::json file = nlohmann::json::parse(theme_files({}).at("strings/en.json"));
    for (const auto& [key, text] : file.items()) strings[key] = text.get<std::string>();
    return strings;
  }();
  return english;
}

const std::string& text_of(const Project& project, const std::string& key) {
  static const std::string none;
  const std::map<std::string, std::string>& strings = strings_of(project);
  auto found = strings.find(key);
  return found == strings.end() ? none : found->second;
}

std::string fill(const std::string& text, const std::string& name) {
  std::string filled = text;
  std::size_t at = filled.find("{name}");
  if (at != std::string::npos) filled.replace(at, 6, name);
  return filled;
}

Project in_language(const Project& project, std::size_t language) {
  Project translated = project;
  translated.language = language;
  // A heading the publisher did not word is the language's own.
  for (int i = 0; i < field_count; ++i) {
    const FieldInfo& info = field_info(static_cast<Field>(i));
    std::string& label = translated.wording.field_labels[info.field];
    if (label.empty()) label = text_of(translated, std::string("field_") + info.name);
  }
  return translated;
}

std::string language_folder(const Project& project, std::size_t index) {
  return index == 0 ? "" : project.languages[index].code + "/";
}

}  // namespace fundpress
