// libFuzzer target: any bytes as a printed table (awards.csv) of a publisher
// folder, through load and check: the layout reader (headings, sub-totals,
// totals, percentages, units, wide years), the total checks and the model.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "check/check_project.h"

namespace {

// The publisher folder the inputs are written into: one per fuzzing process,
// under $TMPDIR (else /tmp), removed when the process exits normally.
const std::string& folder() {
  // Never destroyed: the exit handler below still reads it.
  static const std::string* dir = [] {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string made = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/fundpress-fuzz-XXXXXX";
    if (!::mkdtemp(made.data())) {
      std::perror(made.c_str());
      std::abort();
    }
    std::FILE* config = std::fopen((made + "/fundpress.json").c_str(), "wb");
    std::fputs(
        "{\"publisher\": {\"name\": \"Fuzz PCC\"}, \"year\": \"2019/20\", "
        "\"totals\": [\"Net expenditure\"], \"printed_totals\": \"publish-with-note\"}",
        config);
    std::fclose(config);
    std::atexit([] {
      std::error_code error;
      std::filesystem::remove_all(folder(), error);
    });
    return new std::string(made);
  }();
  return *dir;
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
