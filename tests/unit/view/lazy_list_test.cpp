// Handles to lists made on demand: what they name, how long they live, and
// that a handle kept too long fails loudly instead of reading as empty.
#include "view/lazy_list.h"

#include <stdexcept>

#include <gtest/gtest.h>

namespace fundpress {
namespace {

class Letters : public LazyList {
 public:
  explicit Letters(std::string letters) : letters_(std::move(letters)) {}
  std::size_t size() const override { return letters_.size(); }
  void fill(std::size_t i, nlohmann::json* item) const override {
    *item = std::string(1, letters_[i]);
  }

 private:
  std::string letters_;
};

TEST(LazyList, AHandleNamesItsListUntilItsScopeEnds) {
  nlohmann::json kept;
  {
    LazyListScope scope;
    nlohmann::json ab = lazy_list(std::make_unique<Letters>("ab"));
    nlohmann::json xyz = lazy_list(std::make_unique<Letters>("xyz"));
    ASSERT_NE(lazy_list_of(ab), nullptr);
    EXPECT_EQ(lazy_list_of(ab)->size(), 2u);
    EXPECT_EQ(lazy_list_of(xyz)->size(), 3u);
    kept = ab;
  }
  EXPECT_THROW(lazy_list_of(kept), std::logic_error);
  // A list made later in the same place is not the one the old handle named.
  LazyListScope scope;
  nlohmann::json other = lazy_list(std::make_unique<Letters>("q"));
  EXPECT_EQ(lazy_list_of(other)->size(), 1u);
  EXPECT_THROW(lazy_list_of(kept), std::logic_error);
}

TEST(LazyList, AnInnerScopeFreesOnlyItsOwnLists) {
  LazyListScope outer;
  nlohmann::json first = lazy_list(std::make_unique<Letters>("ab"));
  nlohmann::json inner_handle;
  {
    LazyListScope inner;
    inner_handle = lazy_list(std::make_unique<Letters>("c"));
  }
  EXPECT_EQ(lazy_list_of(first)->size(), 2u);
  EXPECT_THROW(lazy_list_of(inner_handle), std::logic_error);
}

TEST(LazyList, OtherValuesAreNoHandles) {
  EXPECT_EQ(lazy_list_of(nlohmann::json::array()), nullptr);
  EXPECT_EQ(lazy_list_of("text"), nullptr);
  EXPECT_EQ(lazy_list_of(nlohmann::json::binary({1, 2, 3})), nullptr);
}

TEST(LazyList, ExpandingReplacesEveryHandleAtAnyDepth) {
  LazyListScope scope;
  nlohmann::json value = {{"top", lazy_list(std::make_unique<Letters>("ab"))},
                          {"deep", {{"list", {1, lazy_list(std::make_unique<Letters>(""))}}}},
                          {"plain", "kept"}};
  expand_lazy_lists(&value);
  EXPECT_EQ(value, nlohmann::json({{"top", {"a", "b"}},
                                   {"deep", {{"list", {1, nlohmann::json::array()}}}},
                                   {"plain", "kept"}}));
}

}  // namespace
}  // namespace fundpress
