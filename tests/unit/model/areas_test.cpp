#include "model/areas.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

// LLR contains Leicester and Leicestershire; Leicestershire contains Rutland
// (for the test) and Charnwood.
std::vector<Area> areas() {
  return {{"LLR", "", {1, 2}},
          {"Leicester", "", {}},
          {"Leicestershire", "", {3, 4}},
          {"Rutland", "", {}},
          {"Charnwood", "", {}}};
}

TEST(AreasWithin, NearestFirstEachOnceWithoutItself) {
  EXPECT_EQ(areas_within(areas(), 0), (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(areas_within(areas(), 2), (std::vector<int>{3, 4}));
  EXPECT_TRUE(areas_within(areas(), 3).empty());
}

TEST(AreasWithin, SaysWhenAnAreaContainsItself) {
  std::vector<Area> looped = areas();
  looped[3].contains = {0};  // Rutland contains LLR, which contains Rutland
  bool loops = false;
  std::vector<int> within = areas_within(looped, 0, &loops);
  EXPECT_TRUE(loops);
  EXPECT_EQ(within, (std::vector<int>{1, 2, 3, 4}));
  areas_within(looped, 1, &loops);
  EXPECT_FALSE(loops);
}

TEST(AreasIncluding, NearestFirstEachOnceWithoutItself) {
  EXPECT_EQ(areas_including(areas(), 3), (std::vector<int>{2, 0}));
  EXPECT_EQ(areas_including(areas(), 1), (std::vector<int>{0}));
  EXPECT_TRUE(areas_including(areas(), 0).empty());
  // An area inside two wider ones that share a parent lists that parent once.
  std::vector<Area> twice = areas();
  twice[1].contains = {3};  // Rutland in Leicester too: both are in LLR
  EXPECT_EQ(areas_including(twice, 3), (std::vector<int>{1, 2, 0}));
}

TEST(AreasIncluding, StopsWhenContainmentLoops) {
  std::vector<Area> looped = areas();
  looped[3].contains = {0};
  EXPECT_EQ(areas_including(looped, 3), (std::vector<int>{2, 0}));
}

TEST(AreasIncludingEach, IsAreasIncludingForEveryArea) {
  std::vector<Area> twice = areas();
  twice[1].contains = {3};
  std::vector<Area> looped = areas();
  looped[3].contains = {0};
  for (const std::vector<Area>& set : {areas(), twice, looped}) {
    std::vector<std::vector<int>> each = areas_including_each(set);
    ASSERT_EQ(each.size(), set.size());
    for (std::size_t a = 0; a < set.size(); ++a)
      EXPECT_EQ(each[a], areas_including(set, static_cast<int>(a))) << "area " << a;
  }
  EXPECT_EQ(areas_including_each(twice)[3], (std::vector<int>{1, 2, 0}));
}

}  // namespace
}  // namespace fundpress
