// Markdown through cmark-gfm, parsed to its tree: GitHub-flavoured, with the
// table, autolink, strikethrough and tagfilter extensions, raw HTML never
// passed through (no CMARK_OPT_UNSAFE). The check stage takes a page's title
// from the tree; render/markdown.h turns the tree into HTML.
#pragma once

#include <cmark-gfm.h>

#include <mutex>
#include <string>
#include <vector>

namespace fundpress {

/// One parsed document. cmark-gfm keeps global state (its extension registry,
/// its inline parser tables), so a document holds a lock for as long as it
/// lives: one at a time, from any thread.
class MarkdownDocument {
 public:
  explicit MarkdownDocument(const std::string& markdown);
  ~MarkdownDocument();
  MarkdownDocument(const MarkdownDocument&) = delete;
  MarkdownDocument& operator=(const MarkdownDocument&) = delete;

  cmark_node* root() const { return root_; }
  /// The extensions the document was parsed with, which its renderer needs.
  cmark_llist* extensions() const;
  /// The options it was parsed with, which its renderer takes too.
  static int options();

 private:
  std::unique_lock<std::mutex> lock_;
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
};

/// Every node of `type` under `root`, in document order.
std::vector<cmark_node*> nodes_of_type(cmark_node* root, cmark_node_type type);

/// The text a reader sees in `node`: its literal text, breaks as spaces.
std::string plain_text(cmark_node* node);

/// The plain text of the first heading of `markdown`: the page's title. ""
/// when it has none.
std::string markdown_title(const std::string& markdown);

}  // namespace fundpress
