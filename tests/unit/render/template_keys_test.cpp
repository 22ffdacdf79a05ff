// The contract between the views and the templates: every template of the
// theme rendered with the context its view builds, for several projects,
// reads only keys the view provides, and every key a view writes is read by
// some template. A mistyped key would otherwise render as nothing.
//
// The templates are read the way Mustache (render/mustache.h) renders them: only the
// branches a render takes, a name looked up through the stack of sections it
// stands in, a dotted name member by member, a list section once per item.
// Keys are named by their place in the context: "report.sections[].rows[].id".
// A partial is a type: what it reads of the object it is entered at in one
// render (a table's total, a run's title) counts as read wherever it is
// entered, since the same partial renders it there when the data calls for it.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/strings.h"
#include "check/workbook_layout.h"
#include "fixture_project.h"
#include "load/theme.h"
#include "model/text.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "view/page.h"

namespace fundpress {
namespace {

struct Frame {
  const nlohmann::json* value;
  std::string path;  // where `value` is in the context
};

class KeyReader {
 public:
  explicit KeyReader(std::map<std::string, std::string> partials)
      : partials_(std::move(partials)) {}

  /// Reads `text` (the template `name`) against `context`; {{> content}} is `content`.
  void read(const std::string& name, const std::string& text, const nlohmann::json& context,
            const std::string& content = "") {
    partials_["content"] = content;
    std::vector<Frame> stack = {{&context, ""}};
    walk(name, text, &stack);
  }

  /// Whether `key` was read: by name, or by a partial entered above it.
  bool was_read(const std::string& key) const {
    if (read_keys.count(key)) return true;
    for (const auto& [partial, at] : entered_) {
      if (!at.empty() && key.compare(0, at.size() + 1, at + ".") != 0) continue;
      auto reads = partial_reads_.find(partial);
      if (reads != partial_reads_.end() &&
          reads->second.count(at.empty() ? key : key.substr(at.size() + 1)))
        return true;
    }
    return false;
  }

  std::set<std::string> missing;  // "template: name (in section path)"

 private:
  static std::string child(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

  // Mustache's truthiness as render/mustache.h has it: null, false, "" and [] are false.
  static bool truthy(const nlohmann::json& value) {
    if (value.is_null()) return false;
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_string()) return !value.get<std::string>().empty();
    if (value.is_array()) return !value.empty();
    return true;
  }

  // Resolves a (dotted) name, recording every key it reads; nullptr when the
  // context has no such value. `where` receives the value's path.
  const nlohmann::json* resolve(const std::string& name, const std::vector<Frame>& stack,
                                std::string* where) {
    if (name == ".") {
      *where = stack.back().path;
      return stack.back().value;
    }
    std::vector<std::string> parts;
    for (std::size_t start = 0; start <= name.size();) {
      std::size_t dot = std::min(name.find('.', start), name.size());
      parts.push_back(name.substr(start, dot - start));
      start = dot + 1;
    }
    const nlohmann::json* value = nullptr;
    for (auto frame = stack.rbegin(); frame != stack.rend() && !value; ++frame) {
      if (frame->value->is_object() && frame->value->contains(parts[0])) {
        value = &(*frame->value)[parts[0]];
        *where = child(frame->path, parts[0]);
      }
    }
    if (!value) return nullptr;
    record(*where);
    for (std::size_t i = 1; i < parts.size(); ++i) {
      if (!value->is_object() || !value->contains(parts[i])) return nullptr;
      value = &(*value)[parts[i]];
      *where = child(*where, parts[i]);
      record(*where);
    }
    return value;
  }

