#include "view/search_index.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <set>
#include <utility>

#include <utf8proc.h>

#include "model/text.h"
#include "view/format.h"
#include "view/json_object.h"
#include "view/listing_view.h"
#include "view/table_view.h"

namespace fundpress {
namespace {

// A key this long is never split again: its entries share a long word.
constexpr std::size_t longest_key = 16;

bool ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Whether the character of `length` bytes at text[at] is part of a word: a
// letter, digit or mark. Punctuation and symbols separate words, in ASCII or
// not: the "·" between a line's organisation and year, "£", "–".
bool word_character(const std::string& text, std::size_t at, std::size_t length) {
  unsigned char c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return ascii_alnum(c);
  utf8proc_int32_t code = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                   static_cast<utf8proc_ssize_t>(length), &code);
  switch (utf8proc_category(code)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// The bytes of the UTF-8 character starting at text[at].
std::size_t char_length(const std::string& text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return end - at;
}

// A word's shard key and an entry. The key is held in place, padded with
// NULs, so that a large register's occurrences (several per line) are one
// array, sorted once, rather than a string each and a copy at each letter.
// The padding also tells the keys apart by their first n bytes: a key of n-1
// characters has a NUL at byte n.
struct Occurrence {
  std::array<char, longest_key> key{};
  std::uint32_t entry = 0;

  bool operator<(const Occurrence& other) const {
    int order = std::memcmp(key.data(), other.key.data(), longest_key);
    return order != 0 ? order < 0 : entry < other.entry;
  }
};
using Occurrences = std::vector<Occurrence>::const_iterator;

// The entries of [begin, end), each once, in order.
std::vector<std::uint32_t> distinct_entries(Occurrences begin, Occurrences end) {
  std::vector<std::uint32_t> entries;
  entries.reserve(static_cast<std::size_t>(end - begin));
  for (Occurrences o = begin; o != end; ++o) entries.push_back(o->entry);
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  return entries;
}

// Shards of the sorted occurrences [begin, end), whose keys start with
// `prefix` (`length` characters): one shard when it is small enough, else
// one more letter. The keys are in order, so each next letter's occurrences
// are a run, and a key that is the prefix exactly (a word no longer than it)
// comes first, as its "-" shard sorts first.
void shard(Occurrences begin, Occurrences end, const std::string& prefix, std::size_t length,
           std::size_t limit, std::vector<SearchShard>* out) {
  if (length > 0) {
    std::vector<std::uint32_t> entries = distinct_entries(begin, end);
    if (entries.size() <= limit || length >= longest_key) {
      out->push_back({prefix, 1, std::move(entries)});
      return;
    }
  }
  while (begin != end) {
    const char* key = begin->key.data();
    Occurrences run = std::find_if(begin, end, [&](const Occurrence& o) {
      return std::memcmp(o.key.data(), key, length + 1) != 0;
    });
    if (key[length] == '\0') out->push_back({prefix + "-", 1, distinct_entries(begin, run)});
    else shard(begin, run, std::string(key, length + 1), length + 1, limit, out);
    begin = run;
  }
}

// `text` as a JSON string, as nlohmann/json's dump with every non-ASCII
// character escaped writes it: printable ASCII without a quote or backslash
// (most text) as it is, any other through nlohmann/json. A large register's
// shards are a million strings; building them as nlohmann::json and dumping
// them was most of writing the index.
void append_ascii_json_string(const std::string& text, std::string* out) {
  bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F && c != '"' && c != '\\';
  });
  if (!plain) {
    *out += nlohmann::json(text).dump(-1, ' ', true);
    return;
  }
  *out += '"';
  *out += text;
  *out += '"';
}

}  // namespace

std::string shard_json(const SearchIndex& index, const SearchShard& shard) {
  std::string json = "{\"entries\":[";
  for (std::size_t i = 0; i < shard.entries.size(); ++i) {
    SearchEntry entry = index.entry(shard.entries[i]);
    json += i == 0 ? "[" : ",[";
    json += std::to_string(entry.kind);
    for (const std::string* text : {&entry.title, &entry.detail, &entry.path, &entry.words}) {
      json += ',';
      append_ascii_json_string(*text, &json);
    }
    json += ']';
  }
  json += "],\"key\":";
  append_ascii_json_string(shard.key, &json);
  if (shard.part > 1) json += ",\"part\":" + std::to_string(shard.part);
  json += '}';
  return json;
}

std::vector<std::string> search_kinds(const Project& project) {
  return {text_of(project, "search_kind_services"), text_of(project, "organisations"),
          text_of(project, "areas"), text_of(project, "funds"), text_of(project, "sections"),
          text_of(project, "search_kind_pages")};
}

