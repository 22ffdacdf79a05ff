// A whole publisher folder through load and check: every error of a run,
// each with its file, line and column, in one pass.
#include "check/check_project.h"

#include <gtest/gtest.h>

#include <fstream>

#include "checked_folder.h"
#include "counting_meter.h"
#include "paths.h"
#include "rollup/rollup.h"
#include "run.h"
#include "year_lines.h"

namespace fundpress {
namespace {

using Checked = test::CheckedFolder;

Checked check(const std::string& name) { return test::check_folder("check", name); }

TEST(CheckProject, ReportsEveryErrorInOneRun) {
  Checked c = check("every-error-at-once");
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/awards.csv:3:4: error: amount \"12.345\" has more than two decimal places [money]",
          "F/awards.csv:4:4: error: amount \"TBC\" is not a number; if the figure is not known "
          "yet, "
          "give the row a status such as \"To be confirmed\" and list it in "
          "\"unknown_amount_statuses\" [money]",
          "F/awards.csv:5:4: error: amount is empty (an empty amount is allowed only when the "
          "status "
          "is \"To be confirmed\") [money]",
          "F/awards.csv:7:1: error: section \"Victim\" is not one of fundpress.json's \"sections\" "
          "(\"Victims\", \"Prevention\") [unknown-section]",
          "F/awards.csv:8:4: error: amount \"1,23\" has a misplaced thousands separator [money]",
          "F/awards.csv:9:2: error: service name is empty [required]",
          "F/awards.csv:10:7: error: end date 2017-04-01 is before the start date 2018-03-31 "
          "[end-before-start]",
          "F/awards.csv:11:6: error: date \"31/02/2018\" is not a day of the calendar [date]",
          "F/awards.csv:12:8: error: row has 8 fields but the header has 7; a field containing a "
          "comma must be in double quotes [csv]"}));
}

// A long build's progress counts the register's lines as they are read, over
// every file: each file's lines are expected once it is read, then counted.
TEST(CheckProject, CountsTheRegistersLinesAsTheyAreRead) {
  test::CountingMeter lines;
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::fixture("check", "two-files-own-columns"), &project, diagnostics,
                         nullptr, &lines),
            LoadStatus::ok);
  ASSERT_EQ(project.awards.size(), 4u);
  EXPECT_EQ(lines.expected, 6u);  // two files of a heading and two lines
  EXPECT_EQ(lines.done, 6u);
}

// The usual shape of the mistake: the open quote on line 3 is "closed" by the
// first quote of line 4. The message points at line 3.
TEST(CheckProject, UnterminatedQuoteNamesFileAndLine) {
  Checked c = check("unterminated-quote");
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/awards.csv:3:2: error: quoted field opened here runs on to line 4, where its closing "
          "quote is followed by more text; is a closing quote missing on line 3? [csv]"}));
}

// Ids are the year and service, numbered where they repeat: a numbered form
// that is some line's own service ("Alpha 2") is not handed out twice. With
// every base different (the test below) each id is its base.
TEST(CheckProject, NumbersRepeatedIdsPastOnesAlreadyTaken) {
  Checked c = check("repeated-services");
  ASSERT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  std::vector<std::string> ids;
  for (const Award& award : c.project.awards) ids.push_back(award.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"2017-18-alpha", "2017-18-alpha-2", "2017-18-alpha-2-2",
                                           "2017-18-beta", "2017-18-alpha-3"}));
}

TEST(CheckProject, Windows1252ExportGetsAdvice) {
  Checked c = check("windows-1252");
  ASSERT_FALSE(c.messages().empty());
  EXPECT_EQ(c.messages()[0],
            "F/awards.csv:2:3: error: text is not valid UTF-8 (byte 0xA3), probably a pound sign "
            "from a Windows-1252 (ANSI) export; save the file as UTF-8 (in Excel: \"CSV UTF-8\") "
            "[encoding]");
}

