#include "load/json_reader.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.all()) out.push_back(format_diagnostic(d));
  return out;
}

TEST(JsonReader, KnowsWhereEveryValueIs) {
  std::string text =
      "{\n"
      "  \"awards\": [\n"
      "    {\"service\": \"Victim First\", \"amount\": 12},\n"
      "    {\"service\": \"Hardship \\\"fund\\\"\",\n"
      "     \"amount\":   \"5,000\"}\n"
      "  ]\n"
      "}\n";
  JsonDocument document;
  Diagnostics diagnostics;
  ASSERT_TRUE(read_json(text, "awards.json", &document, diagnostics));
  EXPECT_EQ(document.value["awards"][1]["service"], "Hardship \"fund\"");
  auto at = [&](const char* pointer) {
    Position p = document.position_of(pointer);
    return std::make_pair(p.line, p.column);
  };
  EXPECT_EQ(at("/awards"), std::make_pair(2, 13));
  EXPECT_EQ(at("/awards/0"), std::make_pair(3, 5));
  EXPECT_EQ(at("/awards/0/service"), std::make_pair(3, 17));
  EXPECT_EQ(at("/awards/0/amount"), std::make_pair(3, 43));
  EXPECT_EQ(at("/awards/1/amount"), std::make_pair(5, 18));
  Position key = document.key_position_of("/awards/1/amount");
  EXPECT_EQ(std::make_pair(key.line, key.column), std::make_pair(5, 6));
  EXPECT_EQ(at("/awards/1/missing"), at("/awards/1")) << "falls back to the nearest ancestor";
}

TEST(JsonReader, SyntaxErrorsHaveAPosition) {
  JsonDocument document;
  Diagnostics diagnostics;
  EXPECT_FALSE(read_json("{\n  \"a\": 1,\n  \"b\" 2\n}\n", "x.json", &document, diagnostics));
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(diagnostics.all()[0].where.line, 3);
  EXPECT_EQ(diagnostics.all()[0].where.column, 7);
  EXPECT_NE(diagnostics.all()[0].message.find("syntax error"), std::string::npos)
      << diagnostics.all()[0].message;
  EXPECT_EQ(diagnostics.all()[0].message.find("[json.exception"), std::string::npos)
      << "the library's prefix is removed";
}

TEST(JsonReader, DuplicateKeysAreErrors) {
  JsonDocument document;
  Diagnostics diagnostics;
  EXPECT_FALSE(read_json("{\"amount\": 1,\n \"amount\": 2}", "x.json", &document, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            (std::vector<std::string>{
                "x.json:2:2: error: duplicate key \"amount\" in the same object [json]"}));
}

TEST(JsonReader, InvalidUtf8IsAnEncodingError) {
  JsonDocument document;
  Diagnostics diagnostics;
  EXPECT_FALSE(
      read_json("{\"a\":\n \"\xA3"
                "5\"}",
                "x.json", &document, diagnostics));
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(diagnostics.all()[0]).substr(0, 57),
            "x.json:2:3: error: text is not valid UTF-8 (byte 0xA3), p");
}

TEST(JsonReader, EscapedControlCharactersAreRefused) {
  JsonDocument document;
  Diagnostics diagnostics;
  EXPECT_FALSE(read_json("{\"name\": \"a\\u0000b\"}", "x.json", &document, diagnostics));
  EXPECT_EQ(
      messages(diagnostics),
      (std::vector<std::string>{
          "x.json:1:10: error: text contains the control character U+0000, which no web page or "
          "workbook can carry; remove it from the file [encoding]"}));
}

TEST(JsonPointer, EscapesTokens) {
  EXPECT_EQ(pointer_append("/columns", "17/18 costs ~ (£)"), "/columns/17~118 costs ~0 (£)");
}

// 100,000 levels of nesting in 200 KB once took 5.7 GB: now one error at the
// level past the limit, and nothing more is read.
TEST(JsonReader, RefusesNestingBeyondTheLimit) {
  std::string text = std::string(100000, '[') + std::string(100000, ']');
  JsonDocument document;
  Diagnostics diagnostics;
  EXPECT_FALSE(read_json(text, "deep.json", &document, diagnostics));
  ASSERT_EQ(messages(diagnostics).size(), 1u);
  EXPECT_EQ(
      messages(diagnostics)[0],
      "deep.json:1:257: error: values are nested more than 256 levels deep here; a register or a "
      "fundpress.json needs a few [json]");
  std::string deep_enough = std::string(max_json_depth, '[') + std::string(max_json_depth, ']');
  Diagnostics fine;
  EXPECT_TRUE(read_json(deep_enough, "ok.json", &document, fine));
}

// A minified register of 100,000 values on one line: every position right,
// each counted on from the last (counting from the line's start each time
// made this quadratic: hours, not a moment).
TEST(JsonReader, PositionsOnOneLongLine) {
  std::string text = "[";
  for (int i = 0; i < 100000; ++i) text += (i ? ",\"\xC3\xA9\"" : "\"\xC3\xA9\"");
  text += "]";
  JsonDocument document;
  Diagnostics diagnostics;
  ASSERT_TRUE(read_json(text, "wide.json", &document, diagnostics));
  Position last = document.position_of("/99999");
  EXPECT_EQ(last.line, 1);
  EXPECT_EQ(last.column, 2 + 99999 * 4) << "four characters a value, \"é\" and a comma";
}

}  // namespace
}  // namespace fundpress
