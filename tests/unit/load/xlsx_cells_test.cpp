// Cells libxlsxwriter never writes, in XML written by hand as Excel and other
// producers write it: rich and inline text, formula results (and formulas
// without one), true and false, error values, 1904 dates, numbers stored
// with more digits than Excel shows.
#include "load/xlsx_reader.h"

#include <gtest/gtest.h>

#include "xlsx_handmade.h"

namespace fundpress {
namespace {

using test::HandMadeBook;
using test::read_book;
using test::ReadBack;

std::string inline_text(const std::string& reference, const std::string& text) {
  return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// A sheet whose header is "Name|Value" and whose row 2 is `cells` (from A2).
HandMadeBook one_row(const std::string& cells) {
  HandMadeBook book;
  book.sheets[0].data = "<row r=\"1\">" + inline_text("A1", "Name") + inline_text("B1", "Value") +
                        "</row><row r=\"2\">" + cells + "</row>";
  return book;
}

TEST(XlsxCells, SharedStringsReadAsPlainTextRichRunsJoinedPhoneticGuidesLeftOut) {
  HandMadeBook book;
  book.shared_strings =
      "<si><t>Organisation</t></si>"
      "<si><r><rPr><b/></rPr><t>Catch</t></r><r><t xml:space=\"preserve\"> 22</t></r></si>"
      "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      "<si><t>Fish &amp; Chips &lt;Ltd&gt;</t></si>"
      "<si><t>line one_x000D__x000A_line two</t></si>";
  book.sheets[0].data =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>4</v></c></row>";
  ReadBack back = read_book(book, "shared-strings");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows,
            (std::vector<std::string>{"1: Organisation", "2: Catch 22", "3: 東京",
                                      "4: Fish & Chips <Ltd>", "5: line one\r\nline two"}));
  EXPECT_TRUE(back.messages.empty());
}

TEST(XlsxCells, InlineStringsWithAndWithoutRuns) {
  ReadBack back = read_book(one_row("<c r=\"A2\" t=\"inlineStr\"><is><t>Victim First</t></is></c>"
                                    "<c r=\"B2\" t=\"inlineStr\"><is><r><t>two "
                                    "</t></r><r><rPr><i/></rPr><t>runs</t></r></is></c>"),
                            "inline-strings");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value", "2: Victim First|two runs"}));
}

TEST(XlsxCells, FormulasReadAsTheirSavedResults) {
  HandMadeBook book;
  book.sheets[0].data =
      "<row r=\"1\">" + inline_text("A1", "Name") + inline_text("B1", "Value") +
      "</row>"
      "<row r=\"2\">" +
      inline_text("A2", "sum") +
      "<c r=\"B2\"><f>SUM(1,2)</f><v>3</v></c></row>"
      "<row r=\"3\">" +
      inline_text("A3", "text") +
      "<c r=\"B3\" t=\"str\"><f>A2&amp;\"!\"</f><v>sum!</v></c></row>"
      "<row r=\"4\">" +
      inline_text("A4", "empty text") +
      "<c r=\"B4\" t=\"str\"><f>\"\"</f><v></v></c></row>"
      "<row r=\"5\">" +
      inline_text("A5", "truth") +
      "<c r=\"B5\" t=\"b\"><f>1&lt;2</f><v>1</v></c></row>"
      "<row r=\"6\">" +
      inline_text("A6", "shared") +
      "<c r=\"B6\"><f t=\"shared\" si=\"0\"/><v>0.30000000000000004</v></c></row>";
  ReadBack back = read_book(book, "formulas");
  EXPECT_EQ(back.rows,
            (std::vector<std::string>{"1: Name|Value", "2: sum|3", "3: text|sum!", "4: empty text|",
                                      "5: truth|TRUE", "6: shared|0.3"}));
  EXPECT_TRUE(back.messages.empty());
}

TEST(XlsxCells, AFormulaWithoutASavedValueIsAnErrorSayingToSaveInExcel) {
  HandMadeBook book;
  book.sheets[0].data = "<row r=\"1\">" + inline_text("A1", "Name") + inline_text("B1", "Value") +
                        "</row>"
                        "<row r=\"2\">" +
                        inline_text("A2", "kept") +
                        "<c r=\"B2\"><v>1</v></c></row>"
                        "<row r=\"3\">" +
                        inline_text("A3", "unsaved") +
                        "<c r=\"B3\"><f>SUM(B1:B2)</f></c></row>"
                        "<row r=\"4\">" +
                        inline_text("A4", "unsaved too") +
                        "<c r=\"B4\"><f>B3*2</f><v></v></c></row>"
                        "<row r=\"5\">" +
                        inline_text("A5", "unsaved text") +
                        "<c r=\"B5\" t=\"str\"><f>A5</f></c></row>"
                        "<row r=\"6\">" +
                        inline_text("A6", "kept too") + "<c r=\"B6\"><v>2</v></c></row>";
  ReadBack back = read_book(book, "unsaved-formulas");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value", "2: kept|1", "6: kept too|2"}));
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!B3: error: formula has no saved value: the workbook was written by a "
          "program that does not calculate; open it in Excel (or LibreOffice) and save it, then "
          "run "
          "fundpress again [xlsx]",
          "awards.xlsx: error: 2 more formula cells have no saved value (only the first is shown) "
          "[xlsx]"}));
}