  // Walks `text` as a render does: only the branches it takes.
  void walk(const std::string& name, const std::string& text, std::vector<Frame>* stack) {
    std::size_t at = 0;
    while (true) {
      std::size_t open = text.find("{{", at);
      if (open == std::string::npos) return;
      bool triple = text.compare(open, 3, "{{{") == 0;
      std::size_t close = text.find(triple ? "}}}" : "}}", open);
      ASSERT_NE(close, std::string::npos) << name << ": a tag is not closed";
      std::string tag = trim(text.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2)));
      at = close + (triple ? 3 : 2);
      char sigil = tag.empty() ? ' ' : tag[0];
      if (sigil == '!') continue;
      ASSERT_NE(sigil, '=') << name << ": the theme does not change delimiters";
      if (sigil == '>') {
        std::string partial = trim(tag.substr(1));
        auto found = partials_.find(partial);
        if (found == partials_.end()) {
          missing.insert(name + ": partial " + partial);
          continue;
        }
        entered_.insert({partial, stack->back().path});
        active_.push_back({partial, stack->back().path});
        walk(partial, found->second, stack);
        active_.pop_back();
        continue;
      }
      bool section = sigil == '#' || sigil == '^';
      std::string key = trim(sigil == '&' || section ? tag.substr(1) : tag);
      std::string where;
      const nlohmann::json* value = resolve(key, *stack, &where);
      if (!value) missing.insert(name + ": " + key + " (in " + stack->back().path + ")");
      if (!section) continue;
      std::size_t end = section_end(text, key, at);
      ASSERT_NE(end, std::string::npos) << name << ": section " << key << " is not closed";
      std::string inner = text.substr(at, end - at);
      at = text.find("}}", end) + 2;
      bool on = value && truthy(*value);
      if (sigil == '^') {
        if (!on) walk(name, inner, stack);
      } else if (on && value->is_array()) {
        for (const nlohmann::json& item : *value) {
          stack->push_back({&item, where + "[]"});
          walk(name, inner, stack);
          stack->pop_back();
        }
      } else if (on && value->is_object()) {
        stack->push_back({value, where});
        walk(name, inner, stack);
        stack->pop_back();
      } else if (on) {
        walk(name, inner, stack);  // a true flag or a text: names inside look past it
      }
    }
  }

  // Where the section `key` opened before `from` closes, minding nested
  // sections of the same name.
  static std::size_t section_end(const std::string& text, const std::string& key,
                                 std::size_t from) {
    int depth = 1;
    for (std::size_t at = text.find("{{", from); at != std::string::npos;
         at = text.find("{{", at + 2)) {
      std::string tag = trim(text.substr(at + 2, text.find("}}", at) - at - 2));
      if (tag.size() < 2 || trim(tag.substr(1)) != key) continue;
      if (tag[0] == '#' || tag[0] == '^') ++depth;
      if (tag[0] == '/' && --depth == 0) return at;
    }
    return std::string::npos;
  }

  // Records that `key` (a full path) was read, and what each partial being
  // walked read of the object it was entered at.
  void record(const std::string& key) {
    read_keys.insert(key);
    for (const auto& [partial, at] : active_) {
      if (at.empty()) partial_reads_[partial].insert(key);
      else if (key.compare(0, at.size() + 1, at + ".") == 0)
        partial_reads_[partial].insert(key.substr(at.size() + 1));
    }
  }

  std::map<std::string, std::string> partials_;
  std::set<std::string> read_keys;
  std::vector<std::pair<std::string, std::string>> active_;  // partials being walked, and where
  std::set<std::pair<std::string, std::string>>
      entered_;  // every partial, and where it was entered
  std::map<std::string, std::set<std::string>> partial_reads_;
};

// Every key of `value` by its place, as KeyReader names them.
void written_keys(const nlohmann::json& value, const std::string& path,
                  std::set<std::string>* keys) {
  if (value.is_object()) {
    for (const auto& item : value.items()) {
      std::string key = path.empty() ? item.key() : path + "." + item.key();
      keys->insert(key);
      written_keys(item.value(), key, keys);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) written_keys(item, path + "[]", keys);
  }
}

