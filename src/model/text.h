// Small text helpers every stage shares, so that "trimmed" and "ends with"
// mean the same thing everywhere.
#pragma once

#include <string>
#include <string_view>

namespace fundpress {

/// `text` without leading and trailing ASCII spaces, tabs and line breaks.
std::string trim(std::string_view text);
/// The same as trim, as a view into `text`: for a caller that only looks.
std::string_view trimmed_view(std::string_view text);

bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

/// `text` with ASCII letters in lower case; other bytes (UTF-8) unchanged.
std::string ascii_lower(std::string_view text);
/// Appends `text` to `out` as ascii_lower() gives it, without a string of its own.
void append_ascii_lower(std::string_view text, std::string* out);

/// Whether `word` (in lower case) occurs in `text` with ASCII letters in any case:
/// a cheap test before making a key of `text`.
bool contains_ignoring_case(std::string_view text, std::string_view word);
/// `text` in Unicode NFC with its case folded (utf8proc), so that a name
/// typed as "Café" (é composed or as e + combining accent) or "CAFÉ" is one
/// name. ASCII text takes a fast path. Invalid UTF-8 (refused on reading) is
/// only lower-cased.
std::string fold_case(std::string_view text);

/// The number of line feeds in `text`, found by memchr rather than a test per
/// byte: a large register's lines are counted before it is read.
std::size_t count_lines(std::string_view text);

/// "\"text\"": a name quoted in a message.
std::string in_quotes(std::string_view text);

}  // namespace fundpress
