#include <algorithm>

#include <nlohmann/json.hpp>

#include "load/theme.h"
#include "model/fields.h"
#include "model/money_format.h"
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

std::string fill(const std::string& text, std::initializer_list<Placeholder> values) {
  std::string filled;
  filled.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t open = text.find('{', at);
    std::size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) break;
    filled.append(text, at, open - at);
    std::string key = text.substr(open + 1, close - open - 1);
    const Placeholder* value = nullptr;
    for (const Placeholder& placeholder : values)
      if (key == placeholder.key) value = &placeholder;
    // A brace that is no placeholder of this text is the text's own.
    filled += value ? value->value : text.substr(open, close - open + 1);
    at = close + 1;
  }
  filled.append(text, std::min(at, text.size()), std::string::npos);
  return filled;
}

std::string say(const Project& project, const std::string& key,
                std::initializer_list<Placeholder> values) {
  return fill(text_of(project, key), values);
}

std::string count_text(const Project& project, std::size_t count, const std::string& noun) {
  return say(project, "count_" + noun + (count == 1 ? "_one" : "_other"),
             {{"count", grouped(count)}});
}

const char* row_noun_key(const Project& project) {
  switch (project.measure) {
    case Measure::proposed: return "budget_line";
    case Measure::awarded: return "award";
    case Measure::paid: return "payment";
  }
  return "award";
}

std::string row_noun(const Project& project) {
  return text_of(project, std::string("noun_") + row_noun_key(project));
}

std::string rows_noun(const Project& project) {
  return text_of(project, std::string("nouns_") + row_noun_key(project));
}

std::string count_rows(const Project& project, std::size_t rows) {
  return count_text(project, rows, row_noun_key(project));
}

const std::string& measure_text(const Project& project, Measure measure) {
  return text_of(project, std::string("measure_") + measure_name(measure));
}

std::string default_report_title() { return "Commissioning budget"; }
std::string default_grand_total() { return "Grand total"; }
std::string default_subtotal(const std::string& section) { return section + " sub-total"; }

Project in_language(const Project& project, std::size_t language) {
  Project translated = project;
  translated.language = language;
  Wording& wording = translated.wording;
  if (wording.report_title == default_report_title())
    wording.report_title = text_of(translated, "default_report_title");
  if (wording.grand_total_label == default_grand_total())
    wording.grand_total_label = text_of(translated, "default_grand_total");
  for (Section& section : translated.sections)
    if (section.subtotal_label == default_subtotal(section.name))
      section.subtotal_label = say(translated, "default_subtotal", {{"name", section.name}});
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