std::vector<std::string> search_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = char_length(text, at);
    if (word_character(text, at, length)) {
      // In place: a string per character was most of indexing a large register.
      append_ascii_lower(std::string_view(text).substr(at, length), &word);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    at += length;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string shard_key(const std::string& word, std::size_t length) {
  std::string key;
  for (std::size_t at = 0, count = 0; at < word.size() && count < length; ++count) {
    unsigned char c = static_cast<unsigned char>(word[at]);
    key += ascii_alnum(c) ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : '_';
    at += char_length(word, at);
  }
  return key;
}

SearchEntry SearchIndex::entry(std::size_t e) const {
  if (e >= project->awards.size()) return others[e - project->awards.size()];
  const Award& award = project->awards[e];
  std::string detail = award_cell_text(*project, award, Field::organisation);
  for (const std::string& part :
       {award.year.label(), award_cell_text(*project, award, Field::amount)})
    if (!part.empty()) detail += (detail.empty() ? "" : " · ") + part;
  return {0, award.service, std::move(detail), SitePaths::award(award), ""};
}

SearchIndex build_search_index(const Project& project, const SitePaths& paths,
                               std::size_t shard_limit) {
  SearchIndex index;
  index.project = &project;
  const std::pair<Dimension, int> listed[] = {{Dimension::organisation, 1},
                                              {Dimension::area, 2},
                                              {Dimension::fund, 3},
                                              {Dimension::section, 4}};
  for (const auto& [dimension, kind] : listed) {
    const std::vector<Dimension>& shown = paths.listed();
    if (std::find(shown.begin(), shown.end(), dimension) == shown.end()) continue;
    for (const Group& group : listed_groups(project, dimension))
      index.others.push_back({kind, name_of(project, dimension, group.key),
                               count_rows(project, group.total.rows) + ", " +
                                   format_total_pounds(group.total.amount, project.display),
                               paths.item(dimension, group.key), ""});
  }
  for (const ProsePage& page : project.pages) {
    std::string path = replaces_statement(page) ? SitePaths::accessibility()
                                                : SitePaths::prose(page.slug);
    // The body's words, each once, in the order they first appear.
    std::string words;
    std::set<std::string> seen;
    for (std::string& word : search_words(page.markdown))
      if (seen.insert(word).second) words += (words.empty() ? "" : " ") + word;
    index.others.push_back({5, page.title, "", path, words});
  }

  std::vector<Occurrence> occurrences;
  for (std::size_t e = 0; e < index.size(); ++e) {
    SearchEntry entry = index.entry(e);
    std::set<std::string> words;
    for (const std::string* text : {&entry.title, &entry.detail, &entry.words})
      for (std::string& word : search_words(*text)) words.insert(std::move(word));
    for (const std::string& word : words) {
      Occurrence o;
      std::string key = shard_key(word, longest_key);
      std::copy(key.begin(), key.end(), o.key.begin());
      o.entry = static_cast<std::uint32_t>(e);
      occurrences.push_back(o);
    }
  }
  std::sort(occurrences.begin(), occurrences.end());
  std::vector<SearchShard> whole;
  shard(occurrences.begin(), occurrences.end(), "", 0, shard_limit, &whole);
  occurrences = {};
  // A shard that one more letter cannot split (its entries share a word) goes
  // in parts of at most the limit.
  for (SearchShard& s : whole) {
    for (std::size_t from = 0, part = 1; from < s.entries.size(); from += shard_limit, ++part) {
      std::size_t to = std::min(s.entries.size(), from + shard_limit);
      index.shards.push_back({s.key, part, {s.entries.begin() + from, s.entries.begin() + to}});
    }
  }
  return index;
}

namespace {

// The index's shards, each one output. A shard reads the project (its awards
// aside) and the paths, digested once for all of them, then its entries: an
// award's entry is made from the award, any other's is already made.
class SearchShards : public ContextSource {
 public:
  SearchShards(const PlanInputs& in, SearchIndex index)
      : index_(std::move(index)), awards_(in.awards) {
    if (awards_) shared_ = in.site_digest;
  }

  const SearchIndex& index() const { return index_; }

  nlohmann::json context(std::uint32_t s) const override {
    return JsonObject()
        .add("call", "shard")
        .add("json", shard_json(index_, index_.shards[s]))
        .take();
  }

  bool inputs(std::uint32_t s, InputDigest& digest) const override {
    if (shared_.empty()) return false;
    const SearchShard& shard = index_.shards[s];
    std::size_t awards = index_.project->awards.size();
    InputFeeder feeder(digest);
    feeder.all(shared_, shard.key, std::uint64_t{shard.part}, std::uint64_t{shard.entries.size()});
    for (std::uint32_t e : shard.entries) {
      feeder.feed(std::uint64_t{e});
      if (e < awards) {
        digest.add(awards_->of(e));
      } else {
        const SearchEntry& entry = index_.others[e - awards];
        feeder.all(entry.kind, entry.title, entry.detail, entry.path, entry.words);
      }
    }
    return true;
  }

 private:
  SearchIndex index_;
  std::shared_ptr<const AwardDigests> awards_;
  std::string shared_;  // "" when the plan digests nothing
};

}  // namespace

void plan_search_index(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  auto shards = std::make_shared<const SearchShards>(
      in, build_search_index(in.project, in.paths,
                             static_cast<std::size_t>(in.project.site.search_shard_entries)));
  const SearchIndex& index = shards->index();
  // Each key once; "parts" only for the keys in more than one part.
  nlohmann::json keys = nlohmann::json::array();
  nlohmann::json parts = nlohmann::json::object();
  for (const SearchShard& s : index.shards) {
    if (s.part == 1) keys.push_back(s.key);
    else parts[s.key] = s.part;
  }
  nlohmann::json manifest = {{"kinds", search_kinds(in.project)}, {"keys", keys}};
  if (!parts.empty()) manifest["parts"] = parts;
  plan->push_back(PlannedOutput::from_context(
      SitePaths::search_index(),
      ready({{"call", "index"}, {"json", manifest.dump(-1, ' ', true)}})));
  for (std::size_t s = 0; s < index.shards.size(); ++s)
    plan->push_back(PlannedOutput::from_source(
        SitePaths::search_shard(index.shards[s].key, index.shards[s].part), shards,
        static_cast<std::uint32_t>(s)));
}

}  // namespace fundpress
