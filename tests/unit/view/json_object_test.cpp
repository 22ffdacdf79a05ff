#include "view/json_object.h"

#include <string>

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(JsonObject, MakesWhatTheBracedFormMakes) {
  std::string label = "Victims";
  nlohmann::json runs = nlohmann::json::array({{{"text", "CSP"}}});
  nlohmann::json braced = {{"label", label},
                           {"numeric", true},
                           {"runs", runs},
                           {"url", "sections/victims/"},
                           {"count", 3}};
  nlohmann::json built = JsonObject()
                             .add("label", label)
                             .add("numeric", true)
                             .add("runs", runs)
                             .add("url", "sections/victims/")
                             .add("count", 3)
                             .take();
  EXPECT_EQ(built, braced);
  EXPECT_EQ(built.dump(), braced.dump());
  EXPECT_EQ(label, "Victims");  // an lvalue is copied, not moved from
}

TEST(JsonObject, AnyOrderGivesTheSameObject) {
  nlohmann::json in_order = JsonObject().add("a", 1).add("b", 2).add("c", 3).take();
  nlohmann::json reversed = JsonObject().add("c", 3).add("b", 2).add("a", 1).take();
  EXPECT_EQ(in_order.dump(), reversed.dump());
  EXPECT_EQ(in_order.dump(), R"({"a":1,"b":2,"c":3})");
}

TEST(JsonObject, AKeyGivenTwiceKeepsItsFirstValueAsTheBracedFormDoes) {
  nlohmann::json braced = {{"a", 1}, {"a", 2}};
  nlohmann::json built = JsonObject().add("a", 1).add("a", 2).take();
  EXPECT_EQ(built, braced);
  EXPECT_EQ(built["a"], 1);
}

TEST(JsonObject, AnEmptyBuilderMakesAnEmptyObject) { EXPECT_EQ(JsonObject().take().dump(), "{}"); }

TEST(JsonObject, MovesAnRvalueIn) {
  std::string text(100, 'x');  // too long to be stored inside the string itself
  const char* bytes = text.data();
  nlohmann::json built = JsonObject().add("text", std::move(text)).take();
  EXPECT_EQ(built["text"].get_ref<const std::string&>().data(), bytes);
}

TEST(JsonListOf, MakesAListOfTheOneItem) {
  nlohmann::json item = JsonObject().add("text", "CSP").take();
  EXPECT_EQ(json_list_of(item), nlohmann::json::array({item}));
  EXPECT_EQ(json_list_of("a").dump(), R"(["a"])");
  EXPECT_EQ(json_list_of(nlohmann::json::array()).dump(), "[[]]");
}

}  // namespace
}  // namespace fundpress
