// The workbook writer's limits and formulas. What the file holds is read back
// by real clients (tests/clients/).
#include "render/workbook.h"

#include <gtest/gtest.h>

#include <sys/inotify.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "built_in_layout.h"
#include "counting_meter.h"
#include "fixture_project.h"
#include "render/register_sheet.h"
#include "render/summary_sheet.h"
#include "scratch.h"
#include "year_lines.h"

namespace fundpress {
namespace {

TEST(RegisterParts, ContinuesOnNumberedSheets) {
  std::vector<RegisterPart> parts;
  std::string error;
  ASSERT_TRUE(register_parts("Register", 25, 11, &parts, &error));
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1].name, "Register (2)");
  EXPECT_EQ(parts[2].name, "Register (3)");
  EXPECT_EQ(parts[2].first, 20u);
  EXPECT_EQ(parts[2].count, 5u);
  EXPECT_EQ(part_range(parts[1], 6), "'Register (2)'!$G$2:$G$11");
  parts.clear();
  ASSERT_TRUE(register_parts("Register", 1048575, 1048576, &parts, &error));
  EXPECT_EQ(parts.size(), 1u);
  parts.clear();
  ASSERT_TRUE(register_parts("Register", 1048576, 1048576, &parts, &error));
  EXPECT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].count, 1u);
}

TEST(RegisterParts, QuotesSheetNamesInFormulas) {
  EXPECT_EQ(quoted_sheet("Barnardo's"), "'Barnardo''s'");
}

TEST(SummaryCriteria, EscapeWildcardsAndQuotes) {
  EXPECT_EQ(criterion_literal("", "Star*Trust", ""), "\"=Star~*Trust\"");
  EXPECT_EQ(criterion_literal("*; ", "Why? ~ \"Us\"", "; *"), "\"=*; Why~? ~~ \"\"Us\"\"; *\"");
  EXPECT_EQ(criterion_literal("", "=1+1", ""), "\"==1+1\"");
}

TEST(SummaryCriteria, OnlyTextExcelCannotReadAsSomethingElse) {
  EXPECT_TRUE(exact_criterion("Catch Twenty-Two"));
  EXPECT_TRUE(exact_criterion("=HYPERLINK(\"x\")"));
  EXPECT_FALSE(exact_criterion("Catch 22"));
  EXPECT_FALSE(exact_criterion("0012"));
  EXPECT_FALSE(exact_criterion("true"));
  EXPECT_FALSE(exact_criterion("#N/A Collective"));
  EXPECT_TRUE(exact_criterion(std::string(248, 'x')));
  EXPECT_FALSE(exact_criterion(std::string(249, 'x')));
}

class WorkbookWriter : public ::testing::Test {
 protected:
  WorkbookLayout layout() { return built_in_layout(); }
  std::string path = test::scratch_root() + "workbook-test.xlsx";
  void TearDown() override { std::remove(path.c_str()); }
};

TEST_F(WorkbookWriter, TextTooLongForACellIsAnErrorNamingTheSourceRow) {
  Project project = load_fixture("every-field-two-years");
  project.awards[1].description = std::string(32768, 'x');
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    layout(), xlsx_max_rows, nullptr);
  std::string error;
  EXPECT_FALSE(write_workbook(view, path, 0, &error));
  EXPECT_NE(
      error.find(
          "tests/fixtures/every-field-two-years/awards.csv:3: description: text is longer than "
          "Excel's limit of 32,767 characters"),
      std::string::npos)
      << error;
}

TEST_F(WorkbookWriter, TextOfExactlyTheLimitIsWritten) {
  Project project = load_fixture("every-field-two-years");
  project.awards[1].description = std::string(32767, 'x');
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    layout(), xlsx_max_rows, nullptr);
  std::string error;
  EXPECT_TRUE(write_workbook(view, path, 0, &error)) << error;
}

// A long build's progress counts the lines the workbook lists: its Register's
// and its appendix's, expected when the workbook starts.
TEST_F(WorkbookWriter, CountsTheLinesItWrites) {
  Project project = load_fixture("every-field-two-years");
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    layout(), xlsx_max_rows, nullptr);
  ASSERT_TRUE(view.has_report);
  test::CountingMeter lines;
  std::string error;
  ASSERT_TRUE(write_workbook(view, path, 0, &error, WorkbookLimits(), &lines)) << error;
  std::size_t year_lines = test::year_lines(project, FinancialYear{2017}).awards.size();
  EXPECT_EQ(lines.expected, 2 * year_lines);
  EXPECT_EQ(lines.done, 2 * year_lines);
}

