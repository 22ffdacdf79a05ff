#include "render/mustache.h"

#include <algorithm>
#include <utility>

namespace fundpress::mustache {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string trimmed(std::string_view text) {
  std::size_t from = 0, to = text.size();
  while (from < to && (is_blank(text[from]) || text[from] == '\n' || text[from] == '\r')) ++from;
  while (to > from && (is_blank(text[to - 1]) || text[to - 1] == '\n' || text[to - 1] == '\r'))
    --to;
  return std::string(text.substr(from, to - from));
}

std::vector<std::string> dotted(const std::string& name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

int line_at(std::string_view source, std::size_t offset) {
  return 1 + static_cast<int>(std::count(source.begin(), source.begin() + offset, '\n'));
}

struct Token {
  bool tag = false;
  char sigil = '\0';  // of a tag: '#', '^', '/', '!', '>', '=', '{', '&' or '\0' for {{name}}
  std::string text;   // a text's bytes; a tag's name, trimmed
  std::size_t at = 0;
  std::string indent;  // a partial alone on its line: the indentation before it
  bool dropped = false;
};

bool is_standalone_kind(char sigil) {
  return sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>' ||
         sigil == '=';
}

bool is_blank_text(const std::string& text) {
  for (char c : text)
    if (!is_blank(c) && c != '\n' && c != '\r') return false;
  return true;
}

// Text is split after each newline, so that each token lies on one line.
bool tokenize(std::string_view source, std::vector<Token>* tokens, std::string* error) {
  std::string open = "{{", close = "}}";
  auto add_text = [&](std::size_t from, std::size_t to) {
    while (from < to) {
      std::size_t newline = source.find('\n', from);
      std::size_t end = newline == std::string_view::npos || newline >= to ? to : newline + 1;
      Token token;
      token.text = std::string(source.substr(from, end - from));
      token.at = from;
      tokens->push_back(std::move(token));
      from = end;
    }
  };
  std::size_t pos = 0;
  while (pos < source.size()) {
    std::size_t tag = source.find(open, pos);
    if (tag == std::string_view::npos) {
      add_text(pos, source.size());
      break;
    }
    add_text(pos, tag);
    std::size_t inner = tag + open.size();
    char sigil = inner < source.size() ? source[inner] : '\0';
    std::string closing = sigil == '{' ? "}" + close : sigil == '=' ? "=" + close : close;
    bool marked = sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>' ||
                  sigil == '=' || sigil == '{' || sigil == '&';
    std::size_t end = source.find(closing, inner + (marked ? 1 : 0));
    if (end == std::string_view::npos) {
      *error = "line " + std::to_string(line_at(source, tag)) + ": a tag is never closed";
      return false;
    }
    Token token;
    token.tag = true;
    token.sigil = marked ? sigil : '\0';
    token.text = trimmed(source.substr(inner + (marked ? 1 : 0), end - inner - (marked ? 1 : 0)));
    token.at = tag;
    if (sigil == '=') {
      std::size_t space = token.text.find_first_of(" \t");
      if (space == std::string::npos) {
        *error = "line " + std::to_string(line_at(source, tag)) +
                 ": a delimiter change needs two delimiters";
        return false;
      }
      open = token.text.substr(0, space);
      close = trimmed(std::string_view(token.text).substr(space));
    }
    tokens->push_back(std::move(token));
    pos = end + closing.size();
  }
  return true;
}

// A line that holds only blanks and tags that print nothing themselves
// (sections, comments, partials, delimiter changes) is no line of output: its
// blanks and newline go. A partial alone on such a line is indented by them.
void drop_standalone_lines(std::vector<Token>* tokens) {
  std::size_t first = 0;
  while (first < tokens->size()) {
    std::size_t last = first;  // the line is [first, last]
    while (last + 1 < tokens->size() &&
           ((*tokens)[last].tag || (*tokens)[last].text.empty() ||
            (*tokens)[last].text.back() != '\n'))
      ++last;
    std::size_t tags = 0;
    bool quiet = true;
    for (std::size_t i = first; i <= last; ++i) {
      const Token& t = (*tokens)[i];
      if (t.tag) {
        ++tags;
        quiet &= is_standalone_kind(t.sigil);
      } else {
        quiet &= is_blank_text(t.text);
      }
    }
    if (tags > 0 && quiet) {
      for (std::size_t i = first; i <= last; ++i) {
        Token& t = (*tokens)[i];
        if (!t.tag) t.dropped = true;
      }
      Token& lead = (*tokens)[first];
      if (tags == 1 && !lead.tag && first + 1 <= last && (*tokens)[first + 1].sigil == '>')
        (*tokens)[first + 1].indent = lead.text;
    }
    first = last + 1;
  }
}

bool build_tree(std::string_view source, const std::vector<Token>& tokens, Template* out,
                std::string* error) {
  struct Open {
    std::vector<Node>* nodes;
    const Token* token;
  };
  std::vector<Open> open;
  std::vector<Node>* nodes = &out->nodes;
  for (const Token& token : tokens) {
    if (token.dropped || token.sigil == '!' || token.sigil == '=') continue;
    if (!token.tag) {
      if (!nodes->empty() && nodes->back().kind == NodeKind::text) {
        nodes->back().text += token.text;
      } else {
        Node node;
        node.text = token.text;
        nodes->push_back(std::move(node));
      }
      continue;
    }
    Node node;
    switch (token.sigil) {
      case '#':
      case '^':
        node.kind = token.sigil == '#' ? NodeKind::section : NodeKind::inverted;
        node.name = dotted(token.text);
        nodes->push_back(std::move(node));
        open.push_back(Open{nodes, &token});
        nodes = &nodes->back().children;
        continue;
      case '/':
        if (open.empty() || open.back().token->text != token.text) {
          *error = "line " + std::to_string(line_at(source, token.at)) + ": {{/" + token.text +
                   "}} " +
                   (open.empty() ? std::string("closes no section")
                                 : "closes section \"" + open.back().token->text +
                                       "\" opened on line " +
                                       std::to_string(line_at(source, open.back().token->at)));
          return false;
        }
        nodes = open.back().nodes;
        open.pop_back();
        continue;
      case '>':
        node.kind = NodeKind::partial;
        node.text = token.text;
        node.indent = token.indent;
        break;
      case '{':
      case '&':
        node.kind = NodeKind::raw;
        node.name = dotted(token.text);
        break;
      default: node.kind = NodeKind::escaped; node.name = dotted(token.text);
    }
    nodes->push_back(std::move(node));
  }
  if (!open.empty()) {
    *error = "line " + std::to_string(line_at(source, open.back().token->at)) + ": section \"" +
             open.back().token->text + "\" is never closed";
    return false;
  }
  return true;
}

using json = nlohmann::json;

// A name searched for among an object's keys, ordered as std::string orders
// them. Keys are short and most differ from the name in their first byte or
// two, which are compared here in line: std::string calls memcmp for every
// comparison, and a name that starts many keys ("t" against "title",
// "table", "text") called it at each. Inlined, as each search makes several.
struct Name {
  const std::string& text;
};

[[gnu::always_inline]] inline int compare(std::string_view a, std::string_view b) {
  std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i)
    if (a[i] != b[i])
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]) ? -1 : 1;
  return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}
