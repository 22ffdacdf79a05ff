#include "load/csv_reader.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

struct Read {
  std::vector<Row> rows;
  Diagnostics diagnostics;
  bool complete = false;
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
    return out;
  }
};

Read read(const std::string& bytes, char delimiter = ',') {
  Read r;
  CsvOptions options;
  options.delimiter = delimiter;
  r.complete = read_csv(
      bytes, "awards.csv", options, [&](Row& row) { r.rows.push_back(row); }, r.diagnostics);
  return r;
}

TEST(CsvReader, TracksTheLineAndColumnOfEveryField) {
  Read r = read("a,b,c\r\n1,\"two\nlines\",3\r\n\r\n4,\"say \"\"hi\"\"\",6\r\n");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].line, 2);
  EXPECT_EQ(r.rows[1].cells[1].text, "two\nlines");
  EXPECT_EQ(r.rows[1].cells[2].line, 3) << "the field after a quoted newline starts on line 3";
  EXPECT_EQ(r.rows[1].cells[2].column, 3);
  EXPECT_EQ(r.rows[2].line, 5) << "the blank line 4 is skipped but counted";
  EXPECT_EQ(r.rows[2].cells[1].text, "say \"hi\"");
  EXPECT_TRUE(r.complete);
}

TEST(CsvReader, StripsAByteOrderMarkAndKeepsSpaces) {
  Read r = read("\xEF\xBB\xBFname,amount\n  Catch 22 ,5\n");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].cells[0].text, "name");
  EXPECT_EQ(r.rows[1].cells[0].text, "  Catch 22 ") << "RFC 4180: spaces belong to the field";
}

TEST(CsvReader, SkipsRowsOfEmptyFields) {
  Read r = read("a,b\n1,2\n,\n , \n");
  EXPECT_EQ(r.rows.size(), 2u);
  EXPECT_TRUE(r.diagnostics.all().empty());
}

TEST(CsvReader, ReportsEveryRowWithTheWrongNumberOfFields) {
  Read r = read("a,b,c\n1,2\n1,2,3\n1,2,3,4\n");
  EXPECT_EQ(r.rows.size(), 2u) << "the header and the good row";
  EXPECT_EQ(r.messages(), (std::vector<std::string>{"awards.csv:2:3: error: row has 2 fields but "
                                                    "the header has 3; a field containing a comma "
                                                    "must be in double quotes [csv]",
                                                    "awards.csv:4:4: error: row has 4 fields but "
                                                    "the header has 3; a field containing a comma "
                                                    "must be in double quotes [csv]"}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineWhereItOpens) {
  Read r = read("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:3:2: error: quoted field is never closed: the quote that opens here has no "
          "closing quote, so the rest of the file would be one field [csv]"}));
}

TEST(CsvReader, StrayQuoteInAnUnquotedField) {
  Read r = read("a,b\n1,2\n3,4 \"inch\" pipe\n");
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:3:2: error: quote inside an unquoted field; put the whole field in double "
          "quotes and double the quote inside it (\"\") [csv]"}));
}

TEST(CsvReader, TextAfterAClosingQuote) {
  Read r = read("a,b\n\"x\"y,2\n");
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:2:1: error: unexpected character after a closing quote; a quote inside a "
          "quoted field must be doubled (\"\") [csv]"}));
}

TEST(CsvReader, Windows1252PoundSignIsAnEncodingErrorWithAdvice) {
  Read r = read(
      "a,amount\nx,\xA3"
      "5\ny,\xA3"
      "6\n");
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:2:2: error: text is not valid UTF-8 (byte 0xA3), probably a pound sign from "
          "a Windows-1252 (ANSI) export; save the file as UTF-8 (in Excel: \"CSV UTF-8\") "
          "[encoding]",
          "awards.csv: error: 1 more fields are not valid UTF-8 or hold control characters (only "
          "the "
          "first is shown) [encoding]"}));
}

TEST(CsvReader, ControlCharactersAreRefused) {
  static const char bytes[] = "a,b\nok,\"bell\a\"\nnul,x\0y\n";
  Read r = read(std::string(bytes, sizeof bytes - 1));
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:2:2: error: text contains the control character U+0007, which no web page or "
          "workbook can carry; remove it from the file [encoding]",
          "awards.csv: error: 1 more fields are not valid UTF-8 or hold control characters (only "
          "the "
          "first is shown) [encoding]"}));
}

TEST(CsvReader, Utf16IsRefused) {
  Read r =
      read(std::string("\xFF\xFE"
                       "a\0,\0b\0",
                       8));
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:1:1: error: the file is UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\") "
          "[encoding]"}));
}