TEST(CheckProject, ReadsAnExportWithItsOwnColumnNames) {
  Checked c = check("export-column-names");
  EXPECT_EQ(c.status, LoadStatus::ok) << testing::PrintToString(c.messages());
  ASSERT_EQ(c.project.awards.size(), 2u);
  const Award& first = c.project.awards[0];
  EXPECT_EQ(first.service, "Street Sport");
  EXPECT_EQ(first.reference, "360G-test-1");
  EXPECT_EQ(first.id, "360g-test-1");
  EXPECT_EQ(c.project.awards[1].id, "360g-test-2");
  EXPECT_EQ(first.amount.pence, 595000);
  EXPECT_EQ(c.project.organisations[first.organisation].org_id, "GB-CHC-1000001");
  EXPECT_EQ(c.project.areas[first.area].name, "Leicester City");
  EXPECT_EQ(c.project.funds[first.fund].name, "Community Fund");
  // The year follows from the award date when there is no year column.
  EXPECT_EQ(first.year.start, 2017);
  EXPECT_EQ(c.project.awards[1].year.start, 2018);
  EXPECT_EQ(c.project.years.size(), 2u);
  EXPECT_EQ(c.messages(), (std::vector<std::string>{"F/awards.csv:1:10: warning: column \"Internal "
                                                    "code\" is not a field fundpress knows; it is "
                                                    "not published [columns]"}));
}

TEST(CheckProject, JsonRegisterIsCheckedLikeCsvWithJsonPositions) {
  Checked c = check("json-register");
  EXPECT_EQ(c.messages(), (std::vector<std::string>{
                              "F/awards.json:10:16: error: \"amount\" is a JSON number with a "
                              "fraction, which cannot hold "
                              "pence exactly; write it as a string, e.g. \"8683.75\" [money]",
                              "F/awards.json:12:16: error: \"amount\" is a whole number too large "
                              "to be read exactly (more than "
                              "64 bits); check the figure [money]"}));
  ASSERT_EQ(c.project.awards.size(), 3u);
  EXPECT_EQ(total_of(c.project, all_awards(c.project)).amount.pence, 30784900 + 868375 + 595000);
  EXPECT_EQ(c.project.priorities.size(), 1u);
}

TEST(CheckProject, DuplicateHeadersAndMissingAliasedColumns) {
  Checked c = check("duplicate-header");
  EXPECT_EQ(c.messages(),
            (std::vector<std::string>{
                "F/awards.csv:1:4: error: duplicate column \"Amount\" (also column 3) [columns]",
                "F/awards.csv:1: error: fundpress.json gives area as column \"Reach\", but the "
                "header has "
                "no such column [columns]"}));
}

TEST(CheckProject, WithheldRowsAreCountedNotPublished) {
  Checked c = check("withheld-rows");
  EXPECT_EQ(c.status, LoadStatus::ok);
  ASSERT_EQ(c.project.awards.size(), 2u);
  ASSERT_EQ(c.project.withheld.size(), 1u);
  EXPECT_EQ(c.project.withheld[0].amount.pence, 250025);
  EXPECT_EQ(c.project.withheld[0].reason, "withdrawn before award");
  EXPECT_EQ(c.project.withheld[0].source.line, 3);
  Reconciliation r = reconcile(c.project, total_of(c.project, all_awards(c.project)));
  EXPECT_TRUE(r.balances());
  EXPECT_EQ(r.read.rows, 3u);
  EXPECT_EQ(r.read.amount.pence, 100000 + 250025 + 30000);
}

TEST(CheckProject, ConfigMistakesPointIntoFundpressJson) {
  Checked c = check("config-typos");
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/fundpress.json:4:3: warning: unknown key \"colums\" is ignored; did you mean "
          "\"columns\"? [config]",
          "F/fundpress.json:2:37: warning: unknown key \"webiste\" is ignored; did you mean "
          "\"website\"? [config]",
          "F/fundpress.json:3:11: error: financial year \"2017/19\" does not run from one year "
          "into "
          "the next [config]",
          "F/fundpress.json:6:18: error: \"amount_unit\" must be 1, 1000 or 1000000 [config]",
          "F/fundpress.json:7:13: error: area \"A\" contains itself through \"contains\" [config]",
          "F/fundpress.json:5:52: error: \"row_decimals\" must be \"auto\" (pence when not zero), "
          "0 or "
          "2 [config]",
          "F/fundpress.json:5:33: error: \"total_decimals\" must be 0 or 2 [config]",
          "F/awards.csv:2: error: row has no financial year: add a year column, an award date, or "
          "\"year\": \"2017/18\" in fundpress.json [date]"}));
}

// Cumbria-style funds: award limits per award, envelopes per period of years.
TEST(CheckProject, FundLimitsAndEnvelopesAreChecked) {
  Checked c = check("fund-rules");
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/awards.csv:8:4: error: fund \"Lottery\" is not one of fundpress.json's \"funds\" "
          "(\"Property Fund\", \"Community Fund\", \"Innovation Fund\") [unknown-fund]",
          "F/awards.csv:2:3: error: £2,600 is above the Property Fund maximum of £2,500 by £100 "
          "[fund-limit]",
          "F/awards.csv:3:3: error: £500 is below the Community Fund minimum of £1,000 by £500 "
          "[fund-limit]",
          "F/awards.csv:5:3: error: awards from the Community Fund in 2017/18 to 2019/20 reach "
          "£20,500 with this line, above its envelope of £20,000 by £500 [fund-envelope]"}));
}

