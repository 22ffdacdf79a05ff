// Registers kept in Excel, written by libxlsxwriter as an office's tools
// would write them, read back as the rows read_csv gives: exact cell texts at
// their real rows and columns, blank rows left out, the right sheet.
#include "load/xlsx_reader.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include "check/check_project.h"
#include "paths.h"
#include "render/report_xlsx.h"
#include "xlsx_handmade.h"
#include "xlsx_table.h"
#include "year_lines.h"

namespace fundpress {
namespace {

using test::read_back;
using test::ReadBack;
using test::temp_xlsx;
using test::xlsx_number;
using test::xlsx_text;
using test::XlsxTable;

ReadBack read_table(const std::vector<test::XlsxTableSheet>& sheets, const std::string& name,
                    const XlsxOptions& options = XlsxOptions()) {
  std::string path = temp_xlsx(name), error;
  EXPECT_TRUE(test::write_xlsx_table(path, sheets, &error)) << error;
  ReadBack back = read_back(path, options);
  std::remove(path.c_str());
  return back;
}

ReadBack read_table(const XlsxTable& rows, const std::string& name) {
  return read_table({test::XlsxTableSheet{"Sheet1", rows}}, name);
}

TEST(XlsxReader, CellsReadAsTheirExactText) {
  ReadBack back = read_table(
      {
          {xlsx_text("Section"), xlsx_text("Organisation"), xlsx_text("Amount"), xlsx_text("Share"),
           xlsx_text("Awarded")},
          {xlsx_text("Victims"), xlsx_text("Catch 22, \"Leicester\""),
           xlsx_number("307849", "#,##0"), xlsx_number("0.044", "0.0%"),
           xlsx_number("42826", "dd/mm/yyyy")},
          {xlsx_text("Prevention"), xlsx_text("Café Ltd\ntwo lines"),
           xlsx_number("1234.55", "£#,##0.00"), xlsx_number("0.5", "0%"),
           xlsx_number("42826.5", "dd/mm/yyyy hh:mm")},
          {xlsx_text("Prevention"), xlsx_text("Pence Ltd"), xlsx_number("-0.05"),
           xlsx_number("1", "0%"), xlsx_number("43190", "d mmmm yyyy")},
      },
      "exact-text");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows, (std::vector<std::string>{
                           "1: Section|Organisation|Amount|Share|Awarded",
                           "2: Victims|Catch 22, \"Leicester\"|307849|4.4%|2017-04-01",
                           "3: Prevention|Café Ltd\ntwo lines|1234.55|50%|2017-04-01 12:00:00",
                           "4: Prevention|Pence Ltd|-0.05|100%|2018-03-31"}));
  EXPECT_TRUE(back.messages.empty()) << back.messages[0];
}

TEST(XlsxReader, BlankRowsAreLeftOutAndRowsKeepTheirExcelNumbers) {
  ReadBack back = read_table(
      {
          {},
          {xlsx_text(" ")},
          {xlsx_text("Service"), xlsx_text("Amount")},
          {xlsx_text("Helpline"), xlsx_number("100")},
          {},
          {xlsx_text("  "), xlsx_text("\t")},
          {xlsx_text("Refuge"), xlsx_number("200")},
      },
      "blank-rows");
  EXPECT_EQ(back.rows,
            (std::vector<std::string>{"3: Service|Amount", "4: Helpline|100", "7: Refuge|200"}));
  EXPECT_TRUE(back.messages.empty());
}

// A printed table's spacers, for the check stage that asks for them: the
// blank rows between rows, whether the sheet stores them or not.
TEST(XlsxReader, BlankRowsAreKeptWhenAskedFor) {
  XlsxOptions options;
  options.keep_blank_rows = true;
  ReadBack back = read_table({test::XlsxTableSheet{"Sheet1",
                                                   {
                                                       {},
                                                       {xlsx_text("Service"), xlsx_text("Amount")},
                                                       {xlsx_text("Helpline"), xlsx_number("100")},
                                                       {},
                                                       {xlsx_text(" ")},
                                                       {xlsx_text("Refuge"), xlsx_number("200")},
                                                       {},
                                                       {xlsx_text(" ")},
                                                   }}},
                             "keep-blank-rows", options);
  EXPECT_EQ(back.rows, (std::vector<std::string>{"2: Service|Amount", "3: Helpline|100", "4: |",
                                                 "5: |", "6: Refuge|200"}));
}

// Excel's own CSV export pads every row to the sheet's used range: so here.
TEST(XlsxReader, EveryRowHasTheTablesWidth) {
  ReadBack back = read_table(
      {
          {xlsx_text("Service"), xlsx_text("Amount"), xlsx_text("Area")},
          {xlsx_text("Helpline")},
          {xlsx_text("Refuge"), xlsx_number("200"), xlsx_text(""), xlsx_text("a note, unheaded")},
      },
      "widths");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Service|Amount|Area|", "2: Helpline|||",
                                                 "3: Refuge|200||a note, unheaded"}));
}

