#include "cli/site_request.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "model/text.h"
#include "render/escape.h"

namespace fundpress {
namespace {

bool is_folder(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// A path segment that could climb out, or is not a plain name.
bool unsafe(const std::string& path) {
  if (path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) return true;
  std::string::size_type start = 0;
  while (start <= path.size()) {
    std::string::size_type end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    if (segment == "." || segment == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::string base_path_of(const std::string& base_url) {
  std::string::size_type scheme = base_url.find("://");
  if (scheme == std::string::npos) return "/";
  std::string::size_type slash = base_url.find('/', scheme + 3);
  if (slash == std::string::npos) return "/";
  std::string path = base_url.substr(slash);
  return path.back() == '/' ? path : path + "/";
}

SiteAnswer answer_request(const std::string& root, const std::string& base_path,
                          const std::string& path) {
  SiteAnswer answer;
  if (path.empty() || path[0] != '/' || unsafe(path)) {
    answer.kind = SiteAnswer::Kind::forbidden;
    return answer;
  }
  if (base_path != "/" && (path == "/" || path + "/" == base_path)) {
    answer.kind = SiteAnswer::Kind::redirect;
    answer.location = base_path;
    return answer;
  }
  if (!starts_with(path, base_path)) return answer;  // not found
  std::string wanted = root + "/" + path.substr(base_path.size());
  if (is_folder(wanted)) {
    if (path.back() != '/') {
      answer.kind = SiteAnswer::Kind::redirect;
      answer.location = path + "/";
      return answer;
    }
    wanted += "index.html";
  }
  char resolved[PATH_MAX];
  if (!::realpath(wanted.c_str(), resolved)) return answer;
  std::string real = resolved;
  // Symbolic links are followed, but only to files inside the site.
  if (!starts_with(real, root + "/") || is_folder(real)) return answer;
  answer.kind = SiteAnswer::Kind::file;
  answer.file = real;
  return answer;
}

std::string content_type_of(const std::string& file) {
  static const std::pair<const char*, const char*> types[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".csv", "text/csv; charset=utf-8"},
      {".xml", "application/xml"},
      {".svg", "image/svg+xml"},
      {".ico", "image/vnd.microsoft.icon"},
      {".png", "image/png"},
      {".md", "text/markdown; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  for (const auto& type : types)
    if (ends_with(file, type.first)) return type.second;
  return "application/octet-stream";
}

std::string build_failed_page(const std::string& diagnostics) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Build failed: fundpress serve</title>\n</head>\n<body>\n"
         "<main>\n<h1>The last build failed</h1>\n"
         "<p>Fix what is listed below and save: the site is rebuilt and this page "
         "replaced. The site last built is kept as it was, not served until then.</p>\n"
         "<pre>" +
         escape_html(diagnostics) + "</pre>\n</main>\n</body>\n</html>\n";
}

}  // namespace fundpress
