#include "view/search_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "fixture_project.h"

namespace fundpress {
namespace {

TEST(SearchWords, LowerCaseRunsOfLettersDigitsAndMarks) {
  EXPECT_EQ(search_words("Go-Getta CIC (24/7 Locks)"),
            (std::vector<std::string>{"go", "getta", "cic", "24", "7", "locks"}));
  // Non-ASCII letters stay in the word as they are: "Cymraeg" words keep their ŵ.
  EXPECT_EQ(search_words("Gŵyl Dewi, café"), (std::vector<std::string>{"gŵyl", "dewi", "café"}));
  EXPECT_TRUE(search_words(" -- ").empty());
  // Non-ASCII punctuation and symbols separate words, as ASCII's do: a line's
  // "·" separators are no word, which every line's entry would share.
  EXPECT_EQ(search_words("Victim First · 2017/18 · £1,636.45 – Caerdydd’s"),
            (std::vector<std::string>{"victim", "first", "2017", "18", "1", "636", "45",
                                      "caerdydd", "s"}));
  EXPECT_EQ(search_words("e\u0301te\u0301"), (std::vector<std::string>{"e\u0301te\u0301"}));  // marks
}

TEST(ShardKey, FirstCharactersWithAnyOtherCharacterAsUnderscore) {
  EXPECT_EQ(shard_key("victims", 2), "vi");
  EXPECT_EQ(shard_key("gŵyl", 3), "g_y");
  EXPECT_EQ(shard_key("a", 3), "a");
  EXPECT_EQ(shard_key("Éa", 2), "_a");
}

// A register where many services share their first letters: small shards
// must split by more letters, and every word still finds its entries.
TEST(SearchIndex, SplitsLargeShardsAndKeepsEveryEntryFindable) {
  Project project = load_fixture("../../data/leicestershire");
  SitePaths paths(project);
  SearchIndex index = build_search_index(project, paths, 8);
  std::set<std::string> keys;
  for (const SearchShard& shard : index.shards) {
    EXPECT_TRUE(keys.insert(shard.key).second) << "each key once: " << shard.key;
    EXPECT_FALSE(shard.entries.empty()) << shard.key;
  }
  // No shard key but an exact ("-") one is the start of another.
  for (const std::string& a : keys)
    for (const std::string& b : keys)
      if (a != b && a.back() != '-') {
        EXPECT_NE(b.rfind(a, 0), 0u) << a << " starts " << b;
      }
  // Every word of every entry is in the shard its key falls in.
  for (std::size_t e = 0; e < index.entries.size(); ++e) {
    for (const std::string& word : search_words(index.entries[e].title)) {
      std::string key = shard_key(word, 100);
      auto holds = [&](const SearchShard& shard) {
        const std::string& k = shard.key;
        bool exact = k.back() == '-';
        bool fits = exact ? key == k.substr(0, k.size() - 1) : key.rfind(k, 0) == 0;
        return fits && std::count(shard.entries.begin(), shard.entries.end(), e) == 1;
      };
      EXPECT_TRUE(std::any_of(index.shards.begin(), index.shards.end(), holds))
          << word << " of " << index.entries[e].title;
    }
  }
  // A larger limit makes fewer, larger shards of the same entries.
  EXPECT_LT(build_search_index(project, paths, 2000).shards.size(), index.shards.size());
}

TEST(SearchIndex, FindsEveryKindWithItsPage) {
  Project project = load_fixture("../../data/leicestershire");
  SearchIndex index = build_search_index(project, SitePaths(project), 2000);
  auto find = [&](int kind, const std::string& title) {
    for (const SearchEntry& entry : index.entries)
      if (entry.kind == kind && entry.title == title) return entry.path;
    return std::string("(none)");
  };
  EXPECT_EQ(find(1, "Catch 22"), "organisations/catch-22/index.html");
  EXPECT_EQ(find(2, "Rutland"), "areas/rutland/index.html");
  EXPECT_EQ(find(4, "Victims"), "sections/victims/index.html");
  EXPECT_EQ(find(5, "How commissioning works"), "how-commissioning-works/index.html");
  std::size_t services = 0;
  for (const SearchEntry& entry : index.entries) services += entry.kind == 0;
  EXPECT_EQ(services, project.awards.size());
}

}  // namespace
}  // namespace fundpress