[[gnu::always_inline]] inline bool operator<(const std::string& key, Name name) {
  return compare(key, name.text) < 0;
}
[[gnu::always_inline]] inline bool operator<(Name name, const std::string& key) {
  return compare(name.text, key) < 0;
}

class Render {
 public:
  Render(const Renderer& renderer, std::string* out) : renderer_(renderer), out_(out) {}

  void nodes(const std::vector<Node>& list, std::vector<const json*>& stack) {
    for (const Node& node : list) {
      switch (node.kind) {
        case NodeKind::text: out_->append(node.text); break;
        case NodeKind::escaped:
        case NodeKind::raw: {
          const json* value = lookup(node.name, stack);
          if (!value) break;
          if (value->is_string()) {
            append(value->get_ref<const std::string&>(), node.kind == NodeKind::escaped);
          } else if (value->is_number() || value->is_boolean()) {
            append(value->dump(), node.kind == NodeKind::escaped);
          }
          break;
        }
        case NodeKind::section: {
          const json* value = lookup(node.name, stack);
          if (!value || !truthy(*value)) break;
          if (value->is_binary()) {
            walk(*value, node.children, stack);
          } else if (value->is_array()) {
            for (const json& item : *value) {
              stack.push_back(&item);
              nodes(node.children, stack);
              stack.pop_back();
            }
          } else {
            stack.push_back(value);
            nodes(node.children, stack);
            stack.pop_back();
          }
          break;
        }
        case NodeKind::inverted: {
          const json* value = lookup(node.name, stack);
          if (!value || !truthy(*value)) nodes(node.children, stack);
          break;
        }
        case NodeKind::partial: {
          if (const Template* partial = partial_of(node)) nodes(partial->nodes, stack);
          break;
        }
      }
    }
  }

