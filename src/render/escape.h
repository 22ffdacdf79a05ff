// Escaping data for the context it lands in. Templates never see raw data:
// every {{value}} passes through one of these.
#pragma once

#include <string>

namespace fundpress {

/// For HTML text and double- or single-quoted attributes: & < > " '.
std::string escape_html(const std::string& text);
/// The same, appended to `out`: the renderer escapes every value straight into
/// its page rather than through a string of its own.
void append_escaped_html(const std::string& text, std::string* out);

/// For GitHub-flavoured Markdown inline text, including table cells:
/// backslash-escapes the characters that would start markup (\ ` * _ [ ] < >
/// | ~ & # !) and turns line breaks into spaces, so data can neither format
/// itself nor break out of a table row.
std::string escape_markdown(const std::string& text);
void append_escaped_markdown(const std::string& text, std::string* out);

/// For the inside of a double-quoted JavaScript string literal: backslash,
/// quotes, control characters, < > & (so the text can never close a script
/// element) and U+2028/U+2029 become \uXXXX escapes.
std::string escape_js_string(const std::string& text);
void append_escaped_js_string(const std::string& text, std::string* out);

}  // namespace fundpress
