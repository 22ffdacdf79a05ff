// Glossary terms in running text, for <abbr title> on their first use in a page.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"

namespace fundpress {

/// One run of text: {"text", "abbr", "title"}, `term` marking it as an
/// abbreviation. Every run has every key, so a template never reads a
/// parent's value. Texts are taken by value, so a caller's temporary is
/// moved into the run rather than copied.
nlohmann::json text_run(std::string text, const GlossaryTerm* term = nullptr);

/// The runs of text with nothing marked, for figures and fixed wording.
nlohmann::json unmarked_runs(std::string text);

/// Splits text into runs, marking the first use of each glossary term. Make
/// one per page: it remembers which terms the page has already explained.
class AbbreviationMarker {
 public:
  explicit AbbreviationMarker(const std::vector<GlossaryTerm>& glossary);

  /// [{"text": "Child ", "abbr": false, "title": ""},
  /// {"text": "CSE", "abbr": true, "title": "Child Sexual Exploitation"}].
  nlohmann::json runs(std::string value);
  /// {"text": the whole of `value`, "runs": runs(value)}.
  nlohmann::json text(const std::string& value);

  /// Marks the terms in `value` as runs() would, without making the runs:
  /// for an output that lists only the terms used (a workbook's glossary).
  void note(const std::string& value);

  /// The terms marked so far on this page, in glossary order.
  std::vector<GlossaryTerm> used() const;

  /// Whether `value` contains a term not yet marked on this page: when not,
  /// its runs are the text alone, and runs() would mark nothing.
  bool may_mark(const std::string& value) const;

 private:
  std::vector<const GlossaryTerm*> by_length_;  // longest first, so "YOS" loses to "YOS team"
  const std::vector<GlossaryTerm>& glossary_;
  std::set<std::string> seen_;
};

/// Texts passed through a page's marker in reading order when its context is
/// made, kept for a list made later (view/lazy_list.h): each text, and its
/// runs only when a term in it may be marked.
class MarkedTexts {
 public:
  /// Keeps `text` marked by `marker`, or, with none, as a figure: never
  /// marked, and a run even when empty (unmarked_runs).
  void add(std::string text, AbbreviationMarker* marker);
  const std::string& text(std::size_t i) const { return texts_[i]; }
  /// Writes text `i`'s runs into `runs` as the marker made them, reusing
  /// the run already there when it is a single unmarked one.
  void write_runs(std::size_t i, nlohmann::json* runs) const;

 private:
  std::vector<std::string> texts_;
  std::vector<bool> figures_;
  std::vector<std::pair<std::size_t, nlohmann::json>> marked_;  // by place in texts_
};

}  // namespace fundpress
