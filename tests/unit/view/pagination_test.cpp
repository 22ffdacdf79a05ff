#include "view/pagination.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

// "1 … 4 [5] 6 … 9": numbers, "…" for an ellipsis, [n] for the current page.
std::string shown(int current, int count) {
  std::string out;
  for (const PageItem& item : page_items(current, count)) {
    if (!out.empty()) out += ' ';
    if (item.ellipsis()) out += "…";
    else if (item.number == current) out += "[" + std::to_string(item.number) + "]";
    else out += std::to_string(item.number);
  }
  return out;
}

TEST(Pagination, GovUkPattern) {
  EXPECT_EQ(shown(1, 1), "[1]");
  EXPECT_EQ(shown(1, 3), "[1] 2 3");
  EXPECT_EQ(shown(1, 9), "[1] 2 … 9");
  EXPECT_EQ(shown(5, 9), "1 … 4 [5] 6 … 9");
  EXPECT_EQ(shown(3, 9), "1 2 [3] 4 … 9");
  EXPECT_EQ(shown(9, 9), "1 … 8 [9]");
}

TEST(Pagination, PageCountRoundsUpAndNeverFallsBelowOne) {
  EXPECT_EQ(page_count(0, 20), 1);
  EXPECT_EQ(page_count(20, 20), 1);
  EXPECT_EQ(page_count(21, 20), 2);
  EXPECT_EQ(page_count(42, 20), 3);
}

std::string path_of(int page) { return "p" + std::to_string(page); }

TEST(Pagination, NoPreviousOnTheFirstPageNoNextOnTheLast) {
  nlohmann::json first = pagination_context(1, 3, "Pages", &path_of);
  EXPECT_EQ(first["previous"], false);
  EXPECT_EQ(first["next"]["path"], "p2");
  nlohmann::json last = pagination_context(3, 3, "Pages", &path_of);
  EXPECT_EQ(last["previous"]["path"], "p2");
  EXPECT_EQ(last["next"], false);
  EXPECT_EQ(pagination_context(1, 1, "Pages", &path_of)["show"], false);
}

}  // namespace
}  // namespace fundpress
