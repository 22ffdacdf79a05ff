// The site-wide search, without a server: an index of the services,
// organisations, areas, funds, sections and prose pages, split into shards
// by how each word begins, so the browser (assets/search.js) loads only the
// shard that a query's word falls in. A shard holding more than a limit of
// entries is split by one more letter, so a register of a million rows gives
// many small shards; the entries of a word that too many share ("ltd") are
// split into numbered parts, so no file of the index holds more than the limit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/project.h"
#include "view/site_plan.h"

namespace fundpress {

/// One thing the search finds: a page, what kind it is and what it says.
struct SearchEntry {
  int kind = 0;        // index into search_kinds()
  std::string title;   // "Victim First"
  std::string detail;  // "Catch 22 · 2017/18 · £1,026,000"
  std::string path;    // from the site root: "awards/a1/index.html"
  std::string words;   // more text to match, not shown (a prose page's body)
};

/// The kinds, in the order results are grouped: services, organisations,
/// areas, funds, sections, pages; in the language of `project`'s pages.
std::vector<std::string> search_kinds(const Project& project);

/// The words of `text` as the search matches them: runs of letters, digits
/// and marks (Unicode's L, N and M), ASCII letters in lower case.
/// assets/search.js splits a query the same way.
std::vector<std::string> search_words(const std::string& text);

/// The shard key of `word` at `length` characters: each of its first
/// `length` characters, an ASCII letter or digit as it is, any other
/// character "_". A word shorter than `length` gives its whole key.
std::string shard_key(const std::string& word, std::size_t length);

struct SearchShard {
  std::string key;                     // "vi"; ending in "-": the words that are exactly "vi"
  std::size_t part = 1;                // of the key's parts, from 1
  std::vector<std::uint32_t> entries;  // SearchIndex::entry() numbers, each once in the key
};

struct SearchIndex {
  /// How many entries: the awards' first, then the listings' and the pages'.
  std::size_t size() const { return project->awards.size() + others.size(); }
  /// Entry `e`. An award's entry (its service, its organisation, year and
  /// amount, its page) is made when asked, not held for every line of a
  /// large register.
  SearchEntry entry(std::size_t e) const;

  const Project* project = nullptr;
  std::vector<SearchEntry> others;
  /// In key order, a key's parts in order; keys prefix-free apart from "-" ends.
  std::vector<SearchShard> shards;
};

/// Every entry of the site, sharded so that no shard holds more than
/// `shard_limit` entries.
SearchIndex build_search_index(const Project& project, const SitePaths& paths,
                               std::size_t shard_limit);

/// The JSON of search/<key>.js for `shard`: {"entries": [[kind, title,
/// detail, path, words], ...], "key": ..., "part": n (from 2)}, byte for byte
/// as nlohmann/json's dump with every non-ASCII character escaped writes it.
std::string shard_json(const SearchIndex& index, const SearchShard& shard);

/// search/index.js (the kinds and the shard keys) and search/<key>.js.
void plan_search_index(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
