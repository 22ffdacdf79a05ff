// Recipients as one organisation each, however the register spells them:
// fundpress.json's "organisations" gives a name, its aliases and its numbers;
// names that differ only in punctuation or a legal suffix ("CIC", "Ltd") and
// are not said to be one are a warning, since they are probably one body.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/json_fields.h"
#include "load/diagnostics.h"
#include "model/project.h"

namespace fundpress {

/// One entry of fundpress.json's "organisations".
struct OrganisationEntry {
  Organisation organisation;         // the name published, and its identifiers
  std::vector<std::string> aliases;  // other spellings the register uses
  Position where;                    // the entry, for messages
};

/// Reads "organisations" (a list of {name, aliases, org_id, charity_number,
/// company_number}); a name or alias given twice is an error, a number that
/// has no register's form a warning.
void read_organisations(JsonFields& r, std::vector<OrganisationEntry>* entries);

/// "Go-Getta Community Interest Company (CIC)" -> "go getta": lower case, words
/// only, without legal suffixes or a bracketed abbreviation. Two names with one
/// key are probably one organisation.
std::string organisation_name_key(const std::string& name);

/// Resolves the names of a register to organisations, one row at a time.
class OrganisationNames {
 public:
  explicit OrganisationNames(const std::vector<OrganisationEntry>& entries);

  /// The index in `project->organisations` of the organisation `name` is (its
  /// own name or an alias, in any case or spacing), added on first sight with
  /// its configured identifiers. `where` is the cell, for check_similar.
  int resolve(const std::string& name, const Position& where, Project* project);
  /// What resolve gave for this very spelling before; -1 when it has not seen it.
  /// (Most lines repeat a name: this saves normalising it, and making its position.)
  int known(const std::string& name) const;

  /// Warns, at the first row of the later one, of two organisations whose names
  /// differ only in punctuation or a suffix, unless fundpress.json lists both.
  void check_similar(const Project& project, Diagnostics& diagnostics) const;

 private:
  const std::vector<OrganisationEntry>& entries_;
  std::map<std::string, int> entry_of_;  // each name and alias, normalised -> entry
  std::map<std::string, int> index_;     // published name, normalised -> organisation
  std::unordered_map<std::string, int> by_spelling_;  // each name as resolved -> organisation
  std::vector<Position> first_seen_;     // per organisation
  std::vector<bool> configured_;         // per organisation: listed in fundpress.json
};

}  // namespace fundpress