TEST(XlsxReader, TheFirstSheetUnlessOneIsNamed) {
  std::vector<test::XlsxTableSheet> sheets = {
      {"Notes", {{xlsx_text("Read me first")}}},
      {"Register 2017-18", {{xlsx_text("Service")}, {xlsx_text("Helpline")}}},
  };
  EXPECT_EQ(read_table(sheets, "first-sheet").rows, (std::vector<std::string>{"1: Read me first"}));
  XlsxOptions options;
  options.sheet = "register 2017-18";  // Excel ignores case in sheet names
  ReadBack named = read_table(sheets, "named-sheet", options);
  EXPECT_EQ(named.rows, (std::vector<std::string>{"1: Service", "2: Helpline"}));
  options.sheet = "Grants";
  ReadBack missing = read_table(sheets, "missing-sheet", options);
  EXPECT_EQ(missing.result, XlsxRead::stopped);
  EXPECT_TRUE(missing.rows.empty());
  EXPECT_EQ(missing.messages,
            (std::vector<std::string>{"awards.xlsx: error: the workbook has no sheet named "
                                      "\"Grants\"; its sheets are \"Notes\", "
                                      "\"Register 2017-18\" [xlsx]"}));
}

// The workbook's order of tabs decides, not the names of the parts: here the
// first tab is stored as sheet2.xml.
TEST(XlsxReader, TheFirstSheetIsTheFirstTabWhateverItsPartIsCalled) {
  test::HandMadeBook book;
  book.sheets = {
      {"Register", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Service</t></is></c></row>", "",
       "xl/worksheets/sheet2.xml"},
      {"Notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notes</t></is></c></row>", "",
       "xl/worksheets/sheet1.xml"},
  };
  EXPECT_EQ(test::read_book(book, "tab-order").rows, (std::vector<std::string>{"1: Service"}));
}

TEST(XlsxReader, AMergedRangesValueIsInItsTopLeftCellOnly) {
  std::string path = temp_xlsx("merged");
  lxw_workbook* workbook = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
  worksheet_write_string(sheet, 0, 0, "Section", nullptr);
  worksheet_write_string(sheet, 0, 1, "Service", nullptr);
  worksheet_write_string(sheet, 0, 2, "Amount", nullptr);
  worksheet_merge_range(sheet, 1, 0, 1, 2, "VICTIMS", nullptr);
  worksheet_write_string(sheet, 2, 0, "Victims", nullptr);
  worksheet_merge_range(sheet, 2, 1, 3, 1, "Helpline", nullptr);
  worksheet_write_number(sheet, 2, 2, 100, nullptr);
  worksheet_write_number(sheet, 3, 2, 50, nullptr);
  ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  ReadBack back = read_back(path);
  std::remove(path.c_str());
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Section|Service|Amount", "2: VICTIMS||",
                                                 "3: Victims|Helpline|100", "4: ||50"}));
}

