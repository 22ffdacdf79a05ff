// Which printed labels are totals. A row is a printed total because of what its
// label says, never because of which cells are blank: the default patterns
// ("total", "sub-total", "grand total", "net total", "total ...", "... total",
// "total for ..."), each section's sub-total label, the grand-total label, and
// the publisher's own "totals"; "not_totals" names real lines that keep such
// a name. Case, spacing and punctuation are ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/project.h"

namespace fundpress {

enum class TotalKind {
  none,
  subtotal,     // covers the lines since the previous heading or total
  total,        // covers every line since the start of the table or the previous grand total
  grand_total,  // as total, and the lines after it start afresh
};

/// What a configured total covers, when its label alone cannot say.
struct TotalCovers {
  enum class Rule { by_kind, above, section, named } rule = Rule::by_kind;
  std::vector<std::string> names;  // named: sections (by name or heading) or other totals' labels
};

/// An entry of fundpress.json's "totals".
struct ConfiguredTotal {
  std::string label;
  TotalCovers covers;
};

/// A label read as a total.
struct TotalLabel {
  TotalKind kind = TotalKind::none;
  int section = -1;  // the section it totals, when the label names one
  TotalCovers covers;
};

/// "Victims Sub-Total:" -> "victims sub total": lower case, punctuation and
/// runs of spaces as one space, "subtotal" as "sub total".
std::string label_key(std::string_view label);

class TotalLabels {
 public:
  TotalLabels(const Project& project, std::vector<ConfiguredTotal> configured,
              const std::vector<std::string>& not_totals);

  /// How `label` reads: a kind of total, or none.
  TotalLabel match(std::string_view label) const;
  /// True for a bare total word ("Total", "Sub-total", "Grand total"): no
  /// organisation or service is called that, in whichever column it stands.
  bool is_bare_total(std::string_view label) const;
  /// True when `label` has the word total in it but is not read as a total
  /// and not declared in "not_totals": a line that may be a total.
  bool looks_like_total(std::string_view label) const;

 private:
  int section_named(const std::string& key) const;
  // Keys of the sections' labels, made once per section: the check stage
  // opens sections as it reads, so the cache grows with Project::sections.
  void key_new_sections() const;

  const Project& project_;
  std::vector<ConfiguredTotal> configured_;  // labels as keys
  std::vector<std::string> not_totals_;      // keys
  std::string grand_total_key_;
  struct SectionKeys {
    std::string name, heading, subtotal;
  };
  mutable std::vector<SectionKeys> section_keys_;
  // Every key a label is matched to by itself (configured, a section's
  // sub-total, the grand total) has the word "total": then a label without the
  // word is no total, settled without making its key.
  mutable bool keys_say_total_ = true;
};

}  // namespace fundpress
