// Reading input files whole. (Writing is publish's job.)
#pragma once

#include <map>
#include <string>
#include <vector>

namespace fundpress {

/// Reads the file at `path` into `*bytes`. On failure returns false and sets
/// `*error` to the system's reason ("No such file or directory").
bool read_file(const std::string& path, std::string* bytes, std::string* error);

}  // namespace fundpress

namespace fundpress {

/// The names in folder `dir`, "." and ".." aside, sorted bytewise so every
/// build sees them in the same order. False, with `*error`, when it cannot be read.
bool folder_entries(const std::string& dir, std::vector<std::string>* names, std::string* error);

/// "`what`: <the system's reason for the last failed call>" (errno).
std::string system_error(const std::string& what);

/// Names of the regular files and symbolic links in `dir` whose names end in
/// `suffix`, sorted bytewise so every build sees them in the same order (the
/// links, so the caller can refuse them by name). Empty if `dir` is absent.
std::vector<std::string> list_files(const std::string& dir, const std::string& suffix);

/// Every regular file under `dir`, by path relative to it ("site/layout.html"),
/// read whole. Symbolic links are never followed (a link to "." would make
/// the walk endless, one to /etc would publish it): they are listed in
/// `*links`, by path relative to `dir`. Returns false and sets *error on the
/// first file it cannot read.
bool read_tree(const std::string& dir, std::map<std::string, std::string>* files,
               std::vector<std::string>* links, std::string* error);

/// True when `path` names an existing directory / regular file (following links).
bool is_directory(const std::string& path);
bool is_file(const std::string& path);
/// True when `path` itself is a symbolic link.
bool is_symlink(const std::string& path);

}  // namespace fundpress
