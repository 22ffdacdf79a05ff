// Files that are not workbooks, damaged workbooks and hostile ones: each is
// one clear error, never a crash, never rows read as if nothing were wrong.
#include "load/xlsx_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "golden.h"
#include "xlsx_handmade.h"

namespace fundpress {
namespace {

using test::HandMadeBook;
using test::read_back;
using test::read_book;
using test::ReadBack;
using test::temp_xlsx;

const std::string damaged = "; the file is damaged: open it in Excel and save it again [xlsx]";

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

ReadBack read_bytes(const std::string& bytes, const std::string& name) {
  std::string path = temp_xlsx(name);
  write_bytes(path, bytes);
  ReadBack back = read_back(path);
  std::remove(path.c_str());
  return back;
}

ReadBack read_parts(const test::Parts& parts, const std::string& name,
                    const XlsxOptions& options = XlsxOptions()) {
  std::string path = temp_xlsx(name);
  test::write_zip(path, parts);
  ReadBack back = read_back(path, options);
  std::remove(path.c_str());
  return back;
}

HandMadeBook with_rows(const std::string& rows, const std::string& dimension = "") {
  HandMadeBook book;
  book.sheets[0].data = rows;
  book.sheets[0].dimension = dimension;
  return book;
}

const std::string header =
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>";

TEST(XlsxHostile, FilesThatAreNotWorkbooks) {
  ReadBack csv = read_bytes("Service,Amount\nHelpline,100\n", "renamed-csv");
  EXPECT_EQ(csv.result, XlsxRead::stopped);
  EXPECT_EQ(csv.messages, (std::vector<std::string>{
                              "awards.xlsx: error: the file is not an Excel workbook: an .xlsx "
                              "file is a zip archive and "
                              "this is not one (if it is a CSV export, name it .csv) [xlsx]"}));
  ReadBack xls = read_bytes(
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'), "xls");
  EXPECT_EQ(xls.messages,
            (std::vector<std::string>{"awards.xlsx: error: the file is an Excel 97-2003 workbook "
                                      "(.xls) or a password-protected "
                                      "one, which fundpress cannot read; save it in Excel as an "
                                      "Excel Workbook (.xlsx) without a "
                                      "password [xlsx]"}));
  EXPECT_EQ(read_bytes("", "empty").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the file is empty, so it is not an Excel workbook [xlsx]"}));
}

TEST(XlsxHostile, AMissingFileIsAnIoFailure) {
  ReadBack back = read_back("/nonexistent/awards.xlsx");
  EXPECT_EQ(back.result, XlsxRead::unreadable);
  EXPECT_EQ(back.messages,
            (std::vector<std::string>{
                "awards.xlsx: error: cannot read the file: No such file or directory [io]"}));
}

TEST(XlsxHostile, AZipThatIsNoWorkbook) {
  EXPECT_EQ(
      read_parts({{"notes.txt", "hello"}}, "plain-zip").messages,
      (std::vector<std::string>{
          "awards.xlsx: error: the file is a zip archive but not an Excel workbook: it has no "
          "workbook part (xl/workbook.xml) [xlsx]"}));
  // A Word document: its package relationships name word/document.xml.
  test::Parts word = {
      {"_rels/.rels", std::string("<Relationships xmlns=\"") + test::package_ns +
                          "\"><Relationship Id=\"rId1\" Type=\"" + test::relationships_ns +
                          "/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"}};
  EXPECT_EQ(read_parts(word, "word").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the file is not an Excel workbook: its main part, "
                "word/document.xml, "
                "holds a \"document\" where a workbook holds a \"workbook\" [xlsx]"}));
  EXPECT_EQ(read_parts(test::without_part(with_rows(header).parts(), "xl/_rels/workbook.xml.rels"),
                       "no-workbook-relationships")
                .messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the file is damaged: it has no xl/_rels/workbook.xml.rels, "
                "which says where the sheets are; open it in Excel and save it again [xlsx]"}));
  EXPECT_EQ(read_parts(test::without_part(with_rows(header).parts(), "xl/worksheets/sheet1.xml"),
                       "no-sheet-part")
                .messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the file is damaged: it has no part xl/worksheets/sheet1.xml; "
                "open it in Excel and save it again [xlsx]"}));
}

