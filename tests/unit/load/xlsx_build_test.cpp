// A publisher whose register is a workbook, end to end: fundpress build of
// awards.xlsx publishes the same open data as the same table in awards.csv,
// and check's diagnostics point at the sheet's cells.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>

#include "load/csv_reader.h"
#include "load/file.h"
#include "run.h"
#include "xlsx_table.h"

namespace fundpress {
namespace {

using test::run_fundpress;
using test::scratch_dir;
using test::slurp;
using test::xlsx_number;
using test::xlsx_text;
using test::XlsxTable;

std::string q(const std::string& path) { return "'" + path + "'"; }

// Days from 1970-01-01 to a civil date (Howard Hinnant's days_from_civil).
long days_from_civil(long year, long month, long day) {
  year -= month <= 2;
  long era = (year >= 0 ? year : year - 399) / 400;
  long year_of_era = year - era * 400;
  long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// "2017-05-01" as Excel's day number ("42856"), as a date cell holds it.
std::string excel_day(const std::string& iso) {
  long days = days_from_civil(std::stol(iso.substr(0, 4)), std::stol(iso.substr(5, 2)),
                              std::stol(iso.substr(8, 2)));
  return std::to_string(days + 25569);
}

// The CSV register as an office keeps it in Excel: amounts as numbers shown
// with thousands separators, dates as date cells, everything else as text.
XlsxTable as_workbook_table(const std::string& csv_path, const std::set<std::string>& amounts,
                            const std::set<std::string>& dates) {
  std::string bytes, error;
  EXPECT_TRUE(read_file(csv_path, &bytes, &error)) << error;
  XlsxTable table;
  std::vector<std::string> header;
  Diagnostics diagnostics;
  read_csv(
      bytes, csv_path, CsvOptions(),
      [&](Row& row) {
        std::vector<test::XlsxTableCell> cells;
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
          const std::string& text = row.cells[i].text;
          if (header.size() < row.cells.size()) {
            header.push_back(text);
            cells.push_back(xlsx_text(text));
          } else if (text.empty()) {
            cells.emplace_back();
          } else if (amounts.count(header[i])) {
            std::string number;
            for (char c : text)
              if (c != ',') number += c;
            cells.push_back(xlsx_number(number, "#,##0.00"));
          } else if (dates.count(header[i])) {
            cells.push_back(xlsx_number(excel_day(text), "dd/mm/yyyy"));
          } else {
            cells.push_back(xlsx_text(text));
          }
        }
        table.push_back(cells);
      },
      diagnostics);
  EXPECT_TRUE(diagnostics.all().empty());
  return table;
}

// A copy of `project` whose register is awards.xlsx instead of awards.csv.
std::string workbook_copy(const std::string& project, const std::string& name,
                          const std::set<std::string>& amounts,
                          const std::set<std::string>& dates) {
  std::string dir = scratch_dir(name);
  std::system(("cp -r " + q(project) + "/. " + q(dir)).c_str());
  std::string error;
  EXPECT_TRUE(test::write_xlsx_table(
      dir + "/awards.xlsx", as_workbook_table(dir + "/awards.csv", amounts, dates), &error))
      << error;
  std::remove((dir + "/awards.csv").c_str());
  // A config that names the register file names the workbook instead.
  std::system(("sed -i 's/\"awards.csv\"/\"awards.xlsx\"/' " + q(dir + "/fundpress.json")).c_str());
  return dir;
}

// Builds `project` and returns its awards.json download.
std::string awards_json(const std::string& project, const std::string& out) {
  test::RunResult r = run_fundpress("build " + q(project) + " --out " + q(out));
  EXPECT_EQ(r.status, 0) << r.output;
  return slurp(out + "/downloads/awards.json");
}

TEST(XlsxBuild, LeicestershireFromAWorkbookPublishesTheSameOpenData) {
  std::string csv = test::source_dir() + "/data/leicestershire";
  std::string xlsx = workbook_copy(csv, "xlsx-leicestershire", {"17/18 proposed costs (£)"}, {});
  std::string out = scratch_dir("xlsx-leicestershire-out");
  std::string from_csv = awards_json(csv, out + "/csv");
  ASSERT_FALSE(from_csv.empty());
  EXPECT_EQ(awards_json(xlsx, out + "/xlsx"), from_csv);
  test::RunResult check = run_fundpress("check " + q(xlsx));
  EXPECT_EQ(check.status, 0);
  EXPECT_EQ(check.output,
            "75 rows £9,293,216.75 read; 75 rows £9,293,216.75 published; 0 withheld\n");
}

TEST(XlsxBuild, EveryFieldWithDatesAndPenceFromAWorkbook) {
  std::string csv = test::source_dir() + "/tests/fixtures/every-field-two-years";
  std::string xlsx =
      workbook_copy(csv, "xlsx-every-field", {"amount"}, {"award_date", "start_date", "end_date"});
  std::string out = scratch_dir("xlsx-every-field-out");
  std::string from_csv = awards_json(csv, out + "/csv");
  ASSERT_FALSE(from_csv.empty());
  EXPECT_EQ(awards_json(xlsx, out + "/xlsx"), from_csv);
}

// The check stage's messages name the sheet and cell; a number cell with a
// fraction of a penny is refused, not rounded on the way in.
TEST(XlsxBuild, CheckPointsAtTheSheetsCells) {
  std::string dir = scratch_dir("xlsx-check");
  std::ofstream(dir + "/fundpress.json")
      << R"({"publisher": {"name": "Testshire PCC"}, "year": "2017/18", "xlsx": {"sheet": "Register"}})";
  std::string error;
  ASSERT_TRUE(test::write_xlsx_table(
      dir + "/awards.xlsx",
      {{"Notes", {{xlsx_text("Figures as proposed")}}},
       {"Register",
        {{xlsx_text("Service"), xlsx_text("Organisation"), xlsx_text("Amount")},
         {xlsx_text("Helpline"), xlsx_text("Victim Support"), xlsx_number("12.345")},
         {xlsx_text("Refuge"), xlsx_text("Women's Aid"), xlsx_text("TBC")}}}},
      &error))
      << error;
  test::RunResult r = run_fundpress("check " + q(dir));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(
      r.output,
      dir +
          "/awards.xlsx:Register!C2: error: amount \"12.345\" has more than two decimal places "
          "[money]\n" +
          dir +
          "/awards.xlsx:Register!C3: error: amount \"TBC\" is not a number; if the figure is not "
          "known yet, give the row a status such as \"To be confirmed\" and list it in "
          "\"unknown_amount_statuses\" [money]\n"
          "fundpress: 2 errors, 0 warnings\n");
}

TEST(XlsxBuild, ARegisterInTwoFormsIsAnError) {
  std::string csv = test::source_dir() + "/tests/fixtures/every-field-two-years";
  std::string dir =
      workbook_copy(csv, "xlsx-two-forms", {"amount"}, {"award_date", "start_date", "end_date"});
  std::system(("cp " + q(csv + "/awards.csv") + " " + q(dir)).c_str());
  test::RunResult r = run_fundpress("check " + q(dir));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.output,
            dir +
                "/awards.xlsx: error: both awards.csv and awards.xlsx exist; keep one, or "
                "name it in fundpress.json as \"awards\" [io]\nfundpress: 1 error, 0 warnings\n");
}

TEST(XlsxBuild, ANamedWorkbookThatIsMissingIsAnIoFailure) {
  std::string dir = scratch_dir("xlsx-missing");
  std::ofstream(dir + "/fundpress.json")
      << R"({"publisher": {"name": "Testshire PCC"}, "awards": "Grants 2017.xlsx"})";
  test::RunResult r = run_fundpress("check " + q(dir));
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.output,
            dir +
                "/Grants 2017.xlsx: error: cannot read the file: No such file or directory "
                "[io]\nfundpress: 1 error, 0 warnings\n");
}

}  // namespace
}  // namespace fundpress
