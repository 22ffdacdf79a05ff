// Prose pages: GitHub-flavoured Markdown (cmark-gfm, with the table, autolink,
// strikethrough and tagfilter extensions) to HTML. Raw HTML in the source is
// never passed through (no CMARK_OPT_UNSAFE), and cmark drops javascript:,
// vbscript:, file: and data: link targets, so the output is safe to embed.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace fundpress {

/// A piece of running text; `abbr_title` non-empty marks an abbreviation
/// shown as <abbr title="...">.
struct TextRun {
  std::string text;
  std::string abbr_title;
};

/// Splits running text into runs (see view/abbreviations.h). Called once per
/// text node, in document order.
using TextMarker = std::function<std::vector<TextRun>(const std::string& text)>;

struct ProseHtml {
  std::string title;  // plain text of the first heading; empty when there is none
  std::string html;   // the body without that heading; its headings start at h2
};

/// Converts `markdown`. The first heading becomes the title, so the page has
/// exactly one h1 (the layout's); text outside headings, links, code and table
/// cells goes through `mark` when given. Each table is captioned by the
/// heading above it and its header cells get scope="col". Safe to call from several threads: cmark-gfm
/// 0.29 is not, so calls are serialised.
ProseHtml markdown_to_html(const std::string& markdown, const TextMarker& mark = nullptr);

}  // namespace fundpress
