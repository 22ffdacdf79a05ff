// What `fundpress init` reads from a finance export's layout: the field of
// each column (and which it could not place), the sections from heading rows
// or a column, and the years from headings, a year column or dates.
#include "check/register_guess.h"

#include <gtest/gtest.h>

#include "load/file.h"
#include "load/xlsx_reader.h"
#include "paths.h"
#include "run.h"
#include "xlsx_table.h"

namespace fundpress {
namespace {

std::vector<Row> csv_rows(const std::string& name) {
  std::string path = test::source_dir() + "/tests/fixtures/init/" + name, bytes, error;
  EXPECT_TRUE(read_file(path, &bytes, &error)) << error;
  std::vector<Row> rows;
  Diagnostics diagnostics;
  EXPECT_TRUE(read_csv(bytes, name, CsvOptions{}, [&](Row& row) { rows.push_back(row); },
                       diagnostics));
  return rows;
}

std::vector<std::string> fields(const RegisterGuess& guess) {
  std::vector<std::string> out;
  for (const ColumnGuess& column : guess.columns)
    out.push_back(std::string(field_info(column.field).name) + "=" + column.header +
                  (column.by_word ? " (word)" : ""));
  return out;
}

std::vector<std::string> years(const RegisterGuess& guess) {
  std::vector<std::string> out;
  for (FinancialYear year : guess.years) out.push_back(year.label());
  return out;
}

using Strings = std::vector<std::string>;

// A table printed from Word, as Leicestershire's: heading rows name the
// sections, sub-totals and a grand total are not lines, and the amount
// column's heading names the year.
TEST(RegisterGuess, PrintedTableWithHeadingRows) {
  RegisterGuess guess;
  Diagnostics diagnostics;
  ASSERT_TRUE(guess_register(csv_rows("printed-headings.csv"), "printed-headings.csv", &guess,
                             diagnostics));
  EXPECT_EQ(fields(guess), (Strings{"service=Service name", "organisation=Delivery organisation",
                                    "description=Provision", "area=Geographical reach"}));
  EXPECT_EQ(guess.year_columns, Strings{"17/18 proposed costs (\xC2\xA3)"});
  EXPECT_EQ(guess.unplaced, Strings{});
  EXPECT_EQ(guess.sections, (Strings{"VICTIMS", "PREVENTION"}));
  EXPECT_EQ(guess.sections_from, RegisterGuess::From::headings);
  EXPECT_EQ(years(guess), Strings{"2017/18"});
  EXPECT_EQ(guess.years_from, RegisterGuess::From::headings);
}

// A flat export: the section is a column ("Category"), the years come from
// the award dates, a header with a field's common name among its words is
// that field, and a column of no field is said to be unplaced.
TEST(RegisterGuess, FlatExportWithASectionColumn) {
  RegisterGuess guess;
  Diagnostics diagnostics;
  ASSERT_TRUE(
      guess_register(csv_rows("flat-export.csv"), "flat-export.csv", &guess, diagnostics));
  EXPECT_EQ(fields(guess),
            (Strings{"id=Grant ref (word)", "section=Category", "service=Project title",
                     "organisation=Recipient", "amount=Amount awarded", "award_date=Date awarded",
                     "fund=Funding stream"}));
  EXPECT_EQ(guess.unplaced, Strings{"Ward"});
  EXPECT_EQ(guess.sections, (Strings{"Community safety", "Victims"}));
  EXPECT_EQ(guess.sections_from, RegisterGuess::From::column);
  EXPECT_EQ(years(guess), (Strings{"2019/20", "2020/21"}));
  EXPECT_EQ(guess.years_from, RegisterGuess::From::dates);
}

// A workbook with a year column and headers in other words: "Delivery
// partner organisation" is the organisation, and "Total grant (£)" the
// amount, as the one column whose heading states pounds.
TEST(RegisterGuess, Workbook) {
  std::string path = test::scratch_dir("register-guess") + "/register.xlsx", error;
  using test::xlsx_number;
  using test::xlsx_text;
  ASSERT_TRUE(test::write_xlsx_table(
      path,
      {{xlsx_text("Year"), xlsx_text("Scheme"), xlsx_text("Delivery partner organisation"),
        xlsx_text("Total grant (\xC2\xA3)")},
       {xlsx_text("2021/22"), xlsx_text("Helpline"), xlsx_text("Victim Support"),
        xlsx_number("12000")},
       {xlsx_text("2022/23"), xlsx_text("Refuge"), xlsx_text("Women's Aid"),
        xlsx_number("7250.5")}},
      &error))
      << error;
  std::vector<Row> rows;
  Diagnostics diagnostics;
  ASSERT_NE(read_xlsx(path, "register.xlsx", XlsxOptions{}, [&](Row& row) { rows.push_back(row); },
                      diagnostics),
            XlsxRead::unreadable);
  RegisterGuess guess;
  ASSERT_TRUE(guess_register(rows, "register.xlsx", &guess, diagnostics));
  EXPECT_EQ(fields(guess),
            (Strings{"year=Year", "service=Scheme", "organisation=Delivery partner organisation (word)",
                     "amount=Total grant (\xC2\xA3)"}));
  EXPECT_EQ(years(guess), (Strings{"2021/22", "2022/23"}));
  EXPECT_EQ(guess.years_from, RegisterGuess::From::column);
  EXPECT_EQ(guess.sections_from, RegisterGuess::From::nothing);
}

// Without an amount column no settings can make the register readable.
TEST(RegisterGuess, NoAmountIsAnError) {
  Row header;
  header.line = 1;
  for (const char* text : {"Service", "Organisation"}) header.cells.push_back(Cell{text, 1, 1});
  RegisterGuess guess;
  Diagnostics diagnostics;
  EXPECT_FALSE(guess_register({header}, "r.csv", &guess, diagnostics));
  EXPECT_TRUE(diagnostics.has_errors());
}

}  // namespace
}  // namespace fundpress
