// awards.csv and awards.json against golden files reviewed by hand, and the
// schema and CSV on the Web metadata that describe them.
#include <gtest/gtest.h>

#include "fixture_project.h"
#include "golden.h"
#include "render/awards_csv.h"
#include "render/awards_json.h"
#include "string_stream.h"
#include "view/register_description.h"

namespace fundpress {
namespace {

class AwardsFiles : public ::testing::Test {
 protected:
  Project project = load_fixture("every-field-two-years");
  RegisterView view = register_view(project);

  std::string csv(test::StringStream* stream = nullptr) const {
    return test::streamed(
        [&](OutputStream& out, std::string* error) { return render_awards_csv(view, out, error); },
        stream);
  }
  std::string json(test::StringStream* stream = nullptr) const {
    return test::streamed(
        [&](OutputStream& out, std::string* error) { return render_awards_json(view, out, error); },
        stream);
  }
};

TEST_F(AwardsFiles, CsvMatchesGolden) {
  test::expect_golden(csv(), test::golden_path("render", "every-field-two-years.awards.csv"));
}

TEST_F(AwardsFiles, JsonMatchesGolden) {
  test::expect_golden(json(), test::golden_path("render", "every-field-two-years.awards.json"));
}

// Written a row at a time, never whole: one piece for the header (the JSON's
// head goes with its first row) and one a row, each far smaller than the file.
TEST_F(AwardsFiles, WrittenARowAtATime) {
  ASSERT_GT(view.rows.size(), 2u);
  for (bool as_json : {false, true}) {
    test::StringStream stream;
    std::string text = as_json ? json(&stream) : csv(&stream);
    EXPECT_EQ(stream.pieces, view.rows.size() + 1) << (as_json ? "json" : "csv");
    EXPECT_LT(stream.largest_piece, text.size() / 2) << (as_json ? "json" : "csv");
  }
}

TEST_F(AwardsFiles, MetadataDescribesTheCsvHeaderInOrder) {
  nlohmann::ordered_json metadata = csvw_metadata(view);
  std::string header;
  for (const auto& column : metadata["tableSchema"]["columns"])
    header += (header.empty() ? "" : ",") + column["titles"].get<std::string>();
  std::string text = csv();
  EXPECT_EQ(header, text.substr(0, text.find("\r\n")));
  EXPECT_EQ(metadata["url"], "awards.csv");
}

TEST_F(AwardsFiles, SchemaRequiresEveryKeyTheJsonWrites) {
  nlohmann::ordered_json schema = awards_schema(view);
  nlohmann::json awards = nlohmann::json::parse(json())["awards"];
  const auto& award = schema["$defs"]["award"];
  for (const auto& row : awards) {
    EXPECT_EQ(row.size(), award["required"].size());
    for (const auto& key : award["required"])
      EXPECT_TRUE(row.contains(key.get<std::string>())) << key;
  }
}

TEST_F(AwardsFiles, DictionaryHasAnEntryForEveryColumnAndThePenceKey) {
  nlohmann::json dictionary = data_dictionary(*view.project, view);
  ASSERT_EQ(dictionary.size(), view.columns.size() + 1);
  for (const auto& entry : dictionary) {
    EXPECT_FALSE(entry["meaning"].get<std::string>().empty()) << entry["name"];
    EXPECT_FALSE(entry["type"].get<std::string>().empty()) << entry["name"];
    EXPECT_FALSE(entry["example"].get<std::string>().empty()) << entry["name"];
  }
}

}  // namespace
}  // namespace fundpress
