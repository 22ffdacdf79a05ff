// Names made unique in the order they are asked for: the first "victims"
// stays "victims", the next is "victims-2", then "victims-3". Slugs, ids,
// anchors and headings all number their repeats this one way.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace fundpress {

class UniqueNames {
 public:
  /// A repeat of `base` is base + before + n + after: "x-2" by default, or
  /// "Amount (2)" with before " (" and after ")". With `ignore_case`, names
  /// that differ only in ASCII case are the same name (as Excel's table
  /// headings are).
  explicit UniqueNames(std::string before = "-", std::string after = "", bool ignore_case = false);

  /// Keeps `name` from being handed out ("index", a folder's own page).
  void reserve(const std::string& name);

  /// Room for `count` names, so that taking a register's ids one by one never rehashes.
  void expect(std::size_t count) { taken_.reserve(count); }

  /// `base` if no one has it yet, else the first free numbered form. Linear:
  /// each base remembers the next number to try, so 20,000 repeats of one
  /// name cost 20,000 steps rather than 200 million.
  std::string take(const std::string& base);

 private:
  std::string key(const std::string& name) const;

  std::string before_, after_;
  bool ignore_case_;
  // Hashed: a register's 100,000 ids are taken one by one, and only lookups matter.
  std::unordered_set<std::string> taken_;      // by key()
  std::unordered_map<std::string, int> next_;  // key() of a base -> the next number to try
};

}  // namespace fundpress
