#include "load/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

namespace fundpress {
namespace {

std::mutex cmark_mutex;

const char* const extension_names[] = {"table", "autolink", "strikethrough", "tagfilter"};

}  // namespace

MarkdownDocument::MarkdownDocument(const std::string& markdown) : lock_(cmark_mutex) {
  cmark_gfm_core_extensions_ensure_registered();
  parser_ = cmark_parser_new(options());
  for (const char* name : extension_names)
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser_, extension);
  cmark_parser_feed(parser_, markdown.data(), markdown.size());
  root_ = cmark_parser_finish(parser_);
}

MarkdownDocument::~MarkdownDocument() {
  cmark_node_free(root_);
  cmark_parser_free(parser_);
}

cmark_llist* MarkdownDocument::extensions() const {
  return cmark_parser_get_syntax_extensions(parser_);
}

int MarkdownDocument::options() { return CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8; }

std::vector<cmark_node*> nodes_of_type(cmark_node* root, cmark_node_type type) {
  std::vector<cmark_node*> found;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* at = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(at) == type) found.push_back(at);
  }
  cmark_iter_free(iter);
  return found;
}

std::string plain_text(cmark_node* node) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(node);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* at = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(at)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: text += cmark_node_get_literal(at); break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: text += ' '; break;
      default: break;
    }
  }
  cmark_iter_free(iter);
  return text;
}

std::string markdown_title(const std::string& markdown) {
  MarkdownDocument document(markdown);
  std::vector<cmark_node*> headings = nodes_of_type(document.root(), CMARK_NODE_HEADING);
  return headings.empty() ? "" : plain_text(headings.front());
}

}  // namespace fundpress