TEST(XlsxHostile, AFileCutShort) {
  std::string path = temp_xlsx("cut-short");
  test::write_zip(path, with_rows(header).parts());
  std::string bytes = test::slurp(path);
  std::remove(path.c_str());
  EXPECT_EQ(
      read_bytes(bytes.substr(0, bytes.size() / 2), "cut-short").messages,
      (std::vector<std::string>{
          "awards.xlsx: error: the file is damaged: it begins as an .xlsx (a zip archive) but "
          "its table of contents is missing, as when a copy or download is cut short; copy "
          "or download it again [xlsx]"}));
}

TEST(XlsxHostile, ADamagedPartFailsItsChecksum) {
  std::string path = temp_xlsx("checksum");
  test::write_zip(path, with_rows(header).parts(), /*store=*/true);
  std::string bytes = test::slurp(path);
  std::size_t name = bytes.find("<t>Name</t>");
  ASSERT_NE(name, std::string::npos);
  bytes.replace(name, 11, "<t>Nome</t>");
  write_bytes(path, bytes);
  ReadBack back = read_back(path);
  std::remove(path.c_str());
  EXPECT_EQ(back.result, XlsxRead::stopped);
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx: error: the file is damaged: xl/worksheets/sheet1.xml cannot be read (CRC "
          "error); open it in Excel and save it again [xlsx]"}));
}

// "Billion laughs": entities that expand a few hundred bytes into gigabytes.
TEST(XlsxHostile, DocumentTypeDeclarationsAreRefused) {
  std::string bomb =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
      "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      "<row r=\"1\"><c r=\"A1\" "
      "t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
  ReadBack back =
      read_parts(test::with_part(with_rows("").parts(), "xl/worksheets/sheet1.xml", bomb), "bomb");
  EXPECT_EQ(back.result, XlsxRead::stopped);
  EXPECT_TRUE(back.rows.empty());
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx: error: xl/worksheets/sheet1.xml is refused: it declares a document type "
          "(<!DOCTYPE>), which no workbook does and where entity declarations can make a small "
          "file "
          "expand without end [xlsx]"}));
  std::string workbook = "<!DOCTYPE workbook SYSTEM \"file:///etc/passwd\"><workbook/>";
  EXPECT_EQ(read_parts(test::with_part(with_rows(header).parts(), "xl/workbook.xml", workbook),
                       "external")
                .messages,
            (std::vector<std::string>{
                "awards.xlsx: error: xl/workbook.xml is refused: it declares a document type "
                "(<!DOCTYPE>), which no workbook does and where entity declarations can make a "
                "small file expand without end [xlsx]"}));
}

TEST(XlsxHostile, AnAbsurdDimension) {
  EXPECT_EQ(read_book(with_rows(header, "A1:XFD1048576"), "absurd-dimension").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the sheet says it spans A1:XFD1048576, 16,384 columns, wider "
                "than the 1,024 columns fundpress reads; delete the unused columns in Excel and "
                "save again [xlsx]"}));
  EXPECT_EQ(read_book(with_rows(header, "A1:XFE2"), "past-xfd-dimension").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the sheet says it spans \"A1:XFE2\", which is not a range of "
                "cells within A1:XFD1048576" +
                damaged}));
  EXPECT_EQ(read_book(with_rows(header, "C5:A1"), "backwards-dimension").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: the sheet says it spans \"C5:A1\", which is not a range of "
                "cells within A1:XFD1048576" +
                damaged}));
}

TEST(XlsxHostile, CellsAndRowsOutOfOrder) {
  ReadBack cells = read_book(
      with_rows(header + "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>"),
      "cells-out-of-order");
  EXPECT_EQ(cells.result, XlsxRead::stopped);
  EXPECT_EQ(cells.rows, (std::vector<std::string>{"1: Name"}));
  EXPECT_EQ(cells.messages,
            (std::vector<std::string>{
                "awards.xlsx:Sheet1!A2: error: cell A2 comes after B2: the cells are out of order" +
                damaged}));
  EXPECT_EQ(
      read_book(with_rows(header + "<row r=\"3\"/><row r=\"2\"/>"), "rows-out-of-order").messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!2:2: error: row 2 comes after row 3: the rows are out of order" +
          damaged}));
  EXPECT_EQ(
      read_book(with_rows(header + header), "row-twice").messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!1:1: error: row 1 comes after row 1: the rows are out of order" +
          damaged}));
  EXPECT_EQ(read_book(with_rows(header + "<row r=\"2\"><c r=\"A3\"><v>1</v></c></row>"),
                      "cell-in-wrong-row")
                .messages,
            (std::vector<std::string>{
                "awards.xlsx:Sheet1!A2: error: cell A3 is written inside row 2" + damaged}));
}

