// What a page is made from, fed into a digest, so that a rebuild can know a
// page unchanged without building its context (render/outputs.cpp). A source
// of contexts (view/site_plan.h) feeds the model values its contexts read;
// the feeders here feed a whole model value, every member, so that no member
// a page may read is left out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/project.h"
#include "model/workbook_layout.h"
#include "rollup/rollup.h"
#include "rollup/years.h"

namespace fundpress {

struct AwardColumn;  // view/table_view.h, which leads back here through the paths

/// Fed, piece by piece (render/fingerprint.h frames each piece, so different
/// sequences never feed the same bytes).
class InputDigest {
 public:
  virtual void add(std::string_view bytes) = 0;
  virtual void add(std::uint64_t number) = 0;

 protected:
  ~InputDigest() = default;
};

/// Feeds model values whole: every member, a list by its length and then
/// each item. A source feeds what its pages read with it.
class InputFeeder {
 public:
  explicit InputFeeder(InputDigest& digest) : digest_(digest) {}
  template <class... Values>
  void all(const Values&... values) {
    (feed(values), ...);
  }
  void feed(const std::string& text);
  void feed(std::uint64_t number);
  void feed(std::int64_t number);
  void feed(int number);
  void feed(bool flag);
  void feed(Field field);
  void feed(Measure measure);
  void feed(FundDuration duration);
  void feed(MechanismKind kind);
  void feed(Agreement agreement);
  void feed(Money money);
  void feed(Date date);
  void feed(FinancialYear year);
  template <class T>
  void feed(const std::vector<T>& list) {
    feed(std::uint64_t{list.size()});
    for (const T& item : list) feed(item);
  }
  template <class Key, class Value>
  void feed(const std::map<Key, Value>& map) {
    feed(std::uint64_t{map.size()});
    for (const auto& [key, value] : map) all(key, value);
  }
  template <class First, class Second>
  void feed(const std::pair<First, Second>& pair) {
    all(pair.first, pair.second);
  }
  void feed(const Publisher& p);
  void feed(const Section& s);
  void feed(const Fund& f);
  void feed(const FocusArea& f);
  void feed(const Priority& p);
  void feed(const Aim& a);
  void feed(const Mechanism& m);
  void feed(const Area& a);
  void feed(const Organisation& o);
  void feed(const SourceRef& s);
  void feed(const Term& t);
  void feed(const Breach& b);
  void feed(const Withheld& w);
  void feed(const GlossaryTerm& g);
  void feed(const ProsePage& p);
  void feed(const DisplayRules& d);
  void feed(const Wording& w);
  void feed(const SiteOptions& s);
  void feed(const PrintedTotal& p);
  void feed(const ReadTally& r);
  void feed(const ChangeThreshold& c);
  void feed(const Redactions& r);
  void feed(const Language& l);
  void feed(Dimension dimension);
  void feed(VarianceKind kind);
  void feed(SheetType type);
  void feed(const LayoutColumn& c);
  void feed(const LayoutSheet& s);
  void feed(const WorkbookLayout& w);
  void feed(const Total& t);
  void feed(const YearLines& y);
  void feed(const Variance& v);
  void feed(const YearComparison& c);
  void feed(const FundPeriod& p);
  void feed(const FundUse& u);
  void feed(const YearsRollup& y);
  void feed(const Award& a);
  void feed(const AwardColumn& c);

 private:
  InputDigest& digest_;
};

/// Feeds every member of `project` but its awards, which pages read by
/// their digests (feed_awards).
void feed_project(const Project& project, InputDigest& digest);

/// Feeds every member of `award`.
void feed_award(const Award& award, InputDigest& digest);

/// Makes the digest of what a feed feeds: PlanInputs::digest's kind, 32
/// hexadecimal digits.
using DigestOf = std::function<std::string(const std::function<void(InputDigest&)>& feed)>;

/// Each award's digest (feed_award's), made once a build: a page showing
/// thousands of lines feeds 16 bytes for each, not each line's every member.
class AwardDigests {
 public:
  AwardDigests(const Project& project, const DigestOf& digest_of);
  /// Award `award`'s 16 bytes.
  std::string_view of(std::size_t award) const {
    return std::string_view(bytes_).substr(award * width, width);
  }

 private:
  static constexpr std::size_t width = 16;
  std::string bytes_;
};

/// Feeds each of the awards [first, last) (indices into Project::awards): its
/// index and its digest.
void feed_awards(const AwardDigests& digests, std::vector<std::size_t>::const_iterator first,
                 std::vector<std::size_t>::const_iterator last, InputDigest& digest);
/// The same for each of `awards`.
void feed_awards(const AwardDigests& digests, const std::vector<std::size_t>& awards,
                 InputDigest& digest);

/// Feeds every member of `layout`.
void feed_layout(const WorkbookLayout& layout, InputDigest& digest);

/// Feeds every member of `years` (award indices as they are: feed_awards
/// feeds the awards a page shows).
void feed_years(const YearsRollup& years, InputDigest& digest);

}  // namespace fundpress
