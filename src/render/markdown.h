// Prose pages: a page's Markdown (parsed by load/markdown.h) rendered as
// HTML. cmark drops javascript:, vbscript:, file: and data: link targets and
// raw HTML never reaches the output, so the HTML is safe to embed.
#pragma once

#include <string>
#include <vector>

#include "model/project.h"

namespace fundpress {

struct ProseHtml {
  std::string title;  // plain text of the first heading; empty when there is none
  std::string html;   // the body without that heading; its headings start at h2
};

/// Renders `markdown`. The first heading is the title (the page prints it as
/// its one h1), so it is left out of the body; text outside headings, links,
/// code and table cells marks the first use of each of `abbreviations` as
/// <abbr title>. Each table is captioned by the heading above it and its
/// header cells get scope="col". Safe to call from several threads.
ProseHtml markdown_to_html(const std::string& markdown,
                           const std::vector<GlossaryTerm>& abbreviations = {});

}  // namespace fundpress