TEST(XlsxHostile, ReferencesPastXfd1048576) {
  EXPECT_EQ(
      read_book(with_rows(header + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"), "past-xfd")
          .messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!2:2: error: cell reference \"XFE2\" is not a cell within "
          "A1:XFD1048576" +
          damaged}));
  EXPECT_EQ(read_book(with_rows(header + "<row r=\"1048577\"/>"), "past-last-row").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: row number \"1048577\" is not a row within 1 to 1048576" +
                damaged}));
  EXPECT_EQ(
      read_book(with_rows(header + "<row r=\"2\"><c r=\"a2\"><v>1</v></c></row>"), "lower-case")
          .messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!2:2: error: cell reference \"a2\" is not a cell within "
          "A1:XFD1048576" +
          damaged}));
}

TEST(XlsxHostile, ASharedStringIndexOutOfRangeIsAnErrorAtItsCell) {
  HandMadeBook book = with_rows(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>-1</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c></row>");
  book.shared_strings = "<si><t>Name</t></si><si><t>Helpline</t></si>";
  ReadBack back = read_book(book, "shared-index");
  EXPECT_EQ(back.result, XlsxRead::complete);
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name", "4: Helpline"}));
  EXPECT_EQ(back.messages,
            (std::vector<std::string>{"awards.xlsx:Sheet1!A2: error: cell refers to shared string "
                                      "\"7\", but the workbook has 2 "
                                      "shared strings; the file is damaged [xlsx]",
                                      "awards.xlsx:Sheet1!A3: error: cell refers to shared string "
                                      "\"-1\", but the workbook has 2 "
                                      "shared strings; the file is damaged [xlsx]"}));
}

TEST(XlsxHostile, UnknownStylesAndTypes) {
  ReadBack back =
      read_book(with_rows(header + "<row r=\"2\"><c r=\"A2\" s=\"9\"><v>1</v></c></row>"
                                   "<row r=\"3\"><c r=\"A3\" t=\"x\"><v>1</v></c></row>"
                                   "<row r=\"4\"><c r=\"A4\" t=\"b\"><v>yes</v></c></row>"),
                "unknown-styles");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name"}));
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx:Sheet1!A2: error: cell has format number 9, which the workbook's styles do "
          "not define; the file is damaged [xlsx]",
          "awards.xlsx:Sheet1!A3: error: cell has type \"x\", which no workbook uses; the file is "
          "damaged [xlsx]",
          "awards.xlsx:Sheet1!A4: error: true-or-false cell holds \"yes\"; the file is damaged "
          "[xlsx]"}));
}

TEST(XlsxHostile, MalformedXml) {
  ReadBack back =
      read_book(with_rows(header + "<row r=\"2\"><c r=\"A2\"><v>1</c></row>"), "malformed");
  EXPECT_EQ(back.result, XlsxRead::stopped);
  ASSERT_EQ(back.messages.size(), 1u);
  EXPECT_EQ(
      back.messages[0].rfind("awards.xlsx: error: the file is damaged: xl/worksheets/sheet1.xml "
                             "is not well-formed XML (line 2, column ",
                             0),
      0u)
      << back.messages[0];
  EXPECT_NE(back.messages[0].find(": mismatched tag) [xlsx]"), std::string::npos)
      << back.messages[0];
}