TEST_F(WorkbookWriter, InvalidUtf8NeverReachesTheFile) {
  Project project = load_fixture("every-field-two-years");
  project.organisations[0].name = "Caf\xE9";  // Windows-1252, not UTF-8
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    layout(), xlsx_max_rows, nullptr);
  std::string error;
  EXPECT_FALSE(write_workbook(view, path, 0, &error));
  EXPECT_NE(error.find("not valid UTF-8"), std::string::npos) << error;
}

TEST_F(WorkbookWriter, ARegisterNameTooLongForItsContinuationSheetsIsAnError) {
  Project project = load_fixture("every-field-two-years");
  WorkbookLayout long_name = layout();
  long_name.sheets[0].name = "A register named at length";  // 26 characters, + " (10)" is 31
  WorkbookView view =
      workbook_view(project, test::year_lines(project, FinancialYear{2017}), long_name, 2, nullptr);
  std::string error;
  WorkbookLimits limits;
  limits.sheet_rows = 2;  // one row a sheet: four sheets
  EXPECT_TRUE(write_workbook(view, path, 0, &error, limits)) << error;
  long_name.sheets[0].name = "A register named at length, longer";
  view =
      workbook_view(project, test::year_lines(project, FinancialYear{2017}), long_name, 2, nullptr);
  EXPECT_FALSE(write_workbook(view, path, 0, &error, limits));
  EXPECT_NE(error.find("longer than Excel's 31 characters"), std::string::npos) << error;
}

// libxlsxwriter stages every part of a workbook in temporary files. They go in
// the workbook's own folder (the build's staging folder), never in $TMPDIR or
// /tmp, which lie outside the output folder.
TEST_F(WorkbookWriter, KeepsItsTemporaryFilesInTheWorkbooksFolder) {
  std::string elsewhere = test::scratch_root() + "tmpdir-XXXXXX";
  std::string folder = test::scratch_root() + "workbook-XXXXXX";
  ASSERT_NE(::mkdtemp(elsewhere.data()), nullptr);
  ASSERT_NE(::mkdtemp(folder.data()), nullptr);
  int watch = ::inotify_init1(IN_NONBLOCK);
  ASSERT_GE(watch, 0);
  int elsewhere_watch = ::inotify_add_watch(watch, elsewhere.c_str(), IN_CREATE);
  int folder_watch = ::inotify_add_watch(watch, folder.c_str(), IN_CREATE);
  ASSERT_GE(elsewhere_watch, 0);
  ASSERT_GE(folder_watch, 0);

  const char* saved = std::getenv("TMPDIR");
  std::string saved_tmpdir = saved ? saved : "";
  ::setenv("TMPDIR", elsewhere.c_str(), 1);
  Project project = load_fixture("every-field-two-years");
  WorkbookView view = workbook_view(project, test::year_lines(project, FinancialYear{2017}),
                                    layout(), xlsx_max_rows, nullptr);
  std::string error;
  bool written = write_workbook(view, folder + "/book.xlsx", 0, &error);
  if (saved) ::setenv("TMPDIR", saved_tmpdir.c_str(), 1);
  else ::unsetenv("TMPDIR");
  ASSERT_TRUE(written) << error;

  int made_elsewhere = 0, made_beside = 0;
  alignas(inotify_event) char buffer[64 * 1024];
  for (ssize_t got; (got = ::read(watch, buffer, sizeof buffer)) > 0;) {
    for (char* at = buffer; at < buffer + got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      if (event->wd == elsewhere_watch) ++made_elsewhere;
      if (event->wd == folder_watch && std::string(event->name) != "book.xlsx") ++made_beside;
      at += sizeof(inotify_event) + event->len;
    }
  }
  ::close(watch);
  std::filesystem::remove_all(elsewhere);
  std::filesystem::remove_all(folder);
  EXPECT_EQ(made_elsewhere, 0);
  EXPECT_GT(made_beside, 0);
}

}  // namespace
}  // namespace fundpress
