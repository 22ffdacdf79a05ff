// A register kept as several files ("awards": a list, a folder, entries with
// their own columns, year and measure): each line's year, each diagnostic's
// file, one control line over every file, and duplicate ids across files.
#include <gtest/gtest.h>

#include <cstdlib>

#include "check/check_project.h"
#include "model/fields.h"
#include "checked_folder.h"
#include "paths.h"
#include "run.h"
#include "xlsx_table.h"

namespace fundpress {
namespace {

using Checked = test::CheckedFolder;

// A folder the test writes itself, checked as check_folder checks a fixture.
Checked check_dir(const std::string& dir) {
  Checked c;
  c.dir = dir;
  c.status = load_project(dir, &c.project, c.diagnostics);
  return c;
}

Checked check(const std::string& name) { return test::check_folder("check", name); }

TEST(SeveralFiles, EachFileWithItsOwnColumnsYearAndMeasure) {
  Checked c = check("two-files-own-columns");
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.awards.size(), 4u);
  EXPECT_EQ(c.project.source_files.size(), 2u);
  EXPECT_EQ(c.project.awards[0].service, "Helpline");
  EXPECT_EQ(c.project.awards[0].amount.pence, 1200050);
  EXPECT_EQ(c.project.awards[0].year.start, 2017);
  EXPECT_EQ(c.project.awards[2].service, "Helpline");
  EXPECT_EQ(c.project.awards[2].amount.pence, 1500025);
  EXPECT_EQ(c.project.awards[2].year.start, 2018);
  EXPECT_EQ(c.project.awards[2].source.file, 1);
  EXPECT_EQ(c.project.awards[2].source.line, 2);
  EXPECT_EQ(c.project.organisations[c.project.awards[3].organisation].name, "Catch 22");
  // The control line covers both files.
  EXPECT_EQ(c.project.read.rows, 4u);
  EXPECT_EQ(c.project.read.amount.pence, 1200050 + 800000 + 1500025 + 400000);
  ASSERT_EQ(c.project.years.size(), 2u);
  // Only the second file's year is read as awarded amounts.
  EXPECT_EQ(measure_of(c.project, FinancialYear{2017}), Measure::proposed);
  EXPECT_EQ(measure_of(c.project, FinancialYear{2018}), Measure::awarded);
  // The label naming 2017/18 is a template: each year's figures get their own year.
  EXPECT_EQ(field_label(c.project.wording, Field::amount, FinancialYear{2017}),
            "17/18 proposed costs (£)");
  EXPECT_EQ(field_label(c.project.wording, Field::amount, FinancialYear{2018}),
            "18/19 proposed costs (£)");
  EXPECT_EQ(field_label(c.project.wording, Field::amount), "Proposed costs (£)");
}

TEST(SeveralFiles, AFolderGivesEveryRegisterFileInItByName) {
  Checked c = check("folder-of-years");
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.source_files.size(), 2u);
  EXPECT_EQ(c.project.source_files[0], c.dir + "/registers/2017-18.csv");
  EXPECT_EQ(c.project.source_files[1], c.dir + "/registers/2018-19.csv");
  ASSERT_EQ(c.project.awards.size(), 3u);
  EXPECT_EQ(c.project.awards[0].year.start, 2017);
  EXPECT_EQ(c.project.awards[1].year.start, 2018);
  EXPECT_EQ(c.project.awards[2].year.start, 2018);
}

TEST(SeveralFiles, AwardAndStartDatesGiveTheYear) {
  Checked c = check("dates-give-year");
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.awards.size(), 3u);
  EXPECT_EQ(c.project.awards[0].year.start, 2017);  // 31 March 2018: the year's last day
  EXPECT_EQ(c.project.awards[1].year.start, 2018);  // 1 April 2018: the next year's first
  EXPECT_EQ(c.project.awards[2].year.start, 2019);  // no award date: its start date
}

// A year column wins over its file's "year", which wins over the top-level one.
TEST(SeveralFiles, AYearColumnThenTheFilesYearThenTheTopLevelOne) {
  Checked c = check("year-column-over-file-year");
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.awards.size(), 4u);
  EXPECT_EQ(c.project.awards[0].year.start, 2018);  // its year column
  EXPECT_EQ(c.project.awards[1].year.start, 2017);  // an empty year cell: its file's year
  EXPECT_EQ(c.project.awards[2].year.start, 2017);  // "2017-18" in its year column
  EXPECT_EQ(c.project.awards[3].year.start, 2016);  // a file without a year: the top-level one
  EXPECT_EQ(c.project.years.size(), 3u);
}

TEST(SeveralFiles, ALineWithNoYearIsAnErrorInItsOwnFile) {
  Checked c = check("year-not-found");
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  const std::string no_year =
      ": error: row has no financial year: add a year column, an award date, or \"year\": "
      "\"2017/18\" in fundpress.json [date]";
  EXPECT_EQ(c.messages(),
            (std::vector<std::string>{"F/second.csv:2" + no_year, "F/second.csv:3" + no_year}));
}

