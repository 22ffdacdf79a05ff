// Golden files: whole outputs compared with files kept in a golden/ folder
// beside the tests of their stage (tests/unit/<stage>/golden/). Run with
// FUNDPRESS_UPDATE_GOLDEN=1 to rewrite them after a change you have read and
// meant; a failure names the first line that differs and writes the output
// beside the golden file as <name>.actual.
#pragma once

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "zip_parts.h"

namespace fundpress::test {

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// tests/unit/<stage>/golden/<name>.
inline std::string golden_path(const std::string& stage, const std::string& name) {
  return std::string(FUNDPRESS_SOURCE_DIR) + "/tests/unit/" + stage + "/golden/" + name;
}

inline bool updating_golden() { return std::getenv("FUNDPRESS_UPDATE_GOLDEN") != nullptr; }

inline void write_file(const std::string& path, const std::string& bytes) {
  for (std::size_t slash = path.find('/', 1); slash != std::string::npos;
       slash = path.find('/', slash + 1))
    mkdir(path.substr(0, slash).c_str(), 0755);
  std::ofstream(path, std::ios::binary) << bytes;
}

inline void expect_golden(const std::string& actual, const std::string& golden_path) {
  if (updating_golden()) {
    write_file(golden_path, actual);
    return;
  }
  std::string expected = slurp(golden_path);
  if (actual == expected) return;
  std::string rejected = golden_path + ".actual";
  std::ofstream(rejected, std::ios::binary) << actual;
  // Name the first line that differs, so the failure reads without a diff tool.
  std::istringstream a(actual), e(expected);
  std::string line_a, line_e;
  int line = 0;
  while (true) {
    bool more_a = static_cast<bool>(std::getline(a, line_a));
    bool more_e = static_cast<bool>(std::getline(e, line_e));
    ++line;
    if (!more_a && !more_e) break;
    if (line_a != line_e || more_a != more_e) {
      ADD_FAILURE() << golden_path << " differs at line " << line << "\n  expected: " << line_e
                    << "\n  actual:   " << line_a << "\n(actual output written to " << rejected
                    << ")";
      return;
    }
  }
  ADD_FAILURE() << golden_path << " differs (actual output written to " << rejected << ")";
}

/// XML with a line break between adjacent tags, one element a line, as
/// libxlsxwriter's own tests compare it: a difference names its element.
inline std::string xml_lines(const std::string& xml) {
  std::string out;
  for (std::size_t i = 0; i < xml.size(); ++i) {
    out += xml[i];
    if (xml[i] == '>' && i + 1 < xml.size() && xml[i + 1] == '<') out += '\n';
  }
  return out;
}

/// A workbook compared part by part with the golden folder `golden_dir`,
/// which holds each part of the archive unzipped, its XML a tag a line. The
/// archive's own bytes (compression, timestamps) are not compared, nor the
/// content of the `volatile_parts`, which the library writes about itself;
/// that they are there is.
inline void expect_golden_xlsx(const std::string& xlsx_path, const std::string& golden_dir,
                               const std::set<std::string>& volatile_parts) {
  std::map<std::string, std::string> parts;
  std::string error;
  ASSERT_TRUE(unzip(slurp(xlsx_path), &parts, &error)) << xlsx_path << ": " << error;
  std::string names;
  for (const auto& [name, bytes] : parts) {
    names += name + "\n";
    if (!volatile_parts.count(name)) expect_golden(xml_lines(bytes), golden_dir + "/" + name);
  }
  expect_golden(names, golden_dir + "/parts.txt");
}

}  // namespace fundpress::test
