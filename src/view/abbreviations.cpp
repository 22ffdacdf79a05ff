#include "view/abbreviations.h"

#include <algorithm>
#include <cctype>

#include "view/json_object.h"

namespace fundpress {
namespace {

// Bytes of non-ASCII characters count as word characters, so a term never
// matches inside a word written with accents.
bool word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

}  // namespace

nlohmann::json text_run(std::string text, const GlossaryTerm* term) {
  return JsonObject()
      .add("abbr", term != nullptr)
      .add("text", std::move(text))
      .add("title", term ? term->meaning : std::string())
      .take();
}

nlohmann::json unmarked_runs(std::string text) { return json_list_of(text_run(std::move(text))); }

AbbreviationMarker::AbbreviationMarker(const std::vector<GlossaryTerm>& glossary)
    : glossary_(glossary) {
  for (const GlossaryTerm& term : glossary) by_length_.push_back(&term);
  std::stable_sort(
      by_length_.begin(), by_length_.end(),
      [](const GlossaryTerm* a, const GlossaryTerm* b) { return a->term.size() > b->term.size(); });
}

nlohmann::json AbbreviationMarker::text(const std::string& value) {
  return JsonObject().add("text", value).add("runs", runs(value)).take();
}

bool AbbreviationMarker::may_mark(const std::string& value) const {
  for (const GlossaryTerm* term : by_length_)
    if (!seen_.count(term->term) && value.find(term->term) != std::string::npos)
      return true;
  return false;
}

nlohmann::json AbbreviationMarker::runs(std::string value) {
  // Most text holds no term still to explain: one run, without walking its words.
  if (!may_mark(value))
    return value.empty() ? nlohmann::json::array() : unmarked_runs(std::move(value));
  nlohmann::json runs = nlohmann::json::array();
  std::size_t plain_start = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (i > 0 && word_byte(value[i - 1]) && word_byte(value[i])) continue;
    for (const GlossaryTerm* term : by_length_) {
      const std::string& t = term->term;
      if (seen_.count(t) || value.compare(i, t.size(), t) != 0) continue;
      std::size_t end = i + t.size();
      if (end < value.size() && word_byte(value[end]) && word_byte(value[end - 1])) continue;
      if (i > plain_start) runs.push_back(text_run(value.substr(plain_start, i - plain_start)));
      runs.push_back(text_run(t, term));
      seen_.insert(t);
      plain_start = end;
      i = end - 1;
      break;
    }
  }
  if (plain_start < value.size()) runs.push_back(text_run(value.substr(plain_start)));
  return runs;
}

void AbbreviationMarker::note(const std::string& value) {
  if (may_mark(value)) runs(value);
}

std::vector<GlossaryTerm> AbbreviationMarker::used() const {
  std::vector<GlossaryTerm> terms;
  for (const GlossaryTerm& term : glossary_)
    if (seen_.count(term.term)) terms.push_back(term);
  return terms;
}

void MarkedTexts::add(std::string text, AbbreviationMarker* marker) {
  if (marker && marker->may_mark(text)) marked_.emplace_back(texts_.size(), marker->runs(text));
  figures_.push_back(marker == nullptr);
  texts_.push_back(std::move(text));
}

void MarkedTexts::write_runs(std::size_t i, nlohmann::json* runs) const {
  auto marked = std::lower_bound(
      marked_.begin(), marked_.end(), i,
      [](const std::pair<std::size_t, nlohmann::json>& m, std::size_t at) { return m.first < at; });
  if (marked != marked_.end() && marked->first == i) {
    *runs = marked->second;
  } else if (texts_[i].empty() && !figures_[i]) {
    *runs = nlohmann::json::array();  // as runs("") makes them
  } else {
    if (runs->size() != 1 || (*runs)[0]["abbr"].get<bool>()) *runs = unmarked_runs("");
    (*runs)[0]["text"].get_ref<std::string&>() = texts_[i];
  }
}

}  // namespace fundpress
