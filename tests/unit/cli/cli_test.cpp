// The command line as a user meets it: exit statuses, messages, what a failed
// build leaves behind, and byte-identical rebuilds.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "golden.h"
#include "run.h"

namespace fundpress {
namespace {

using test::run_fundpress;
using test::scratch_dir;
using test::snapshot;

const std::string leicestershire = test::source_dir() + "/data/leicestershire";

std::string q(const std::string& path) { return "'" + path + "'"; }

// A copy of the Leicestershire folder with its CSV broken by `sed_script`.
std::string broken_copy(const std::string& name, const std::string& sed_script) {
  std::string dir = scratch_dir(name);
  std::system(("cp -r " + q(leicestershire) + "/. " + q(dir) + " && sed -i '" + sed_script + "' " +
               q(dir + "/awards.csv"))
                  .c_str());
  return dir;
}

TEST(Cli, HelpAndVersion) {
  test::RunResult help = run_fundpress("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.output.find("build"), std::string::npos);
  EXPECT_NE(help.output.find("check"), std::string::npos);
  test::RunResult version = run_fundpress("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.output, std::string(FUNDPRESS_VERSION) + "\n");
}

TEST(Cli, HelpGivesExamplesExitStatusesAndWhereSettingsLive) {
  std::string help = run_fundpress("--help").output;
  for (const char* part : {"Examples:", "fundpress build data/leicestershire --out site",
                           "Exit status:", "  1    the data has errors", "PROJECT_DIR/fundpress.json",
                           "fundpress serve data/leicestershire --port 8080",
                           "fundpress init budget-2024.xlsx --out data/myoffice",
                           "(serve: 0 when stopped while waiting"})
    EXPECT_NE(help.find(part), std::string::npos) << part;
}

// A comms officer works inside the publisher folder; elsewhere the command
// says what to do instead of reading a folder nobody named.
TEST(Cli, WithNoFolderTheCurrentOneIsUsedWhenItHoldsFundpressJson) {
  test::RunResult inside = run_fundpress("check", "cd " + q(leicestershire) + " &&");
  EXPECT_EQ(inside.status, 0);
  EXPECT_EQ(inside.output,
            "75 rows £9,293,216.75 read; 75 rows £9,293,216.75 published; 0 withheld\n");
  std::string empty = scratch_dir("no-config-here");
  test::RunResult outside = run_fundpress("build", "cd " + q(empty) + " &&");
  EXPECT_EQ(outside.status, 2);
  EXPECT_EQ(outside.output,
            "fundpress: no publisher folder given, and the current folder holds no "
            "fundpress.json: name one (fundpress build data/leicestershire), or run from "
            "inside it\n");
  EXPECT_TRUE(snapshot(empty).empty());  // and wrote no site there
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_fundpress("").status, 2);
  EXPECT_EQ(run_fundpress("build --no-such-option").status, 2);
  EXPECT_EQ(run_fundpress("frobnicate").status, 2);
  test::RunResult missing = run_fundpress("check /nonexistent/project");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.output,
            "/nonexistent/project: error: no such project folder [io]\n"
            "fundpress: 1 error, 0 warnings\n");
}

TEST(Cli, CheckPrintsTheControlLine) {
  test::RunResult r = run_fundpress("check " + q(leicestershire));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output, "75 rows £9,293,216.75 read; 75 rows £9,293,216.75 published; 0 withheld\n");
}

// A finance officer's view of a printed table: every row as read, then the
// problems, then the control line counting the printed totals.
TEST(Cli, CheckExplainPrintsHowEveryRowWasRead) {
  std::string dir =
      test::source_dir() + "/tests/unit/check/fixtures/printed/within-the-rounding-of-thousands";
  test::RunResult r = run_fundpress("check --explain " + q(dir));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(
      r.output,
      dir +
          "/awards.csv:1: header: amount \"2019/20 £000s\" (column 2, 2019/20, in thousands of "
          "pounds); service \"Line\" (column 1)\n" +
          dir + "/awards.csv:2: line: \"Victims\": £1,234,000\n" + dir +
          "/awards.csv:3: line: \"Prevention\": £2,345,000\n" + dir +
          "/awards.csv:4: line: \"Partnership\": £3,456,000\n" + dir +
          "/awards.csv:5: total: \"Total\": printed as 7,036; its 3 lines (lines 2-4) add up "
          "to £7,035,000: agrees within the rounding of figures printed in units (up to £2,000 "
          "either way)\n"
          "3 rows £7,035,000.00 read; 3 rows £7,035,000.00 published; 0 withheld; printed "
          "totals: 1 checked, 0 exact, 1 reconciled within rounding\n");
}

TEST(Cli, APrintedTotalThatDisagreesStopsTheBuild) {
  std::string dir =
      test::source_dir() + "/tests/unit/check/fixtures/printed/a-total-that-disagrees";
  std::string out = scratch_dir("disagreeing-total-site");
  test::RunResult r = run_fundpress("build " + q(dir) + " --out " + q(out + "/site"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output,
            dir +
                "/awards.csv:11:3: error: \"Total\" is printed as 2,418,300 but its 9 lines "
                "add up to 2,418,301: £1 more [totals]\n"
                "fundpress: 1 error, 0 warnings\n"
                "fundpress: nothing published; " +
                out + "/site is unchanged\n");
}

TEST(Cli, CheckOnAnUnterminatedQuoteExitsOneNamingFileAndLine) {
  // Line 17's amount loses its closing quote.
  std::string dir = broken_copy("unterminated", "17s/\"52,445\"/\"52,445/");
  test::RunResult r = run_fundpress("check " + q(dir));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output, dir +
                          "/awards.csv:17:5: error: quoted field opened here runs on to line 18, "
                          "where its closing quote is followed by more text; is a closing quote "
                          "missing on line 17? [csv]\nfundpress: 1 error, 0 warnings\n");
  // At the end of the file there is no later quote to close it.
  std::string last = broken_copy("unterminated-last", "$s/\"15,000\"/\"15,000/");
  r = run_fundpress("check " + q(last));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.output.find(last + "/awards.csv:43:5: error: quoted field is never closed"),
            std::string::npos)
      << r.output;
}

