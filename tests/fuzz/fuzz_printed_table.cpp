// libFuzzer target: any bytes as a printed table (awards.csv) of a publisher
// folder, through load and check: the layout reader (headings, sub-totals,
// totals, percentages, units, wide years), the total checks and the model.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "check/check_project.h"

namespace {

std::string folder() {
  static std::string dir = [] {
    char name[] = "/tmp/fundpress-fuzz-XXXXXX";
    std::string made = ::mkdtemp(name) ? name : "/tmp";
    std::FILE* config = std::fopen((made + "/fundpress.json").c_str(), "wb");
    std::fputs(
        "{\"publisher\": {\"name\": \"Fuzz PCC\"}, \"year\": \"2019/20\", "
        "\"totals\": [\"Net expenditure\"], \"printed_totals\": \"publish-with-note\"}",
        config);
    std::fclose(config);
    return made;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string dir = folder();
  std::FILE* awards = std::fopen((dir + "/awards.csv").c_str(), "wb");
  std::fwrite(data, 1, size, awards);
  std::fclose(awards);
  fundpress::Project project;
  fundpress::Diagnostics diagnostics;
  fundpress::Explanation explanation;
  fundpress::load_project(dir, &project, diagnostics, &explanation);
  return 0;
}
