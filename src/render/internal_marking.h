// An internal build (`build --internal`) holds personal data, so every file it
// writes says what it is, in the way its format allows a reader to see it.
#pragma once

#include <string>
#include <string_view>

namespace fundpress {

/// `bytes` of the file at `path` with the internal marking added: a comment at
/// the top of a CSV ("# ...", CSV on the Web's comment prefix), JavaScript,
/// CSS, XML or SVG file, a first line in Markdown, a "marking" member in a JSON
/// object; an HTML page is marked by its layout (a banner), else by a comment.
/// False, with `error` set, for a kind of file it cannot mark: an internal
/// build then publishes nothing rather than an unmarked file.
bool mark_internal(const std::string& path, std::string_view bytes, std::string* marked,
                   std::string* error);

}  // namespace fundpress