// The projects whose pages between them take every branch of the theme.
std::vector<Project> projects() {
  std::vector<Project> all;
  for (const char* name :
       {"../../data/leicestershire", "every-field-two-years", "hostile-text", "formula-injection"})
    all.push_back(load_fixture(name));
  // Totals within rounding and published with a note; figures in £000s; no recipients.
  all.push_back(load_fixture("printed-budget", 1));
  // Funds with envelopes and limits, one over its envelope, lines outside the limits.
  all.push_back(load_fixture("fund-pages", 3));
  const Project leicestershire = all[0];
  // A publisher's own accessibility statement.
  Project custom = leicestershire;
  custom.pages.push_back(
      ProsePage{"accessibility", "Our statement", "# Our statement\n\nWe test it.\n", 0});
  all.push_back(custom);
  // A statement tested by a person, with an address to write to; an area
  // with no lines of its own, only those of the areas within it.
  Project tested = leicestershire;
  tested.site.accessibility_tested = "1 April 2017";
  tested.site.accessibility_contact = "access@example.org";
  tested.areas.push_back(Area{"East Midlands", "", {0}});
  all.push_back(tested);
  // An internal copy (build --internal), marked on every page.
  Project internal = leicestershire;
  internal.internal = true;
  all.push_back(internal);
  // The register's script data in parts of 20 rows, the reports in parts of 30
  // lines, listings in pages of 2.
  Project parted = leicestershire;
  parted.site.register_shard_rows = 20;
  parted.site.report_part_lines = 30;  // and reports in parts
  parted.site.listing_page_size = 2;   // listings in pages, a year's changes cut short
  all.push_back(parted);
  // A register with nothing in it yet.
  Project empty = leicestershire;
  empty.awards.clear();
  empty.years.clear();
  all.push_back(empty);
  // The Welsh pages of a site in English and Welsh: the language switch.
  Project bilingual = leicestershire;
  bilingual.languages = {Language{"en", {}}, Language{"cy", {}}};
  Diagnostics diagnostics;
  EXPECT_TRUE(load_strings("", &bilingual, diagnostics));
  all.push_back(in_language(bilingual, 1));
  return all;
}

TEST(TemplateKeys, EveryKeyATemplateReadsIsProvidedAndEveryKeyAViewWritesIsRead) {
  std::map<std::string, std::string> theme = theme_files({});
  std::map<std::string, std::string> partials;
  for (const auto& [path, bytes] : theme)
    if (!partial_name(path).empty()) partials[partial_name(path)] = bytes;
  KeyReader reader(partials);
  std::set<std::string> written, missing, templates_used;
  for (const Project& project : projects()) {
    WorkbookLayout layout;
    Diagnostics diagnostics;
    ASSERT_TRUE(load_workbook_layout(project, "", &layout, diagnostics));
    Downloads downloads = prepare_downloads(project, layout);
    nlohmann::json globals = page_globals(project);
    for (const Output& output : plan_outputs(PlanInputs{project, SitePaths(project), downloads})) {
      const OutputKind& kind = *output.kind;
      if (kind.template_path.empty()) continue;
      templates_used.insert(kind.template_path);
      nlohmann::json context = output_context(output);
      // What every page shares is read beside the context, as the renderer does.
      add_page_globals(globals, &context);
      written_keys(context, "", &written);
      reader.missing.clear();
      if (kind.layout.empty())
        reader.read(kind.template_path, theme.at(kind.template_path), context);
      else reader.read(kind.layout, theme.at(kind.layout), context, theme.at(kind.template_path));
      for (const std::string& m : reader.missing) missing.insert(output.planned.path + ": " + m);
    }
  }
  EXPECT_EQ(templates_used.size(), 17u) << "every page and document template is read";
  for (const std::string& m : missing)
    ADD_FAILURE() << "a template reads what its view does not provide: " << m;
  // Every page is given every interface string ("t"); the strings tests check those.
  for (const std::string& key : written)
    if (key.rfind("t.", 0) != 0 && !reader.was_read(key)) ADD_FAILURE() << "a view writes what no template reads: " << key;
}

}  // namespace
}  // namespace fundpress
