#include "render/csv_writer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "load/csv_reader.h"
#include "load/file.h"

namespace fundpress {
namespace {

std::string row(std::initializer_list<const char*> texts) {
  std::string out;
  CsvWriter csv(&out);
  for (const char* t : texts) csv.text(t);
  csv.end_row();
  return out;
}

TEST(CsvWriter, QuotesOnlyWhatNeedsQuotingAndEndsRecordsWithCrlf) {
  EXPECT_EQ(row({"a", "b c", ""}), "a,b c,\r\n");
  EXPECT_EQ(row({"1,000", "say \"hi\"", "two\nlines", "cr\ronly"}),
            "\"1,000\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\ronly\"\r\n");
}

TEST(CsvWriter, NeutralisesFormulaTriggersAsOwaspRecommends) {
  EXPECT_EQ(row({"=1+1"}), "\"'=1+1\"\r\n");
  EXPECT_EQ(row({"+44 20"}), "\"'+44 20\"\r\n");
  EXPECT_EQ(row({"-2+3"}), "\"'-2+3\"\r\n");
  EXPECT_EQ(row({"@SUM(A1)"}), "\"'@SUM(A1)\"\r\n");
  EXPECT_EQ(row({"\tTab"}), "\"'\tTab\"\r\n");
  EXPECT_EQ(row({"\rReturn"}), "\"'\rReturn\"\r\n");
  EXPECT_EQ(row({"=HYPERLINK(\"x\")"}), "\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  EXPECT_EQ(row({"a=b", "Plain"}), "a=b,Plain\r\n");
}

TEST(CsvWriter, GuardIsReversibleEvenForValuesThatStartWithAQuote) {
  EXPECT_EQ(formula_guarded("'=x"), "''=x");
  EXPECT_EQ(formula_guarded("'tis"), "'tis");
  EXPECT_EQ(formula_guarded("'"), "'");
  for (const char* value : {"=x", "'=x", "''=x", "'tis", "'", "plain", "-", "'-1"}) {
    std::string written = formula_guarded(value);
    std::string read_back =
        needs_formula_guard(written) && written[0] == '\'' ? written.substr(1) : written;
    EXPECT_EQ(read_back, value);
  }
}

TEST(CsvWriter, PlainFieldsAreNeverGuarded) {
  std::string out;
  CsvWriter csv(&out);
  csv.plain("-1234.00");
  csv.plain("2017-04-01");
  csv.end_row();
  EXPECT_EQ(out, "-1234.00,2017-04-01\r\n");
}

// Every csv-spectrum case, written by CsvWriter and read back by the
// project's RFC 4180 reader, gives the records the suite says it holds; the
// cases the suite writes with minimal quoting and CRLF come out byte for byte.
TEST(CsvWriter, RoundTripsTheCsvSpectrumSuite) {
  std::string suite = std::string(FUNDPRESS_SOURCE_DIR) + "/../shared/conformance/csv-spectrum/";
  std::vector<std::string> cases = list_files(suite + "json", ".json");
  ASSERT_GE(cases.size(), 12u);
  for (const std::string& name : cases) {
    std::string stem = name.substr(0, name.size() - 5);
    std::string json_text, csv_text, error;
    ASSERT_TRUE(read_file(suite + "json/" + name, &json_text, &error)) << error;
    ASSERT_TRUE(read_file(suite + "csvs/" + stem + ".csv", &csv_text, &error)) << error;
    nlohmann::ordered_json records = nlohmann::ordered_json::parse(json_text);
    if (records.is_object()) records = nlohmann::ordered_json::array({records});  // one record
    std::vector<std::string> header;
    for (const auto& item : records[0].items()) header.push_back(item.key());

    std::string written;
    CsvWriter csv(&written);
    for (const std::string& h : header) csv.text(h);
    csv.end_row();
    for (const auto& record : records) {
      for (const std::string& h : header) csv.text(record[h].get<std::string>());
      csv.end_row();
    }
    if (stem == "simple_crlf" || stem == "newlines_crlf") {
      EXPECT_EQ(written, csv_text) << stem;
    }

    Diagnostics diagnostics;
    std::vector<Row> rows;
    ASSERT_TRUE(read_csv(
        written, stem, CsvOptions{}, [&](Row& r) { rows.push_back(r); }, diagnostics))
        << stem;
    EXPECT_FALSE(diagnostics.has_errors()) << stem;
    ASSERT_EQ(rows.size(), records.size() + 1) << stem;
    for (std::size_t r = 0; r < records.size(); ++r)
      for (std::size_t c = 0; c < header.size(); ++c)
        EXPECT_EQ(rows[r + 1].cells[c].text, records[r][header[c]].get<std::string>()) << stem;
  }
}

}  // namespace
}  // namespace fundpress