// Appendix A exported as printed: heading rows, sub-total rows, a grand total.
TEST(CheckProject, APrintedTableIsReadByItsLayoutRowsAndItsTotalsChecked) {
  Checked printed = check("printed-appendix");
  EXPECT_EQ(printed.status, LoadStatus::ok);
  EXPECT_TRUE(printed.diagnostics.all().empty()) << testing::PrintToString(printed.messages());
  Project plain;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &plain, diagnostics),
            LoadStatus::ok);
  // The appendix is 2017/18, the first of the data set's two years.
  std::vector<std::size_t> appendix = test::year_lines(plain, FinancialYear{2017}).awards;
  ASSERT_EQ(printed.project.awards.size(), appendix.size());
  for (std::size_t i = 0; i < appendix.size(); ++i) {
    const Award& line = plain.awards[appendix[i]];
    EXPECT_EQ(printed.project.awards[i].service, line.service);
    EXPECT_EQ(printed.project.awards[i].section, line.section) << line.service;
    EXPECT_EQ(printed.project.awards[i].amount, line.amount);
  }
  EXPECT_EQ(printed.project.read.rows, 42u) << "headings and totals are not rows of the register";
}

TEST(CheckProject, APrintedTotalThatDisagreesWithItsRowsIsAnError) {
  Checked c = check("printed-total-disagrees");
  EXPECT_EQ(
      c.messages(),
      (std::vector<std::string>{
          "F/awards.csv:5:3: error: \"Sub-total\" is printed as 312,850 but its 2 lines add up to "
          "312,849: £1 less [totals]"}));
  // "Prevention total" (12,643) is 12,642.50 rounded as printed; "Total" is exact.
  ASSERT_EQ(c.project.sections.size(), 2u);
  EXPECT_EQ(c.project.awards.size(), 4u);
}

TEST(CheckProject, MissingFolderIsAnIoFailure) {
  Project project;
  Diagnostics diagnostics;
  EXPECT_EQ(load_project("/nonexistent/fundpress", &project, diagnostics), LoadStatus::io_failure);
}

TEST(CheckProject, LeicestershireLoadsCleanly) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  EXPECT_TRUE(diagnostics.all().empty());
  EXPECT_EQ(test::year_lines(project, FinancialYear{2017}).awards.size(), 42u);  // Appendix A, real
  EXPECT_EQ(test::year_lines(project, FinancialYear{2018}).awards.size(), 33u);  // illustrative
  EXPECT_EQ(project.awards.size(), 75u);
  EXPECT_EQ(project.glossary.size(), 14u);
}

// No link in a publisher folder is read: a page linked to /etc/passwd would
// publish it, and templates/ holding links to "." walked for ever.
TEST(CheckProject, RefusesSymbolicLinks) {
  std::string dir = test::scratch_dir("links");
  std::system(("cd '" + dir +
               "' && mkdir -p pages templates/site data && "
               "printf '{\"publisher\": {\"name\": \"Test PCC\"}, \"year\": \"2017/18\"}' > "
               "fundpress.json && "
               "printf 'Service,Organisation,Amount\\nA,B,1\\n' > data/real.csv && "
               "ln -s data/real.csv awards.csv && ln -s /etc/passwd pages/leak.md && "
               "printf '# About\\n' > pages/about.md && ln -s . templates/loop && ln -s .. "
               "templates/site/up")
                  .c_str());
  Checked c;
  c.dir = dir;
  c.status = load_project(dir, &c.project, c.diagnostics);
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  const std::string link =
      ": error: is a symbolic link; fundpress reads no links in a publisher folder, so that none "
      "can publish "
      "what lies outside it: put the file itself here [link]";
  EXPECT_EQ(c.messages(),
            (std::vector<std::string>{"F/awards.csv" + link, "F/pages/leak.md" + link,
                                      "F/templates/loop" + link, "F/templates/site/up" + link}));
  ASSERT_EQ(c.project.pages.size(), 1u);
  EXPECT_EQ(c.project.pages[0].slug, "about");
}

