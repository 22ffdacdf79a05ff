#include "view/search_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
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
    if (shard.part == 1) {
      EXPECT_TRUE(keys.insert(shard.key).second) << "each key once: " << shard.key;
    }
    EXPECT_FALSE(shard.entries.empty()) << shard.key;
    EXPECT_LE(shard.entries.size(), 8u) << shard.key;
  }
  // No shard key but an exact ("-") one is the start of another.
  for (const std::string& a : keys)
    for (const std::string& b : keys)
      if (a != b && a.back() != '-') {
        EXPECT_NE(b.rfind(a, 0), 0u) << a << " starts " << b;
      }
  // Every word of every entry is in the shard its key falls in.
  for (std::size_t e = 0; e < index.size(); ++e) {
    for (const std::string& word : search_words(index.entry(e).title)) {
      std::string key = shard_key(word, 100);
      auto holds = [&](const SearchShard& shard) {
        const std::string& k = shard.key;
        bool exact = k.back() == '-';
        bool fits = exact ? key == k.substr(0, k.size() - 1) : key.rfind(k, 0) == 0;
        return fits && std::count(shard.entries.begin(), shard.entries.end(), e) == 1;
      };
      EXPECT_TRUE(std::any_of(index.shards.begin(), index.shards.end(), holds))
          << word << " of " << index.entry(e).title;
    }
  }
  // Some word is shared by more entries than the limit: its key is in parts.
  EXPECT_TRUE(std::any_of(index.shards.begin(), index.shards.end(),
                          [](const SearchShard& shard) { return shard.part > 1; }));
  // A larger limit makes fewer, larger shards of the same entries.
  EXPECT_LT(build_search_index(project, paths, 2000).shards.size(), index.shards.size());
}

// A key's parts follow each other, numbered from 1, and hold its entries
// each once, as the key would whole.
TEST(SearchIndex, SplitsTheEntriesOfACommonWordIntoParts) {
  Project project = load_fixture("../../data/leicestershire");
  SitePaths paths(project);
  SearchIndex parted = build_search_index(project, paths, 8);
  std::map<std::string, std::vector<std::size_t>> by_key;
  std::string previous;
  std::size_t last_part = 0;
  for (const SearchShard& shard : parted.shards) {
    if (shard.key == previous) {
      EXPECT_EQ(shard.part, last_part + 1) << shard.key;
    } else {
      EXPECT_EQ(shard.part, 1u) << shard.key;
    }
    previous = shard.key;
    last_part = shard.part;
    std::vector<std::size_t>& entries = by_key[shard.key];
    entries.insert(entries.end(), shard.entries.begin(), shard.entries.end());
  }
  for (const auto& [key, entries] : by_key)
    EXPECT_EQ(std::set<std::size_t>(entries.begin(), entries.end()).size(), entries.size())
        << key << ": each entry once across its parts";
  EXPECT_EQ(SitePaths::search_shard("ltd-", 1), "search/ltd-.js");
  EXPECT_EQ(SitePaths::search_shard("ltd-", 3), "search/ltd-.3.js");
}

TEST(SearchIndex, FindsEveryKindWithItsPage) {
  Project project = load_fixture("../../data/leicestershire");
  SearchIndex index = build_search_index(project, SitePaths(project), 2000);
  auto find = [&](int kind, const std::string& title) {
    for (std::size_t e = 0; e < index.size(); ++e)
      if (index.entry(e).kind == kind && index.entry(e).title == title) return index.entry(e).path;
    return std::string("(none)");
  };
  EXPECT_EQ(find(0, project.awards[0].service), SitePaths::award(project.awards[0]));
  EXPECT_EQ(find(1, "Catch 22"), "organisations/catch-22/index.html");
  EXPECT_EQ(find(2, "Rutland"), "areas/rutland/index.html");
  EXPECT_EQ(find(4, "Victims"), "sections/victims/index.html");
  EXPECT_EQ(find(5, "How commissioning works"), "how-commissioning-works/index.html");
  std::size_t services = 0;
  for (std::size_t e = 0; e < index.size(); ++e) services += index.entry(e).kind == 0;
  EXPECT_EQ(services, project.awards.size());
}

}  // namespace
}  // namespace fundpress

namespace fundpress {
namespace {

// The shard's text is written directly, with nlohmann/json only for strings
// that need escaping: it must be what dumping the shard as nlohmann::json wrote.
TEST(ShardJson, IsWhatNlohmannJsonWrites) {
  Project project;
  SearchIndex index;
  index.project = &project;
  index.others = {
      {0, "Victim First",
       "Catch 22 \xC2\xB7 2017/18 \xC2\xB7 \xC2\xA3"
       "1,026,000",
       "awards/a1/index.html", ""},
      {1, "say \"hi\" \\ back", "tab\there\nline\x01\x7F", "p/\xF0\x9F\x98\x80/", "caf\xC3\xA9"},
      {5, "", "", "", "plain words only"},
      {2, "\x7F", "\"", "\\", "\x1F"},  // one byte each that must be escaped
  };
  for (std::size_t part : {1u, 2u}) {
    SearchShard shard{"vi\"-", part, {0, 1, 2, 3}};
    nlohmann::json entries = nlohmann::json::array();
    for (std::uint32_t e : shard.entries) {
      SearchEntry entry = index.entry(e);
      entries.push_back({entry.kind, entry.title, entry.detail, entry.path, entry.words});
    }
    nlohmann::json data = {{"key", shard.key}, {"entries", entries}};
    if (part > 1) data["part"] = part;
    EXPECT_EQ(shard_json(index, shard), data.dump(-1, ' ', true));
  }
  EXPECT_EQ(shard_json(index, SearchShard{"x", 1, {}}), R"({"entries":[],"key":"x"})");
}

}  // namespace
}  // namespace fundpress
