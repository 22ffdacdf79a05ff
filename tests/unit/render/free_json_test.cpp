#include "render/free_json.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(FreeJson, EmptiesArraysAndObjects) {
  nlohmann::json context = {{"title", "Register"},
                            {"rows", {{{"cells", {{{"text", "a"}}, {{"text", "b"}}}}}}},
                            {"count", 2}};
  free_json(context);
  EXPECT_TRUE(context.is_object());
  EXPECT_TRUE(context.empty());

  nlohmann::json list = nlohmann::json::array({1, "two", {{"three", 3}}});
  free_json(list);
  EXPECT_TRUE(list.is_array());
  EXPECT_TRUE(list.empty());
}

TEST(FreeJson, LeavesOtherValuesAsTheyAre) {
  nlohmann::json text = "kept";
  free_json(text);
  EXPECT_EQ(text, "kept");
  nlohmann::json number = 3;
  free_json(number);
  EXPECT_EQ(number, 3);
}

// Deeper than the limit, the rest is left to nlohmann/json's own destructor,
// which needs no call stack: neither this nor the destructor may overflow it.
TEST(FreeJson, AnyDepthIsSafe) {
  nlohmann::json deep = nlohmann::json::array();
  for (int i = 0; i < 200000; ++i) deep = nlohmann::json::array({std::move(deep)});
  free_json(deep);
  EXPECT_TRUE(deep.empty());

  nlohmann::json shallow_limit = {{"a", {{"b", {{"c", 1}}}}}};
  free_json(shallow_limit, 2);  // "a" is emptied; "b" is left for the destructor
  EXPECT_TRUE(shallow_limit.empty());
}

}  // namespace
}  // namespace fundpress