TEST(Cli, AFailedBuildLeavesThePreviousSiteByteForByte) {
  std::string work = scratch_dir("failed-build");
  std::string out = work + "/site";
  ASSERT_EQ(run_fundpress("build " + q(leicestershire) + " --out " + q(out)).status, 0);
  auto before = snapshot(out);
  ASSERT_GT(before.size(), 5u);

  std::string dir =
      broken_copy("failed-build-data", "6s/\"5,000\"/\"5,000.001\"/; 10s/Force/Force,extra/");
  test::RunResult r = run_fundpress("build " + q(dir) + " --out " + q(out));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(
      r.output.find(
          "awards.csv:6:5: error: amount \"5,000.001\" has more than two decimal places [money]"),
      std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("awards.csv:10:8: error: row has 8 fields"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("fundpress: nothing published; " + out + " is unchanged"),
            std::string::npos);
  EXPECT_EQ(snapshot(out), before);
  EXPECT_EQ(snapshot(work).size(), before.size()) << "no staging folder is left beside the site";
}

TEST(Cli, RefusesToReplaceAFolderItDidNotPublish) {
  std::string work = scratch_dir("foreign");
  std::system(("echo precious > " + q(work + "/notes.txt")).c_str());
  test::RunResult r = run_fundpress("build " + q(leicestershire) + " --out " + q(work));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("was not published by fundpress"), std::string::npos) << r.output;
  EXPECT_EQ(test::slurp(work + "/notes.txt"), "precious\n");
  EXPECT_EQ(run_fundpress("build " + q(leicestershire) + " --out /").status, 2);
}

TEST(Cli, RebuildsAreByteIdenticalAndCarryNoMachinePaths) {
  std::string work = scratch_dir("reproducible");
  ASSERT_EQ(run_fundpress("build " + q(leicestershire) + " --out " + q(work + "/a")).status, 0);
  ASSERT_EQ(
      run_fundpress("build " + q(leicestershire) + " --out " + q(work + "/b") + " --jobs 1").status,
      0);
  auto a = snapshot(work + "/a");
  EXPECT_EQ(a, snapshot(work + "/b"));
  for (const auto& [path, bytes] : a) {
    EXPECT_EQ(bytes.find(test::source_dir()), std::string::npos) << path;
    EXPECT_EQ(bytes.find(work), std::string::npos) << path;
  }
  // SOURCE_DATE_EPOCH is the one date allowed to change the output.
  ASSERT_EQ(run_fundpress("build " + q(leicestershire) + " --out " + q(work + "/c"),
                          "SOURCE_DATE_EPOCH=1500000000")
                .status,
            0);
  auto c = snapshot(work + "/c");
  EXPECT_NE(c["reports/2017-18/commissioning-budget.xlsx"],
            a["reports/2017-18/commissioning-budget.xlsx"]);
  EXPECT_EQ(c["reports/2017-18/commissioning-budget.md"],
            a["reports/2017-18/commissioning-budget.md"]);
}

TEST(Cli, BuildEndsWithTheControlLineAndAManifest) {
  std::string out = scratch_dir("control") + "/site";
  test::RunResult r = run_fundpress("build " + q(leicestershire) + " --out " + q(out));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output,
            "75 rows £9,293,216.75 read; 75 rows £9,293,216.75 published; 0 withheld; "
            "360Giving: not published (no line is an awarded grant to a named external "
            "recipient)\n");  // Appendix A is a budget: proposed costs, not awards
  std::string manifest = test::slurp(out + "/fundpress-manifest.json");
  EXPECT_NE(manifest.find("\"path\": \"reports/2017-18/commissioning-budget.xlsx\""),
            std::string::npos);
}

