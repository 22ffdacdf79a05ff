#include "check/total_labels.h"

#include <algorithm>

#include "check/column_heading.h"
#include "model/text.h"

namespace fundpress {
namespace {

std::vector<std::string> words_of(const std::string& key) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Whether "total" appears in `label`, in any case: every built-in total's
// key has the word, so a label without it is settled without making a key.
bool mentions_total(std::string_view label) { return contains_ignoring_case(label, "total"); }

// Whether a key a label may equal has the word "total" (an empty key equals none).
bool says_total(const std::string& key) {
  return key.empty() || key.find("total") != std::string::npos;
}

// A total's label as compared: "Total (£000s)" reads as "total".
std::string total_key(std::string_view label) { return label_key(without_unit(label)); }

}  // namespace

std::string label_key(std::string_view label) {
  std::string key;
  key.reserve(label.size());  // never longer than the label: one allocation, not one per doubling
  bool space = false;
  for (std::size_t i = 0; i < label.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(label[i]);
    bool keep =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || (c >= 'A' && c <= 'Z');
    // Dashes, quotes, no-break and other spaces, and the pound sign count as punctuation too.
    if (c == 0xE2 && i + 2 < label.size() && static_cast<unsigned char>(label[i + 1]) == 0x80) {
      keep = false;
      i += 2;
    } else if (c == 0xC2 && i + 1 < label.size() &&
               (static_cast<unsigned char>(label[i + 1]) == 0xA0 ||
                static_cast<unsigned char>(label[i + 1]) == 0xA3)) {
      keep = false;
      ++i;
    }
    if (!keep) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  // "subtotal" as "sub total", a word at a time, without splitting.
  if (key.find("subtotal") == std::string::npos) return key;
  std::string out;
  out.reserve(key.size() + 4);
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    std::string_view word(key.data() + start, end - start);
    if (!out.empty()) out += ' ';
    if (word == "subtotal") out += "sub total";
    else out.append(word);
    start = end + 1;
  }
  return out;
}

TotalLabels::TotalLabels(const Project& project, std::vector<ConfiguredTotal> configured,
                         const std::vector<std::string>& not_totals)
    : project_(project), configured_(std::move(configured)) {
  for (ConfiguredTotal& total : configured_) total.label = total_key(total.label);
  for (const std::string& label : not_totals) not_totals_.push_back(total_key(label));
  grand_total_key_ = label_key(project_.wording.grand_total_label);
  keys_say_total_ = configured_.empty() && says_total(grand_total_key_);
}

int TotalLabels::section_named(const std::string& key) const {
  if (key.empty()) return -1;
  key_new_sections();
  for (std::size_t i = 0; i < section_keys_.size(); ++i)
    if (section_keys_[i].name == key || section_keys_[i].heading == key)
      return static_cast<int>(i);
  return -1;
}

void TotalLabels::key_new_sections() const {
  for (std::size_t i = section_keys_.size(); i < project_.sections.size(); ++i) {
    const Section& section = project_.sections[i];
    section_keys_.push_back(
        {label_key(section.name), label_key(section.heading),
         section.subtotal_label.empty() ? std::string() : label_key(section.subtotal_label)});
    keys_say_total_ = keys_say_total_ && says_total(section_keys_.back().subtotal);
  }
}

TotalLabel TotalLabels::match(std::string_view label) const {
  TotalLabel out;
  key_new_sections();
  if (keys_say_total_ && !mentions_total(label)) return out;
  std::string key = total_key(label);
  if (key.empty()) return out;
  if (std::find(not_totals_.begin(), not_totals_.end(), key) != not_totals_.end()) return out;
  for (const ConfiguredTotal& total : configured_) {
    if (total.label != key) continue;
    out.covers = total.covers;
    out.kind =
        total.covers.rule == TotalCovers::Rule::section ? TotalKind::subtotal : TotalKind::total;
    return out;
  }
  key_new_sections();
  for (std::size_t i = 0; i < section_keys_.size(); ++i) {
    if (!section_keys_[i].subtotal.empty() && section_keys_[i].subtotal == key) {
      out.kind = TotalKind::subtotal;
      out.section = static_cast<int>(i);
      return out;
    }
  }
  if (key == grand_total_key_ || key == "grand total" ||
      key == "overall total") {
    out.kind = TotalKind::grand_total;
    return out;
  }
  // Each built-in label below has the word "total": most lines' labels are settled here.
  if (key.find("total") == std::string::npos) return out;
  std::vector<std::string> w = words_of(key);
  std::size_t n = w.size();
  auto section_total = [&](const std::string& stem, TotalKind otherwise) {
    out.section = section_named(stem);
    out.kind = out.section >= 0 ? TotalKind::subtotal : otherwise;
    return out;
  };
  if (key == "total" || key == "totals" || key == "net total") {
    out.kind = TotalKind::total;
    return out;
  }
  if (key == "sub total" || key == "sub totals") {
    out.kind = TotalKind::subtotal;
    return out;
  }
  if (n >= 3 && w[0] == "total" && w[1] == "for")
    return section_total(joined(w, 2, n), TotalKind::total);
  if (n >= 3 && w[n - 2] == "sub" && w[n - 1] == "total")
    return section_total(joined(w, 0, n - 2), TotalKind::subtotal);
  if (n >= 3 && w[n - 2] == "grand" && w[n - 1] == "total") {
    out.kind = TotalKind::grand_total;
    return out;
  }
  if (n >= 2 && w[0] == "sub" && w[1] == "total")
    return section_total(joined(w, 2, n), TotalKind::subtotal);
  if (n >= 2 && w[0] == "total") return section_total(joined(w, 1, n), TotalKind::total);
  if (n >= 2 && w[n - 1] == "total") return section_total(joined(w, 0, n - 1), TotalKind::total);
  return out;
}

bool TotalLabels::is_bare_total(std::string_view label) const {
  if (!mentions_total(label)) return false;
  std::string key = total_key(label);
  if (std::find(not_totals_.begin(), not_totals_.end(), key) != not_totals_.end()) return false;
  return key == "total" || key == "totals" || key == "sub total" || key == "grand total" ||
         key == "net total" || key == "overall total";
}

bool TotalLabels::looks_like_total(std::string_view label) const {
  if (!mentions_total(label)) return false;
  std::string key = total_key(label);
  if (std::find(not_totals_.begin(), not_totals_.end(), key) != not_totals_.end()) return false;
  if (match(label).kind != TotalKind::none) return false;
  for (const std::string& word : words_of(key))
    if (word == "total" || word == "totals" || word == "totalling") return true;
  return false;
}

}  // namespace fundpress
