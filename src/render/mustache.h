// Mustache, parsed once and rendered many times straight from the view model.
// fundpress's own: mstch, the packaged engine, re-tokenised every template on
// every page and copied each page's whole context into its own tree several
// times, which made the pages that list a year's lines cost gigabytes (README,
// "National scale"). This passes the specification's required modules
// (tests/unit/render/mustache_spec_test.cpp) and reads nlohmann::json in
// place. Lambdas, dynamic names and inheritance, the optional modules, are not
// supported: a view model is data.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace fundpress::mustache {

enum class NodeKind { text, escaped, raw, section, inverted, partial };

struct Node {
  NodeKind kind = NodeKind::text;
  std::string text;               // text: the bytes; partial: the partial's name
  std::vector<std::string> name;  // a tag's dotted name, split; empty for "."
  std::string indent;             // a partial alone on its line: that line's indentation
  std::vector<Node> children;     // of a section or inverted section
};

/// A parsed template.
struct Template {
  std::vector<Node> nodes;
};

/// Parses `source` with the default delimiters. Returns false, with `error`
/// saying where ("line 3: section \"x\" is never closed"), on a malformed one.
bool parse(std::string_view source, Template* out, std::string* error);

/// `source` with `indent` before each of its lines: a partial that stands
/// alone on an indented line is indented so, line by line, before it is parsed.
std::string indented(std::string_view source, const std::string& indent);

/// Lists kept in a context as handles (binary values) rather than items, and
/// made one item at a time as a section walks them.
class Lists {
 public:
  virtual ~Lists() = default;
  /// Sets `size` to the length of the list `value` is a handle to; false
  /// when it is no handle.
  virtual bool size(const nlohmann::json& value, std::size_t* size) const = 0;
  /// Writes item `i` of the list `handle` names into `item`, which holds the
  /// item written before it (or null), so that its storage is reused.
  virtual void item(const nlohmann::json& handle, std::size_t i, nlohmann::json* item) const = 0;
};

/// What rendering needs from the caller.
struct Renderer {
  /// Appends an interpolated {{value}} to `out`, escaped; {{{value}}} and
  /// {{&value}} are appended as they are.
  void (*escape)(const std::string& value, std::string* out) = nullptr;
  /// The partial `name` indented by `indent` (empty when its tag is inline),
  /// or null when there is none (it renders as nothing). Asked once per
  /// partial tag and render: a table's rows reuse the answer.
  std::function<const Template*(const std::string& name, const std::string& indent)> partial;
  /// Looked in when a name is found in no context: what every page shares
  /// (the interface strings, "t"), made once rather than copied into each.
  const nlohmann::json* globals = nullptr;
  /// The lists behind handles; null when a context holds none.
  const Lists* lists = nullptr;
};

/// Appends `tmpl` rendered with `context` to `out`. Values are read where
/// they are, never copied. A value is false in a section when it is null,
/// false, an empty string or an empty list; numbers print as JSON writes them.
/// A list's handle is walked as its list would be; it prints as nothing.
void render(const Template& tmpl, const nlohmann::json& context, const Renderer& renderer,
            std::string* out);

}  // namespace fundpress::mustache
