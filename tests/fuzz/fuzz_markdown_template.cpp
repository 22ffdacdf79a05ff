// libFuzzer target: the text a publisher writes that fundpress renders. The
// input is a prose page's Markdown (with a glossary term to mark) and, after
// the first NUL byte, a Mustache template overriding the theme's prose page,
// rendered with a fixed context. A template error is a refusal, not a finding.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "render/markdown.h"
#include "render/templates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::size_t nul = input.find('\0');
  std::string markdown = input.substr(0, nul);
  fundpress::ProseHtml html = fundpress::markdown_to_html(
      markdown, {fundpress::GlossaryTerm{"LLR", "Leicester, Leicestershire and Rutland"}});
  if (nul == std::string::npos) return 0;
  try {
    fundpress::Templates templates({{"site/fuzz.html.mustache", input.substr(nul + 1)}});
    nlohmann::json context = {
        {"title", html.title},
        {"body", html.html},
        {"rows", {{{"name", "<b>&"}, {"amount", "1,234"}}, {{"name", "x"}, {"amount", "5"}}}},
        {"flag", true}};
    (void)templates.render("site/fuzz.html.mustache", context);
  } catch (const std::exception&) {
  }
  return 0;
}