 private:
  void append(const std::string& text, bool escaped) {
    if (escaped) renderer_.escape(text, out_);
    else out_->append(text);
  }

  // The renderer's answer for a partial tag, asked once: a template holds a
  // few partial tags, and a table's partial tags are met once per cell.
  const Template* partial_of(const Node& node) {
    for (const auto& [tag, partial] : partials_)
      if (tag == &node) return partial;
    const Template* partial = renderer_.partial ? renderer_.partial(node.text, node.indent) : nullptr;
    partials_.emplace_back(&node, partial);
    return partial;
  }

  // A list behind a handle, item by item, each written over the one before.
  void walk(const json& handle, const std::vector<Node>& children,
            std::vector<const json*>& stack) {
    std::size_t size = 0;
    if (!renderer_.lists || !renderer_.lists->size(handle, &size)) return;
    json item;
    for (std::size_t i = 0; i < size; ++i) {
      renderer_.lists->item(handle, i, &item);
      stack.push_back(&item);
      nodes(children, stack);
      stack.pop_back();
    }
  }

  bool truthy(const json& value) const {
    if (value.is_binary()) {
      std::size_t size = 0;
      return renderer_.lists && renderer_.lists->size(value, &size) && size > 0;
    }
    if (value.is_null()) return false;
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_string()) return !value.get_ref<const std::string&>().empty();
    if (value.is_array()) return !value.empty();
    return true;
  }

  // The member `key` of `value`, or null when it has none or is no object.
  // Searched in the map itself: nlohmann/json's find() and end() each build
  // an iterator that can point into any kind of value, and a page makes
  // hundreds of thousands of searches, most of which miss.
  static const json* member(const json* value, const std::string& key) {
    if (!value->is_object()) return nullptr;
    const auto& members = value->get_ref<const json::object_t&>();
    auto found = members.find(Name{key});
    return found == members.end() ? nullptr : &found->second;
  }

  // The first name is looked for from the innermost context out; the rest of
  // a dotted name only inside what the first found.
  static const json* lookup(const std::vector<std::string>& name,
                            const std::vector<const json*>& stack) {
    if (name.empty()) return stack.back();
    const json* found = nullptr;
    for (auto it = stack.rbegin(); it != stack.rend() && !found; ++it) found = member(*it, name[0]);
    for (std::size_t i = 1; found && i < name.size(); ++i) found = member(found, name[i]);
    return found;
  }

  const Renderer& renderer_;
  std::string* out_;
  std::vector<std::pair<const Node*, const Template*>> partials_;
};

}  // namespace

bool parse(std::string_view source, Template* out, std::string* error) {
  out->nodes.clear();
  std::vector<Token> tokens;
  if (!tokenize(source, &tokens, error)) return false;
  drop_standalone_lines(&tokens);
  return build_tree(source, tokens, out, error);
}

std::string indented(std::string_view source, const std::string& indent) {
  if (indent.empty()) return std::string(source);
  std::string out;
  out.reserve(source.size() + indent.size() * 8);
  bool line_start = true;
  for (char c : source) {
    if (line_start) out += indent;
    out += c;
    line_start = c == '\n';
  }
  return out;
}

void render(const Template& tmpl, const nlohmann::json& context, const Renderer& renderer,
            std::string* out) {
  std::vector<const json*> stack;
  if (renderer.globals) stack.push_back(renderer.globals);
  stack.push_back(&context);
  Render(renderer, out).nodes(tmpl.nodes, stack);
}

}  // namespace fundpress::mustache