// Positions name the sheet as Excel does, quoted when it is more than a word.
TEST(XlsxReader, DiagnosticsNameTheSheetAndCell) {
  test::HandMadeBook book;
  book.sheets = {{"Grants 2017/18",
                  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Service</t></is></c>"
                  "<c r=\"B1\" t=\"inlineStr\"><is><t>Amount</t></is></c></row>"
                  "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Helpline</t></is></c>"
                  "<c r=\"B7\" t=\"e\"><f>VLOOKUP(A7,Rates!A:B,2,FALSE)</f><v>#N/A</v></c></row>",
                  "", ""}};
  ReadBack back = test::read_book(book, "quoted-sheet");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Service|Amount"}));
  EXPECT_EQ(back.messages,
            (std::vector<std::string>{
                "awards.xlsx:'Grants 2017/18'!B7: error: cell holds Excel's error value #N/A; "
                "correct the "
                "formula or value in the workbook, or clear the cell, and save it [xlsx]"}));
}

// fundpress's own report workbook: sub-totals and the grand total are
// SUBTOTAL formulas whose saved results are read.
TEST(XlsxReader, ReadsTheSavedResultsOfFundpresssOwnReportWorkbook) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  std::string path = test::temp_xlsx("own-report");
  std::string error;
  YearLines lines = test::year_lines(project, project.years.front());
  ASSERT_TRUE(write_report_xlsx(project, build_report(project, lines), lines, path, 0, &error))
      << error;
  ReadBack back = read_back(path);
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_TRUE(back.messages.empty()) << back.messages[0];
  ASSERT_EQ(back.rows.size(), 69u);
  // Title rows above the table, then its header on row 4 (row 3 is blank).
  EXPECT_EQ(back.rows[0], "1: Police and Crime Commissioner for Leicestershire|||||");
  EXPECT_EQ(back.rows[2],
            "4: Service name|Delivery organisation|Provision|17/18 proposed costs (£)|Note|"
            "Geographical reach");
  EXPECT_EQ(back.rows[13], "15: Victims sub-total|||1448239||");
  EXPECT_EQ(back.rows[41],
            "43: Makes Moves - Charnwood|Go-Getta Community Interest Company (CIC)|Young "
            "people's prevention and diversion - contract ends 30th June 2017|8683.75||Sub - "
            "Leicestershire");
  EXPECT_EQ(back.rows[47], "49: Prevention sub-total|||1269408.75||");
  EXPECT_EQ(back.rows[53], "55: Grand total|||4668358.75||");
}

// Above its size the report streams (constant-memory mode); the same report
// written both ways reads back cell for cell the same.
TEST(XlsxReader, AStreamedReportWorkbookReadsLikeTheInMemoryOne) {
  Project project;
  Diagnostics diagnostics;
  ASSERT_EQ(load_project(test::source_dir() + "/data/leicestershire", &project, diagnostics),
            LoadStatus::ok);
  YearLines lines = test::year_lines(project, project.years.front());
  ReportView report = build_report(project, lines);
  std::string in_memory = test::temp_xlsx("report-in-memory");
  std::string streamed = test::temp_xlsx("report-streamed");
  std::string error;
  ASSERT_TRUE(write_report_xlsx(project, report, lines, in_memory, 0, &error)) << error;
  ASSERT_TRUE(write_report_xlsx(project, report, lines, streamed, 0, &error, nullptr, 0)) << error;
  ReadBack expected = read_back(in_memory);
  ReadBack back = read_back(streamed);
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_TRUE(back.messages.empty()) << back.messages[0];
  ASSERT_EQ(expected.rows.size(), 69u);
  EXPECT_EQ(back.rows, expected.rows);
}

}  // namespace
}  // namespace fundpress
