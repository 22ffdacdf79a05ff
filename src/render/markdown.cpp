#include "render/markdown.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "load/markdown.h"
#include "render/escape.h"
#include "view/abbreviations.h"

namespace fundpress {
namespace {

// A caption for each table, in document order: the text of the nearest
// heading before it (Markdown tables have no caption of their own), else
// `fallback`.
std::vector<std::string> table_captions(cmark_node* document, const std::string& fallback) {
  std::vector<std::string> captions;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* table = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || std::strcmp(cmark_node_get_type_string(table), "table") != 0)
      continue;
    std::string caption = fallback;
    for (cmark_node* at = cmark_node_previous(table); at; at = cmark_node_previous(at)) {
      if (cmark_node_get_type(at) == CMARK_NODE_HEADING) {
        caption = plain_text(at);
        break;
      }
    }
    captions.push_back(caption);
  }
  cmark_iter_free(iter);
  return captions;
}

void replace_all(std::string* text, const std::string& from, const std::string& to) {
  for (std::size_t at = text->find(from); at != std::string::npos;
       at = text->find(from, at + to.size()))
    text->replace(at, from.size(), to);
}

// cmark-gfm writes tables without captions, header cells without scope, and
// alignment as the obsolete align attribute (or inline styles, which the
// site's Content-Security-Policy forbids): give each table its caption, each
// header cell scope="col" (a GFM table has one header row), and alignment as
// a class. Raw HTML never reaches the output, so every "<table>" here is one
// cmark wrote, in document order.
std::string finish_tables(std::string html, const std::vector<std::string>& captions) {
  std::size_t at = 0;
  for (const std::string& caption : captions) {
    at = html.find("<table>\n", at);
    if (at == std::string::npos) break;
    std::string opening = "<table>\n<caption>" + escape_html(caption) + "</caption>\n";
    html.replace(at, 8, opening);
    at += opening.size();
  }
  replace_all(&html, "<th>", "<th scope=\"col\">");
  for (const char* side : {"left", "center", "right"}) {
    std::string align = std::string(" align=\"") + side + "\"";
    replace_all(&html, "<th" + align + ">",
                std::string("<th scope=\"col\" class=\"align-") + side + "\">");
    replace_all(&html, "<td" + align + ">", std::string("<td class=\"align-") + side + "\">");
  }
  return html;
}

// Takes the first heading out as the title; moves the rest down a level if
// any of them is an h1, so the layout's h1 stays the only one.
std::string take_title(cmark_node* document) {
  std::vector<cmark_node*> headings = nodes_of_type(document, CMARK_NODE_HEADING);
  if (headings.empty()) return "";
  std::string title = plain_text(headings.front());
  cmark_node_unlink(headings.front());
  cmark_node_free(headings.front());
  headings.erase(headings.begin());
  bool has_h1 = false;
  for (cmark_node* heading : headings) has_h1 |= cmark_node_get_heading_level(heading) == 1;
  if (has_h1)
    for (cmark_node* heading : headings)
      cmark_node_set_heading_level(heading, std::min(6, cmark_node_get_heading_level(heading) + 1));
  return title;
}

bool inside_heading_or_link(cmark_node* node) {
  for (cmark_node* at = cmark_node_parent(node); at; at = cmark_node_parent(at)) {
    cmark_node_type type = cmark_node_get_type(at);
    if (type == CMARK_NODE_HEADING || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)
      return true;
  }
  return false;
}

cmark_node* text_node(const std::string& text) {
  cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(node, text.c_str());
  return node;
}

// Whether `node`'s parent accepts an <abbr> beside it: a table cell of the
// table extension, for one, takes only the inline types it knows.
bool can_hold_abbr(cmark_node* node) {
  cmark_node* probe = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
  bool inserted = cmark_node_insert_before(node, probe) != 0;
  cmark_node_unlink(probe);
  cmark_node_free(probe);
  return inserted;
}

// Replaces each text node that holds an abbreviation by plain text and
// <abbr> nodes, in document order, so each term is marked on its first use.
// cmark's HTML renderer writes a custom inline's on_enter and on_exit as they
// are, so the title is escaped here.
void mark_abbreviations(cmark_node* document, const std::vector<GlossaryTerm>& glossary) {
  AbbreviationMarker marker(glossary);
  for (cmark_node* node : nodes_of_type(document, CMARK_NODE_TEXT)) {
    if (inside_heading_or_link(node) || !can_hold_abbr(node)) continue;
    nlohmann::json runs = marker.text(cmark_node_get_literal(node))["runs"];
    bool any = false;
    for (const auto& run : runs) any |= run["abbr"].get<bool>();
    if (!any) continue;
    for (const auto& run : runs) {
      cmark_node* text = text_node(run["text"].get<std::string>());
      if (!run["abbr"].get<bool>()) {
        cmark_node_insert_before(node, text);
        continue;
      }
      std::string title = escape_html(run["title"].get<std::string>());
      cmark_node* abbr = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
      cmark_node_set_on_enter(abbr, ("<abbr title=\"" + title + "\">").c_str());
      cmark_node_set_on_exit(abbr, "</abbr>");
      cmark_node_append_child(abbr, text);
      cmark_node_insert_before(node, abbr);
    }
    cmark_node_unlink(node);
    cmark_node_free(node);
  }
}

}  // namespace

ProseHtml markdown_to_html(const std::string& markdown,
                           const std::vector<GlossaryTerm>& abbreviations) {
  MarkdownDocument document(markdown);
  ProseHtml out;
  std::vector<std::string> captions = table_captions(document.root(), "Table");
  out.title = take_title(document.root());
  if (!abbreviations.empty()) mark_abbreviations(document.root(), abbreviations);
  char* html =
      cmark_render_html(document.root(), MarkdownDocument::options(), document.extensions());
  out.html = finish_tables(html, captions);
  std::free(html);
  return out;
}

}  // namespace fundpress
