#include "check/organisations.h"

#include <cctype>

#include "check/columns.h"
#include "model/org_id.h"
#include "model/text.h"

namespace fundpress {
namespace {

// Legal forms a name may carry or leave off, as words of the key. Longest
// first, so "community interest company" goes before "company" would.
const std::vector<std::vector<std::string>>& legal_suffixes() {
  static const std::vector<std::vector<std::string>> suffixes = {
      {"community", "interest", "company"},
      {"charitable", "incorporated", "organisation"},
      {"charitable", "incorporated", "organization"},
      {"limited", "liability", "partnership"},
      {"public", "limited", "company"},
      {"limited"}, {"ltd"}, {"cic"}, {"cio"}, {"plc"}, {"llp"}, {"inc"}, {"co"}};
  return suffixes;
}

std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> words;
  std::string word;
  int depth = 0;  // "(CIC)" repeats the suffix in brackets: leave bracketed text out
  for (char c : name) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    if (depth == 0 && std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

}  // namespace

std::string organisation_name_key(const std::string& name) {
  std::vector<std::string> words = words_of(name);
  // "The" leads many charity names and is often dropped.
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  for (bool removed = true; removed && words.size() > 1;) {
    removed = false;
    for (const std::vector<std::string>& suffix : legal_suffixes()) {
      if (suffix.size() >= words.size() ||
          !std::equal(suffix.begin(), suffix.end(), words.end() - suffix.size()))
        continue;
      words.resize(words.size() - suffix.size());
      removed = true;
      break;
    }
  }
  std::string key;
  for (const std::string& word : words) key += (key.empty() ? "" : " ") + word;
  return key;
}

void read_organisations(JsonFields& r, std::vector<OrganisationEntry>* entries) {
  if (!r.is_array("/organisations")) return;
  std::map<std::string, std::string> named;  // each name and alias, normalised -> the entry's name
  for (std::size_t i = 0; i < r.at("/organisations")->size(); ++i) {
    std::string at = "/organisations/" + std::to_string(i);
    if (!r.is_object(at, true)) continue;
    r.only_keys(at, {"name", "aliases", "org_id", "charity_number", "company_number"});
    OrganisationEntry entry;
    entry.organisation.name = r.text(at + "/name", true);
    if (entry.organisation.name.empty()) continue;
    entry.aliases = r.texts(at + "/aliases");
    entry.organisation.org_id = r.text(at + "/org_id");
    entry.organisation.charity_number = r.text(at + "/charity_number");
    entry.organisation.company_number = r.text(at + "/company_number");
    entry.where = r.position(at);
    if (!entry.organisation.charity_number.empty() &&
        charity_org_id(entry.organisation.charity_number).empty())
      r.error(at + "/charity_number",
              "charity number " + in_quotes(entry.organisation.charity_number) +
                  " is not in a register's form: 6 or 7 digits (England and Wales), SC and 6 "
                  "digits (Scotland) or NIC and 6 digits (Northern Ireland)");
    if (!entry.organisation.company_number.empty() &&
        company_org_id(entry.organisation.company_number).empty())
      r.error(at + "/company_number",
              "company number " + in_quotes(entry.organisation.company_number) +
                  " is not in Companies House's form: up to 8 digits, or 2 letters and 6 digits");
    std::vector<std::string> names = entry.aliases;
    names.insert(names.begin(), entry.organisation.name);
    for (std::size_t n = 0; n < names.size(); ++n) {
      auto [first, added] = named.emplace(normalise_header(names[n]), entry.organisation.name);
      if (!added)
        r.error(n == 0 ? at + "/name" : at + "/aliases",
                in_quotes(names[n]) + " is already " +
                    (first->second == entry.organisation.name
                         ? std::string("listed for this organisation")
                         : "a name or alias of " + in_quotes(first->second)) +
                    "; a spelling may stand for one organisation only");
    }
    entries->push_back(std::move(entry));
  }
}

OrganisationNames::OrganisationNames(const std::vector<OrganisationEntry>& entries)
    : entries_(entries) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entry_of_.emplace(normalise_header(entries[i].organisation.name), static_cast<int>(i));
    for (const std::string& alias : entries[i].aliases)
      entry_of_.emplace(normalise_header(alias), static_cast<int>(i));
  }
}

int OrganisationNames::resolve(const std::string& name, const Position& where, Project* project) {
  int at = known(name);
  if (at >= 0) return at;
  std::string key = normalise_header(name);
  auto entry = entry_of_.find(key);
  const Organisation* configured =
      entry == entry_of_.end() ? nullptr : &entries_[entry->second].organisation;
  if (configured) key = normalise_header(configured->name);
  auto found = index_.find(key);
  if (found != index_.end()) {
    at = found->second;
  } else {
    Organisation organisation;
    if (configured) organisation = *configured;
    else organisation.name = name;
    project->organisations.push_back(organisation);
    at = static_cast<int>(project->organisations.size()) - 1;
    index_.emplace(key, at);
    first_seen_.push_back(where);
    configured_.push_back(configured != nullptr);
  }
  by_spelling_.emplace(name, at);
  return at;
}

int OrganisationNames::known(const std::string& name) const {
  auto found = by_spelling_.find(name);
  return found == by_spelling_.end() ? -1 : found->second;
}

void OrganisationNames::check_similar(const Project& project, Diagnostics& diagnostics) const {
  std::map<std::string, std::size_t> first_with;  // key -> the first organisation with it
  for (std::size_t i = 0; i < first_seen_.size(); ++i) {
    const Organisation& organisation = project.organisations[i];
    if (organisation.placeholder || organisation.individual) continue;
    std::string key = organisation_name_key(organisation.name);
    if (key.empty()) continue;
    auto [first, added] = first_with.emplace(key, i);
    if (added || (configured_[first->second] && configured_[i])) continue;
    diagnostics.warning(first_seen_[i],
                        "organisation " + in_quotes(organisation.name) + " differs from " +
                            in_quotes(project.organisations[first->second].name) +
                            " only in punctuation or a suffix such as \"CIC\" or \"Ltd\"; if "
                            "they are one organisation, list one as an alias of the other in "
                            "fundpress.json's \"organisations\", else list both there",
                        "similar-name");
  }
}

}  // namespace fundpress
