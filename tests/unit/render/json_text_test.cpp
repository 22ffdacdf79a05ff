#include "render/json_text.h"

#include <gtest/gtest.h>

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

TEST(JsonText, RefusesInvalidUtf8) {
  std::string out;
  JsonText json(&out);
  EXPECT_THROW(json.string("\xA3"
                           "5"),
               nlohmann::json::exception);
}

TEST(JsonListDocument, WritesOneItemALine) {
  nlohmann::ordered_json head = {{"title", "T"}, {"n", 2}};
  JsonListDocument document(head, "items");
  document.add([](JsonText& json) { json.integer(1); });
  document.add([](JsonText& json) { json.string("two"); });
  EXPECT_EQ(document.finish(),
            "{\n  \"title\": \"T\",\n  \"n\": 2,\n  \"items\": [\n    1,\n    \"two\"\n  ]\n}\n");
  JsonListDocument empty(head, "items");
  EXPECT_EQ(nlohmann::json::parse(empty.finish())["items"].size(), 0u);
}

}  // namespace
}  // namespace fundpress