TEST(XlsxCells, TrueAndFalse) {
  ReadBack back = read_book(
      one_row("<c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c>"), "booleans");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value", "2: TRUE|FALSE"}));
}

TEST(XlsxCells, ErrorValuesAreErrorsAtTheirCells) {
  HandMadeBook book;
  book.sheets[0].data = "<row r=\"1\">" + inline_text("A1", "Name") + inline_text("B1", "Value") +
                        "</row>"
                        "<row r=\"2\">" +
                        inline_text("A2", "lookup") +
                        "<c r=\"B2\" t=\"e\"><f>VLOOKUP(1,C:D,2,0)</f><v>#N/A</v></c></row>"
                        "<row r=\"3\">" +
                        inline_text("A3", "fine") +
                        "<c r=\"B3\"><v>5</v></c></row>"
                        "<row r=\"4\">" +
                        inline_text("A4", "deleted") + "<c r=\"B4\" t=\"e\"><v>#REF!</v></c></row>";
  ReadBack back = read_book(book, "error-values");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value", "3: fine|5"}));
  EXPECT_EQ(back.messages, (std::vector<std::string>{
                               "awards.xlsx:Sheet1!B2: error: cell holds Excel's error value #N/A; "
                               "correct the formula or "
                               "value in the workbook, or clear the cell, and save it [xlsx]",
                               "awards.xlsx:Sheet1!B4: error: cell holds Excel's error value "
                               "#REF!; correct the formula or "
                               "value in the workbook, or clear the cell, and save it [xlsx]"}));
}

TEST(XlsxCells, NumbersStoredWithMoreDigitsThanExcelShows) {
  ReadBack back =
      read_book(one_row("<c r=\"A2\"><v>4668358.7500000009</v></c><c r=\"B2\"><v>1E-3</v></c>"),
                "number-texts");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value", "2: 4668358.75|0.001"}));
}

TEST(XlsxCells, NumberFormatsGivePercentagesAndDates) {
  HandMadeBook book = one_row(
      "<c r=\"A2\" s=\"1\"><v>0.044</v></c><c r=\"B2\" s=\"2\"><v>42826</v></c>"
      "<c r=\"C2\" s=\"3\"><v>0.045</v></c><c r=\"D2\" s=\"4\"><v>42826</v></c>"
      "<c r=\"E2\" s=\"5\"><v>1234.5</v></c>");
  book.sheets[0].dimension = "A1:E2";
  book.number_formats =
      "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy;@\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"&quot;£&quot;#,##0\"/>";
  book.cell_formats =
      "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
      "<xf numFmtId=\"10\"/><xf numFmtId=\"14\"/><xf numFmtId=\"166\"/>";
  ReadBack back = read_book(book, "number-formats");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value|||",
                                                 "2: 4.4%|2017-04-01|4.5%|2017-04-01|1234.5"}));
}

