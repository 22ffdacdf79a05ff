// Printed tables of many layouts, one fixture per rule of reading them
// (tests/unit/check/fixtures/printed/<name>/). Each fixture's expected.golden
// holds what `check --explain` says of every row (the structure read, with
// each printed total and the lines it covers), every diagnostic, and the
// lines and pounds published by year. The goldens were read line by line
// against the fixtures' own arithmetic; regenerate with
// FUNDPRESS_UPDATE_GOLDEN=1 only after reading the change.
#include <dirent.h>

#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "check/check_project.h"
#include "golden.h"
#include "model/money_format.h"
#include "model/text.h"
#include "paths.h"
#include "rollup/rollup.h"

namespace fundpress {
namespace {

std::string fixtures_dir() { return test::fixture("check", "printed"); }

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  if (DIR* dir = opendir(fixtures_dir().c_str())) {
    while (dirent* entry = readdir(dir))
      if (entry->d_name[0] != '.') names.push_back(entry->d_name);
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

const char* agreement_name(Agreement agreement) {
  switch (agreement) {
    case Agreement::exact: return "exact";
    case Agreement::within_rounding: return "within rounding";
    case Agreement::differs: return "differs";
  }
  return "";
}

// Everything the golden holds, with the fixture's folder shortened to "F".
std::string reading_of(const std::string& dir) {
  Project project;
  Diagnostics diagnostics;
  Explanation explanation;
  LoadStatus status = load_project(dir, &project, diagnostics, &explanation);
  auto shorten = [&](std::string text) {
    return text.rfind(dir, 0) == 0 ? "F" + text.substr(dir.size()) : text;
  };
  std::string out = "# how each row was read\n";
  for (const RowReading& reading : explanation) out += shorten(format_reading(reading)) + "\n";
  out += "# diagnostics\n";
  for (const Diagnostic& d : diagnostics.all()) out += shorten(format_diagnostic(d)) + "\n";
  out += "# status: ";
  out += status == LoadStatus::ok            ? "ok"
         : status == LoadStatus::data_errors ? "data errors"
                                             : "io failure";
  out += "\n# printed totals\n";
  for (const PrintedTotal& total : project.printed_totals)
    out += "line " + std::to_string(total.source.line) + " " + in_quotes(total.label) + " " +
           total.year.label() + ": printed " + format_pounds(total.printed, -1) + ", " +
           count_of(total.lines, "line") + " " + format_pounds(total.computed, -1) + ", " +
           agreement_name(total.agreement) + (total.whole_table ? ", whole table" : "") + "\n";
  out += "# published\n";
  std::map<int, Total> by_year;
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    Total& t = by_year[project.awards[i].year.start];
    ++t.rows;
    if (project.awards[i].amount_known) t.amount += project.awards[i].amount;
  }
  for (const auto& [year, total] : by_year)
    out += FinancialYear{year}.label() + " (" +
           measure_name(measure_of(project, FinancialYear{year})) +
           "): " + count_of(total.rows, "line") + " " + format_pounds(total.amount, -1) + "\n";
  return out;
}

class PrintedTables : public testing::TestWithParam<std::string> {};

TEST_P(PrintedTables, ReadAsExpected) {
  std::string dir = fixtures_dir() + "/" + GetParam();
  test::expect_golden(reading_of(dir), dir + "/expected.golden");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PrintedTables, testing::ValuesIn(fixture_names()),
                         [](const testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(PrintedTables, ThereAreAtLeastTwentyFiveLayouts) { EXPECT_GE(fixture_names().size(), 25u); }

}  // namespace
}  // namespace fundpress
