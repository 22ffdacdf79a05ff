#include "render/threesixtygiving.h"

#include <gtest/gtest.h>

#include "fixture_project.h"
#include "golden.h"
#include "string_stream.h"

namespace fundpress {
namespace {

std::string json_of(const GrantsView& view, test::StringStream* stream = nullptr) {
  return test::streamed(
      [&](OutputStream& out, std::string* error) {
        return render_threesixtygiving_json(view, out, error);
      },
      stream);
}

std::string csv_of(const GrantsView& view, test::StringStream* stream = nullptr) {
  return test::streamed(
      [&](OutputStream& out, std::string* error) {
        return render_threesixtygiving_csv(view, out, error);
      },
      stream);
}

std::vector<std::string> lines(const std::string& csv) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < csv.size();) {
    std::size_t end = csv.find("\r\n", start);
    out.push_back(csv.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

TEST(ThreeSixtyGiving, JsonHoldsEachGrantWithExactAmountsAndNestedOrganisations) {
  Project project = load_fixture("every-field-two-years");
  GrantsView view = grants_view(project);
  std::string text = json_of(view);
  EXPECT_NE(text.find("\"amountAwarded\":12500.50,"),
            std::string::npos);  // the exact decimal, not 12500.5
  nlohmann::json package = nlohmann::json::parse(text);
  EXPECT_EQ(package["version"], "1.4");
  ASSERT_EQ(package["grants"].size(), 5u);
  const nlohmann::json& first = package["grants"][0];
  EXPECT_EQ(first["recipientOrganization"][0]["charityNumber"], "1234567");
  EXPECT_EQ(first["fundingOrganization"][0]["id"], "GB-GOR-TEST1");
  EXPECT_EQ(first["plannedDates"][0]["endDate"], "2018-03-31");
  EXPECT_EQ(first["grantProgramme"][0]["title"], "Victims Fund");
  EXPECT_FALSE(package["grants"][1].contains("plannedDates"));  // no dates: no empty object
  EXPECT_FALSE(package["grants"][3].contains("beneficiaryLocation"));
}

TEST(ThreeSixtyGiving, CsvHasOneRowPerGrantUnderTheStandardsTitles) {
  Project project = load_fixture("every-field-two-years");
  std::vector<std::string> rows = lines(csv_of(grants_view(project)));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(
      rows[0],
      "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,"
      "Planned Dates:End Date,Recipient Org:Identifier,Recipient Org:Name,Recipient Org:Charity "
      "Number,"
      "Recipient Org:Company Number,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,"
      "Beneficiary Location:Name,Beneficiary Location:Geographic Code,"
      "Beneficiary Location:Geographic Code Type,Conditions");
  EXPECT_EQ(rows[2],
            "360G-testpcc-t-002,Youth club,Evening sessions,GBP,3000.00,2017-04-01,,,"
            "GB-COH-09876543,Youth Works CIC,,09876543,GB-GOR-TEST1,"
            "Police and Crime Commissioner for Testshire,Community Safety Fund,North,,,");
}

// The whole files, byte for byte, against golden files reviewed by hand.
TEST(ThreeSixtyGiving, JsonMatchesGolden) {
  Project project = load_fixture("every-field-two-years");
  test::expect_golden(json_of(grants_view(project)),
                      test::golden_path("render", "every-field-two-years.360giving.json"));
}

TEST(ThreeSixtyGiving, CsvMatchesGolden) {
  Project project = load_fixture("every-field-two-years");
  test::expect_golden(csv_of(grants_view(project)),
                      test::golden_path("render", "every-field-two-years.360giving.csv"));
}

// A grant at a time, never the whole file: one piece for the CSV's header
// (the JSON's head goes with its first grant), one a grant.
TEST(ThreeSixtyGiving, WrittenAGrantAtATime) {
  Project project = load_fixture("every-field-two-years");
  GrantsView view = grants_view(project);
  ASSERT_EQ(view.grants.size(), 5u);
  test::StringStream json_stream, csv_stream;
  std::string json = json_of(view, &json_stream), csv = csv_of(view, &csv_stream);
  EXPECT_EQ(json_stream.pieces, 6u);
  EXPECT_EQ(csv_stream.pieces, 6u);
  EXPECT_LT(json_stream.largest_piece, json.size() / 2);
  EXPECT_LT(csv_stream.largest_piece, csv.size() / 2);
}

TEST(ThreeSixtyGiving, CsvLeavesOutOptionalColumnsNoGrantHas) {
  Project project = load_fixture("formula-injection");
  std::vector<std::string> rows = lines(csv_of(grants_view(project)));
  EXPECT_EQ(
      rows[0],
      "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
      "Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Beneficiary Location:Name");
  // A hostile recipient's name is neutralised like any CSV text.
  EXPECT_NE(rows[1].find(",\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"click\"\")\","),
            std::string::npos);
}

}  // namespace
}  // namespace fundpress