// What the workbook could not hold is found by check, at its cell, not by
// build when it writes: a text over a cell's 32,767 characters, an amount a
// spreadsheet would round, and totals that would pass 2^53 pence.
TEST(CheckProject, FindsWhatTheWorkbookCouldNotHold) {
  std::string dir = test::scratch_dir("limits");
  {
    std::ofstream config(dir + "/fundpress.json");
    config << R"({"publisher": {"name": "Test PCC"}, "year": "2017/18"})";
    std::ofstream awards(dir + "/awards.csv");
    awards << "Service,Organisation,Amount\n"
           << "A," << std::string(32768, 'x') << ",5\n"
           << "B,C,\"95,000,000,000,000\"\n"
           << "D,E,\"50,000,000,000,000\"\n"
           << "F,G,\"50,000,000,000,000\"\n";
  }
  Checked c;
  c.dir = dir;
  c.status = load_project(dir, &c.project, c.diagnostics);
  EXPECT_EQ(c.status, LoadStatus::data_errors);
  std::vector<std::string> errors;  // the plausibility warnings on such lines are tested elsewhere
  for (const std::string& message : c.messages())
    if (message.find(": error: ") != std::string::npos) errors.push_back(message);
  EXPECT_EQ(
      errors,
      (std::vector<std::string>{
          "F/awards.csv:2:2: error: organisation is 32,768 characters long; a spreadsheet cell "
          "holds at "
          "most 32,767, so the workbook could not hold it: shorten it [limit]",
          "F/awards.csv:3:3: error: \xC2\xA3"
          "95,000,000,000,000.00 is beyond what a spreadsheet holds to "
          "the penny (\xC2\xA3"
          "90,071,992,547,409.92); check the figure [money]",
          "F/awards.csv: error: the amounts add up to more than a spreadsheet holds to the penny "
          "(\xC2\xA3"
          "90,071,992,547,409.92), so no total could be exact; check the figures [money]"}));
}

// Names match whatever Unicode form or case they were typed in; a withhold
// rule that can never match is an error, since the row it was written to keep
// out would be published; two spellings of a section the data names are an error.
TEST(CheckProject, NamesAndWithholdRulesMatchInAnyForm) {
  std::string dir = test::scratch_dir("forms");
  const std::string nfc = "Caf\xC3\xA9 Youth", nfd = "Cafe\xCC\x81 Youth",
                    upper = "CAF\xC3\x89 YOUTH";
  {
    std::ofstream config(dir + "/fundpress.json");
    config
        << "{\"publisher\": {\"name\": \"Test PCC\"}, \"year\": \"2017/18\", \"withhold\": [\n"
        << "  {\"field\": \"service\", \"equals\": [\"Safe " << nfd.substr(0, 4)
        << "\\u0301 house\"], \"reason\": \"safety\"},\n"
        << "  {\"field\": \"id\", \"equals\": [\"2017-18-helpline\"], \"reason\": \"x\"},\n"
        << "  {\"field\": \"mechanism\", \"equals\": [\"grant\"], \"reason\": \"x\"},\n"
        << "  {\"field\": \"organisation\", \"equals\": [\"Nobody Ltd\"], \"reason\": \"x\"}]}\n";
    std::ofstream awards(dir + "/awards.csv");
    awards << "Section,Service,Organisation,Amount\n"
           << "Victims,Helpline," << nfc << ",100\n"
           << "Victims,Outreach," << nfd << ",250\n"
           << "victims,Mentoring," << upper << ",375\n"
           << "Victims,Safe Caf\xC3\xA9 house,Refuge,400\n";
  }
  Checked c;
  c.dir = dir;
  c.status = load_project(dir, &c.project, c.diagnostics);
  EXPECT_EQ(c.messages(),
            (std::vector<std::string>{"F/awards.csv:4:1: error: section \"victims\" differs only "
                                      "in case or spacing from \"Victims\", "
                                      "named earlier; write it one way [reference]",
                                      "F/fundpress.json:3:3: error: this withhold rule can never "
                                      "match: the register has no id column "
                                      "(ids fundpress makes up cannot be known in advance: "
                                      "withhold by another field) [withhold]",
                                      "F/fundpress.json:4:3: error: this withhold rule can never "
                                      "match: the register has no mechanism "
                                      "column [withhold]",
                                      "F/fundpress.json:5:3: error: this withhold rule matched no "
                                      "row: no organisation is \"Nobody Ltd\"; "
                                      "check the spelling, or remove the rule [withhold]"}));
  EXPECT_EQ(c.project.organisations.size(), 1u)
      << "one organisation in three forms (Refuge's row is withheld)";
  ASSERT_EQ(c.project.withheld.size(), 1u)
      << "the rule written decomposed withholds the composed row";
  EXPECT_EQ(c.project.withheld[0].reason, "safety");
}

}  // namespace
}  // namespace fundpress