TEST(SeveralFiles, DuplicateIdsAcrossFilesNameBothFiles) {
  Checked c = check("duplicate-ids-across-files");
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  EXPECT_EQ(c.messages(),
            (std::vector<std::string>{
                "F/2018-19.csv:3:2: error: reference \"LP-2\" is also used on line 3 of " + c.dir +
                "/2017-18.csv [duplicate-id]"}));
}

// A JSON register for one year and a workbook for the next, in one site.
TEST(SeveralFiles, AJsonFileAndAWorkbook) {
  std::string dir = test::scratch_dir("json-and-xlsx");
  std::string error;
  ASSERT_TRUE(test::write_xlsx_table(
      dir + "/2018-19.xlsx",
      {test::XlsxTableSheet{
          "Budget",
          {{test::xlsx_text("Service"), test::xlsx_text("Organisation"), test::xlsx_text("Amount")},
           {test::xlsx_text("Refuge"), test::xlsx_text("Women's Aid"),
            test::xlsx_number("2500.75")}}}},
      &error))
      << error;
  std::system(("cd '" + dir +
               "' && printf '{\"awards\": [{\"service\": \"Helpline\", \"organisation\": "
               "\"Victim First\", \"amount\": \"1,000.10\"}]}' > 2017-18.json && "
               "printf '{\"publisher\": {\"name\": \"Test PCC\"}, \"awards\": [{\"file\": "
               "\"2017-18.json\", \"year\": \"2017/18\"}, {\"file\": \"2018-19.xlsx\", \"year\": "
               "\"2018/19\", \"sheet\": \"Budget\"}]}' > fundpress.json")
                  .c_str());
  Checked c = check_dir(dir);
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.awards.size(), 2u);
  EXPECT_EQ(c.project.awards[0].amount.pence, 100010);
  EXPECT_EQ(c.project.awards[0].year.start, 2017);
  EXPECT_EQ(c.project.awards[1].amount.pence, 250075);
  EXPECT_EQ(c.project.awards[1].year.start, 2018);
  EXPECT_EQ(c.project.read.amount.pence, 350085);
}

TEST(SeveralFiles, AnEmptyFolderIsAnError) {
  std::string dir = test::scratch_dir("empty-folder");
  std::system(("cd '" + dir +
               "' && mkdir -p registers && printf '{\"publisher\": {\"name\": \"Test PCC\"}, "
               "\"awards\": \"registers\"}' > fundpress.json")
                  .c_str());
  Checked c = check_dir(dir);
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  EXPECT_EQ(c.messages(), (std::vector<std::string>{
                              "F/fundpress.json:1:47: error: the folder \"registers\" holds no "
                              "register file (.csv, .json or .xlsx) [io]"}));
}

}  // namespace
}  // namespace fundpress

namespace fundpress {
namespace {

// Each wrong "awards" entry and "significant_change" value is reported at its place.
TEST(SeveralFilesConfig, WrongEntriesAndThresholdsAreReportedWhereTheyAre) {
  std::string dir = test::scratch_dir("awards-config");
  std::system(
      ("cd '" + dir +
       "' && printf 'Service,Organisation,Amount\\nHelpline,Victim First,100\\n' > a.csv && "
       "printf '{\"publisher\": {\"name\": \"Test PCC\"}, \"year\": \"2017/18\",\\n"
       "\"awards\": [\"a.csv\", \"../b.csv\", 7, {\"file\": \"a.csv\", \"measure\": "
       "\"spent\"}],\\n"
       "\"significant_change\": {\"amount\": \"-5\", \"percent\": 1001}}' > fundpress.json")
          .c_str());
  Checked c = check_dir(dir);
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/fundpress.json:2:21: error: an \"awards\" entry must name a file or folder in the "
          "project folder, without a path [config]",
          "F/fundpress.json:2:33: error: an \"awards\" entry is a file name or {\"file\": ..., "
          "\"year\": ...} [config]",
          "F/fundpress.json:2:65: error: \"measure\" must be \"proposed\", \"awarded\" or "
          "\"paid\" [config]",
          "F/fundpress.json:3:34: error: the amount of a significant change is not negative "
          "[config]",
          "F/fundpress.json:3:51: error: \"percent\" must be a whole number from 0 to 1000 "
          "[config]",
          "F/fundpress.json:2:36: error: \"a.csv\" is named twice in \"awards\" [config]"}));
}

TEST(SeveralFilesConfig, TheDefaultThresholdIsFiftyThousandPoundsOrTwentyPerCent) {
  Checked c = check("folder-of-years");
  EXPECT_EQ(c.project.significant_change.amount.pence, 5000000);
  EXPECT_EQ(c.project.significant_change.percent, 20);
}

}  // namespace
}  // namespace fundpress