// A zip bomb: a few kilobytes that expand past the limit. Streamed, it is
// refused at the limit without ever being held (the limit is lowered here).
TEST(XlsxHostile, APartLargerThanTheLimit) {
  HandMadeBook book =
      with_rows(header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>" + std::string(2 << 20, ' '));
  XlsxOptions options;
  options.limits.part_bytes = 1 << 20;
  std::string path = temp_xlsx("bomb-size");
  test::write_zip(path, book.parts());
  ReadBack back = read_back(path, options);
  std::remove(path.c_str());
  EXPECT_EQ(back.result, XlsxRead::stopped);
  EXPECT_EQ(back.messages,
            (std::vector<std::string>{"awards.xlsx: error: xl/worksheets/sheet1.xml is larger than "
                                      "1 MiB uncompressed, more than "
                                      "fundpress reads from one part of a workbook [xlsx]"}));
}

TEST(XlsxHostile, SharedStringsPastTheirLimit) {
  HandMadeBook book = with_rows(header);
  for (int i = 0; i < 200; ++i)
    book.shared_strings += "<si><t>string " + std::to_string(i) + "</t></si>";
  XlsxOptions options;
  options.limits.shared_strings_bytes = 1024;
  ReadBack back = read_book(book, "shared-strings-limit", options);
  EXPECT_EQ(back.result, XlsxRead::stopped);
  EXPECT_TRUE(back.rows.empty());
  EXPECT_EQ(back.messages, (std::vector<std::string>{
                               "awards.xlsx: error: the shared strings hold more than 1 KiB of "
                               "text, more than fundpress "
                               "keeps in memory; split the register into smaller files [xlsx]"}));
}

TEST(XlsxHostile, TextLongerThanACellHolds) {
  HandMadeBook book = with_rows(header);
  book.shared_strings = "<si><t>" + std::string(32768, 'x') + "</t></si>";
  EXPECT_EQ(read_book(book, "long-shared-string").messages,
            (std::vector<std::string>{
                "awards.xlsx: error: shared string 0: text is longer than 32,767 characters, "
                "Excel's limit "
                "for a cell; the file was not written by Excel, or is damaged [xlsx]"}));
  ReadBack back = read_book(with_rows(header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                      std::string(300000, 'x') + "</t></is></c></row>"),
                            "long-inline");
  EXPECT_EQ(back.rows, (std::vector<std::string>{"1: Name"}));
  EXPECT_EQ(back.messages, (std::vector<std::string>{
                               "awards.xlsx:Sheet1!A2: error: text is longer than 32,767 "
                               "characters, Excel's limit for a "
                               "cell; the file was not written by Excel, or is damaged [xlsx]"}));
}

// expat holds a start tag whole until it ends; one past 1 MiB is refused.
TEST(XlsxHostile, AnEndlessTag) {
  ReadBack back = read_book(
      with_rows(header + "<row r=\"2\" x=\"" + std::string(3 << 20, 'a') + "\"/>"), "endless-tag");
  EXPECT_EQ(back.result, XlsxRead::stopped);
  EXPECT_EQ(
      back.messages,
      (std::vector<std::string>{
          "awards.xlsx: error: xl/worksheets/sheet1.xml holds one XML tag longer than 1 MiB, which "
          "no workbook does; the file is damaged or hostile [xlsx]"}));
}

TEST(XlsxHostile, AChartSheetIsNoTable) {
  test::Parts parts = with_rows(header).parts();
  for (auto& part : parts) {
    if (part.first == "xl/_rels/workbook.xml.rels") {
      std::size_t at = part.second.find("/worksheet\"");
      part.second.replace(at, 11, "/chartsheet\"");
    }
  }
  EXPECT_EQ(read_parts(parts, "chartsheet").messages,
            (std::vector<std::string>{"awards.xlsx: error: sheet \"Sheet1\" is a chartsheet, not a "
                                      "worksheet of cells; name the "
                                      "sheet that holds the register (\"xlsx\": {\"sheet\": ...} "
                                      "in fundpress.json); the sheets "
                                      "are \"Sheet1\" [xlsx]"}));
}

TEST(XlsxHostile, AWorkbookWithoutSheets) {
  HandMadeBook book;
  book.sheets.clear();
  EXPECT_EQ(read_book(book, "no-sheets").messages,
            (std::vector<std::string>{"awards.xlsx: error: the workbook has no sheets [xlsx]"}));
}

}  // namespace
}  // namespace fundpress