TEST(XlsxCells, The1904DateSystem) {
  HandMadeBook book =
      one_row("<c r=\"A2\" s=\"1\"><v>41364</v></c><c r=\"B2\" s=\"1\"><v>0</v></c>");
  book.date1904 = true;
  book.cell_formats = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
  EXPECT_EQ(read_book(book, "date1904").rows,
            (std::vector<std::string>{"1: Name|Value", "2: 2017-04-01|1904-01-01"}));
}

TEST(XlsxCells, ADateExcelCannotShowIsAnErrorAtItsCell) {
  HandMadeBook book = one_row("<c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>60</v></c>");
  book.cell_formats = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
  ReadBack back = read_book(book, "day-60");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value"}));
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!B2: error: date cell holds day 60, which Excel shows as 29 February "
          "1900, a day that never was (Excel keeps Lotus 1-2-3's leap-year error); type the date "
          "again [xlsx]"}));
}

TEST(XlsxCells, IsoDateCells) {
  EXPECT_EQ(
      read_book(one_row("<c r=\"A2\" t=\"d\"><v>2017-04-01T00:00:00Z</v></c>"), "iso-dates").rows,
      (std::vector<std::string>{"1: Name|Value", "2: 2017-04-01|"}));
}

// Producers may leave out cell and row references; the position follows on.
TEST(XlsxCells, CellsWithoutReferencesFollowOn) {
  HandMadeBook book;
  book.sheets[0].data =
      "<row><c t=\"inlineStr\"><is><t>Name</t></is></c><c "
      "t=\"inlineStr\"><is><t>Value</t></is></c></row>"
      "<row r=\"4\"><c><v>1</v></c><c t=\"e\"><v>#DIV/0!</v></c></row>";
  ReadBack back = read_book(book, "no-references");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value"}));
  EXPECT_EQ(back.messages, (std::vector<std::string>{
                               "awards.xlsx:Sheet1!B4: error: cell holds Excel's error value "
                               "#DIV/0!; correct the formula "
                               "or value in the workbook, or clear the cell, and save it [xlsx]"}));
}

TEST(XlsxCells, ControlCharactersAreEncodingErrorsAsInCsv) {
  ReadBack back =
      read_book(one_row(inline_text("A2", "bell_x0007_") + inline_text("B2", "tab\tok")),
                "control-character");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value"}));
  ASSERT_EQ(back.messages.size(), 1u);
  EXPECT_EQ(back.messages[0].rfind(
                "awards.xlsx:Sheet1!A2: error: text contains the control character U+0007", 0),
            0u)
      << back.messages[0];
}

TEST(XlsxCells, ACellRightOfTheHeaderInASheetThatStatesNoSizeIsAnError) {
  ReadBack back =
      read_book(one_row(inline_text("A2", "x") + inline_text("C2", "stray")), "right-of-table");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name|Value"}));
  EXPECT_EQ(back.messages, (std::vector<std::string>{
                               "awards.xlsx:Sheet1!C2: error: cell C2 is right of the table, whose "
                               "header (row 1) ends at "
                               "column B; give the column a heading or clear the cell [xlsx]"}));
}

TEST(XlsxCells, AnEmptySheetNeedsAHeaderRow) {
  ReadBack back = read_book(HandMadeBook(), "empty-sheet");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.messages,
            (std::vector<std::string>{
                "awards.xlsx: error: sheet \"Sheet1\" is empty; it needs a header row [xlsx]"}));
}

}  // namespace
}  // namespace fundpress
