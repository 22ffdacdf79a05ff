#include "render/json_text.h"

#include <gtest/gtest.h>

#include "string_stream.h"

namespace fundpress {
namespace {

TEST(JsonText, PlacesCommasAndEscapesStrings) {
  std::string out;
  JsonText json(&out);
  json.begin_object();
  json.key("name");
  json.string("say \"hi\"\n\xC2\xA3");
  json.key("amount");
  json.number("8683.75");
  json.key("pence");
  json.integer(-868375);
  json.key("list");
  json.begin_array();
  json.string("a");
  json.null();
  json.begin_object();
  json.end_object();
  json.end_array();
  json.end_object();
  EXPECT_EQ(out,
            "{\"name\":\"say \\\"hi\\\"\\n\xC2\xA3\",\"amount\":8683.75,\"pence\":-868375,"
            "\"list\":[\"a\",null,{}]}");
  EXPECT_EQ(nlohmann::json::parse(out)["amount"].dump(), "8683.75");
}

// Plain ASCII is escaped without nlohmann/json: it must write what dump() writes.
TEST(JsonText, WritesStringsAsNlohmannJsonDoes) {
  std::vector<std::string> values = {"",
                                     "plain",
                                     "a \"quoted\" \\ path/",
                                     "tab\tcr\rlf\nff\fbs\b",
                                     std::string(1, '\0') + "nul",
                                     "\x7F del",
                                     "caf\xC3\xA9 \xC2\xA3"};
  for (int c = 0; c < 0x80; ++c) values.push_back("<" + std::string(1, static_cast<char>(c)) + ">");
  for (const std::string& value : values) {
    std::string out;
    JsonText json(&out);
    json.string(value);
    EXPECT_EQ(out, nlohmann::json(value).dump()) << value;
    std::string key;
    JsonText object(&key);
    object.begin_object();
    object.key(value);
    object.null();
    object.end_object();
    EXPECT_EQ(key, "{" + nlohmann::json(value).dump() + ":null}") << value;
  }
}

TEST(JsonText, RefusesInvalidUtf8) {
  std::string out;
  JsonText json(&out);
  EXPECT_THROW(json.string("\xA3"
                           "5"),
               nlohmann::json::exception);
}

TEST(JsonListDocument, WritesOneItemALineAPieceAtATime) {
  nlohmann::ordered_json head = {{"title", "T"}, {"n", 2}};
  test::StringStream stream;
  std::string error;
  JsonListDocument document(head, "items", &stream);
  ASSERT_TRUE(document.add([](JsonText& json) { json.integer(1); }, &error)) << error;
  EXPECT_EQ(stream.text, "{\n  \"title\": \"T\",\n  \"n\": 2,\n  \"items\": [\n    1")
      << "the head and the first item are written before the second is made";
  ASSERT_TRUE(document.add([](JsonText& json) { json.string("two"); }, &error)) << error;
  ASSERT_TRUE(document.finish(&error)) << error;
  EXPECT_EQ(stream.text,
            "{\n  \"title\": \"T\",\n  \"n\": 2,\n  \"items\": [\n    1,\n    \"two\"\n  ]\n}\n");
  EXPECT_EQ(stream.pieces, 3u);

  test::StringStream empty_stream;
  JsonListDocument empty(head, "items", &empty_stream);
  ASSERT_TRUE(empty.finish(&error)) << error;
  EXPECT_EQ(nlohmann::json::parse(empty_stream.text)["items"].size(), 0u);
}

}  // namespace
}  // namespace fundpress
