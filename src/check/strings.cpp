#include "check/strings.h"

#include "load/json_reader.h"
#include "load/theme.h"

namespace fundpress {
namespace {

// Reads one strings file (an object of texts) into `strings`, over what is there.
bool read_strings(const std::string& bytes, const std::string& file,
                  const std::map<std::string, std::string>* known,
                  std::map<std::string, std::string>* strings, Diagnostics& diagnostics) {
  JsonDocument document;
  if (!read_json(bytes, file, &document, diagnostics)) return false;
  if (!document.value.is_object()) {
    diagnostics.error(document.position_of(""), "a strings file must be an object of texts",
                      "strings");
    return false;
  }
  bool ok = true;
  for (const auto& [key, text] : document.value.items()) {
    std::string pointer = pointer_append("", key);
    if (known && !known->count(key)) {
      diagnostics.error(document.key_position_of(pointer),
                        "no interface text is called \"" + key + "\"; see templates/" +
                            strings_path("en") + " for the keys",
                        "strings");
      ok = false;
    } else if (!text.is_string()) {
      diagnostics.error(document.position_of(pointer), "\"" + key + "\" must be a string",
                        "strings");
      ok = false;
    } else if (text.get<std::string>().find_first_of("<>&") != std::string::npos) {
      // Templates put the text in as it is, like their own words: plain text only.
      diagnostics.error(document.position_of(pointer),
                        "\"" + key + "\" must be plain text, without < > or &", "strings");
      ok = false;
    } else {
      (*strings)[key] = text.get<std::string>();
    }
  }
  return ok;
}

}  // namespace

std::string strings_path(const std::string& code) { return "strings/" + code + ".json"; }

bool load_strings(const std::string& project_dir, Project* project, Diagnostics& diagnostics) {
  std::map<std::string, std::string> built_in = theme_files({});
  std::map<std::string, std::string> english;
  if (!read_strings(built_in.at(strings_path("en")),
                    "templates/" + strings_path("en") + " (built in)", nullptr, &english,
                    diagnostics))
    return false;
  bool ok = true;
  for (Language& language : project->languages) {
    const std::string& code = language.code;
    std::string path = strings_path(code);
    auto own = built_in.find(path);
    if (own != built_in.end())
      ok &= read_strings(own->second, "templates/" + path + " (built in)", &english,
                         &language.strings, diagnostics);
    auto given = project->template_overrides.find(path);
    std::string file = project_dir + "/templates/" + path;
    if (given != project->template_overrides.end())
      ok &= read_strings(given->second, file, &english, &language.strings, diagnostics);
    std::string missing;
    std::size_t missing_count = 0;
    for (const auto& entry : english)
      if (!language.strings.count(entry.first) && missing_count++ < 5)
        missing += (missing.empty() ? "\"" : ", \"") + entry.first + "\"";
    if (missing_count > 0) {
      diagnostics.error(
          Position{
              given != project->template_overrides.end() ? file : project_dir + "/fundpress.json",
              0, 0},
          "the language \"" + code + "\" has no text for " + std::to_string(missing_count) +
              " interface strings (" + missing + (missing_count > 5 ? ", ..." : "") +
              "); give them in " + file,
          "strings");
      ok = false;
    }
  }
  return ok;
}

}  // namespace fundpress
