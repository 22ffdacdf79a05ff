#include "render/internal_marking.h"

#include "model/project.h"
#include "model/text.h"

namespace fundpress {

bool mark_internal(const std::string& path, std::string_view bytes, std::string* marked,
                   std::string* error) {
  const std::string mark = internal_marking;
  std::string text(bytes);
  if (ends_with(path, ".csv")) {
    *marked = "# " + mark + "\r\n" + text;
  } else if (ends_with(path, ".js")) {
    *marked = "// " + mark + "\n" + text;
  } else if (ends_with(path, ".css")) {
    *marked = "/* " + mark + " */\n" + text;
  } else if (ends_with(path, ".md")) {
    *marked = "**" + mark + "**\n\n" + text;
  } else if (ends_with(path, ".json") && starts_with(text, "{")) {
    *marked = "{\n  \"marking\": \"" + mark + "\"," + text.substr(1);
  } else if (ends_with(path, ".html") || ends_with(path, ".xml") || ends_with(path, ".svg")) {
    if (text.find(mark) != std::string::npos) {
      *marked = std::move(text);
      return true;
    }
    // After the doctype or XML declaration, which must come first.
    std::size_t line = starts_with(text, "<!") || starts_with(text, "<?") ? text.find('\n') : 0;
    if (line == std::string::npos) line = text.size();
    else if (line > 0) ++line;
    *marked = text.substr(0, line) + "<!-- " + mark + " -->\n" + text.substr(line);
  } else {
    *error = path + ": an internal build cannot mark this kind of file as \"" + mark + "\"";
    return false;
  }
  return true;
}

}  // namespace fundpress