TEST(CsvReader, EmptyFileNeedsAHeader) {
  Read r = read("");
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.messages(),
            (std::vector<std::string>{
                "awards.csv:1:1: error: the file is empty; it needs a header row [csv]"}));
}

TEST(CsvReader, OtherDelimiters) {
  Read r = read("a;b\n\"1;5\";2\n", ';');
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].cells[0].text, "1;5");
}

TEST(CsvReader, LastRowWithoutNewline) {
  Read r = read("a,b\r\n1,2");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].cells[1].text, "2");
}

// UTF-32's mark starts like UTF-16's: it is named for what it is.
TEST(CsvReader, Utf32IsCalledUtf32) {
  Read r =
      read(std::string("\xFF\xFE\0\0"
                       "a\0\0\0",
                       8));
  EXPECT_EQ(
      r.messages(),
      (std::vector<std::string>{
          "awards.csv:1:1: error: the file is UTF-32; save it as UTF-8 (in Excel: \"CSV UTF-8\") "
          "[encoding]"}));
}

// DEL and the C1 controls (U+0085, "next line") are refused like the C0 ones.
TEST(CsvReader, RefusesDelAndC1Controls) {
  for (const char* bad : {"a\x7F", "a\xC2\x85", "a\xC2\x9F"}) {
    Read r = read(std::string("x\n") + bad + "\n");
    ASSERT_EQ(r.diagnostics.error_count(), 1u) << bad;
    EXPECT_NE(r.messages()[0].find("control character U+00"), std::string::npos) << r.messages()[0];
  }
  EXPECT_NE(read("x\na\xC2\x85\n").messages()[0].find("U+0085"), std::string::npos);
  EXPECT_EQ(read("x\ncaf\xC3\xA9 \xC2\xA3"
                 "5\n")
                .diagnostics.error_count(),
            0u)
      << "é and £ are text";
}

// A large file is parsed on a thread of its own (CsvOptions::parse_beside_from).
// The caller must not see the difference: the same rows, and the same
// messages in the same order among them, across the batches the rows are
// passed in, whatever the file's problems and wherever they fall.
std::vector<std::string> trace(const std::string& bytes, std::size_t parse_beside_from,
                               bool* complete) {
  CsvOptions options;
  options.keep_blank_rows = true;
  options.parse_beside_from = parse_beside_from;
  Diagnostics diagnostics;
  std::vector<std::string> out;
  std::size_t shown = 0;
  auto messages = [&] {
    for (; shown < diagnostics.all().size(); ++shown)
      out.push_back(format_diagnostic(diagnostics.all()[shown]));
  };
  *complete = read_csv(
      bytes, "awards.csv", options,
      [&](Row& row) {
        messages();
        std::string line = "row " + std::to_string(row.line) + ":";
        for (const Cell& cell : row.cells)
          line +=
              " " + std::to_string(cell.line) + "." + std::to_string(cell.column) + "=" + cell.text;
        out.push_back(line);
      },
      diagnostics);
  messages();
  return out;
}

TEST(CsvReader, ParsingBesideTheCallerChangesNothingItSees) {
  std::string header = "id,description,amount\n";
  std::string rows;
  for (int i = 1; i <= 5000; ++i) {
    std::string id = std::to_string(i);
    if (i % 997 == 0) rows += id + ",\"two\nlines\",1\n";       // a quoted line break
    else if (i % 1024 == 0) rows += id + ",too,many,fields\n";  // at a batch's edge
    else if (i % 1500 == 0)
      rows += id +
              ",\x80"
              "bad,3\n";                    // not UTF-8 (the first is shown)
    else if (i % 777 == 0) rows += ",,\n";  // a printed table's spacer
    else rows += id + ",Grant " + id + "," + std::to_string(i * 3) + ".50\n";
  }
  for (std::string tail :
       {std::string(), std::string("9,\"never closed,1\n"), std::string("9,stray \"quote,1\n")}) {
    std::string bytes = header + rows + tail;
    bool inline_complete = false, beside_complete = false;
    std::vector<std::string> alone = trace(bytes, SIZE_MAX, &inline_complete);
    std::vector<std::string> beside = trace(bytes, 0, &beside_complete);
    EXPECT_EQ(beside, alone) << "ending " << tail;
    EXPECT_EQ(beside_complete, inline_complete);
    EXPECT_GT(alone.size(), 5000u);
    EXPECT_EQ(inline_complete, tail.empty());
  }
}

}  // namespace
}  // namespace fundpress