TEST(Cli, WithoutABaseUrlTheBuildSaysWhyThereIsNoSitemap) {
  std::string work = scratch_dir("no-base-url");
  std::system(("cp -r " + q(leicestershire) + "/. " + q(work + "/data") +
               " && sed -i '/\"base_url\"/d' " +
               q(work + "/data/fundpress.json"))
                  .c_str());
  test::RunResult r = run_fundpress("build " + q(work + "/data") + " --out " + q(work + "/site"));
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.output.rfind("fundpress: note: sitemap.xml is not written", 0), 0u) << r.output;
  auto files = snapshot(work + "/site");
  EXPECT_EQ(files.count("sitemap.xml"), 0u);
  EXPECT_EQ(files.count("index.html"), 1u);
  ASSERT_EQ(run_fundpress("build " + q(leicestershire) + " --out " + q(work + "/with")).status, 0);
  EXPECT_NE(test::slurp(work + "/with/sitemap.xml")
                .find("<loc>https://www.leics.pcc.police.uk/funding/register/</loc>"),
            std::string::npos);
}

// The four framework folders hold a register file per year, every line with its
// year: each file checks and builds on its own with the folder's config, publishes
// lines rather than an empty year, and shows the folder's notice on its pages.
TEST(Cli, EveryFrameworkRegisterFileBuildsOnItsOwn) {
  for (const char* framework : {"lancashire", "cambridgeshire", "cumbria", "wiltshire"}) {
    std::string dir = test::source_dir() + "/data/" + framework;
    nlohmann::json config = nlohmann::json::parse(test::slurp(dir + "/fundpress.json"));
    ASSERT_TRUE(config["awards"].is_array()) << framework;
    ASSERT_EQ(config["awards"].size(), 2u) << framework << ": two years";
    std::string notice = config["site"]["notice"].get<std::string>();
    ASSERT_EQ(notice.rfind("Illustrative data: ", 0), 0u) << framework;
    for (const nlohmann::json& file : config["awards"]) {
      std::string work =
          scratch_dir(std::string("framework-") + framework + "-" + file.get<std::string>());
      std::system(("cp -r " + q(dir) + "/. " + q(work + "/data")).c_str());
      nlohmann::json one = config;
      one["awards"] = file;
      test::write_file(work + "/data/fundpress.json", one.dump(2));
      std::string what = std::string(framework) + " " + file.get<std::string>();
      EXPECT_EQ(run_fundpress("check " + q(work + "/data")).status, 0) << what;
      test::RunResult r = run_fundpress("build " + q(work + "/data") + " --out " + q(work + "/site"));
      EXPECT_EQ(r.status, 0) << what << ": " << r.output;
      std::string home = test::slurp(work + "/site/index.html");
      EXPECT_EQ(home.find("Nothing has been published yet"), std::string::npos) << what;
      EXPECT_NE(home.find("<p class=\"site-notice\"><strong>Note</strong>: Illustrative data: "),
                std::string::npos)
          << what;
    }
  }
}

TEST(Cli, DumpContextWritesEachViewModelBesideItsOutput) {
  std::string out = scratch_dir("dump") + "/site";
  ASSERT_EQ(
      run_fundpress("build " + q(leicestershire) + " --out " + q(out) + " --dump-context").status,
      0);
  std::string context =
      test::slurp(out + "/reports/2017-18/commissioning-budget.html.context.json");
  EXPECT_NE(context.find("\"label\": \"Victims sub-total\""), std::string::npos);
  EXPECT_NE(context.find("\"amount\": \"1,448,239\""), std::string::npos);
}

// An absurd SOURCE_DATE_EPOCH once dated every file in the year 3,170,843.
TEST(Cli, RefusesASourceDateEpochOutsideTheYearsItCanMean) {
  std::string out = scratch_dir("epoch") + "/site";
  for (const char* epoch : {"99999999999999", "-5", "1491004800x", "100"}) {
    test::RunResult bad = run_fundpress("build " + q(leicestershire) + " --out " + q(out),
                                        std::string("SOURCE_DATE_EPOCH=") + epoch);
    EXPECT_EQ(bad.status, 2) << epoch;
    EXPECT_NE(
        bad.output.find("fundpress: error: SOURCE_DATE_EPOCH is \"" + std::string(epoch) + "\""),
        std::string::npos)
        << bad.output;
    EXPECT_TRUE(snapshot(out).empty()) << "nothing published";
  }
  EXPECT_EQ(run_fundpress("build " + q(leicestershire) + " --out " + q(out),
                          "SOURCE_DATE_EPOCH=1491004800")
                .status,
            0);
}

}  // namespace
}  // namespace fundpress
