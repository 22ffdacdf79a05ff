// Personal data in a register: recipients who are people, fields the
// publisher marks personal or sensitive, and contact details typed into
// public fields. A public build publishes each row with these taken out (the
// grant itself still counts and is published, as the Specified Information
// Order requires); `build --internal` keeps everything for finance.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/columns.h"
#include "check/json_fields.h"
#include "load/csv_reader.h"
#include "load/diagnostics.h"
#include "model/fields.h"
#include "model/project.h"

namespace fundpress {

/// The name every public output shows for a recipient who is a person.
extern const char* const individual_recipient_name;

enum class Sensitivity { personal, sensitive };

/// fundpress.json "personal_data".
struct PersonalDataRules {
  /// A row's recipient is a person when `individual_field` holds one of
  /// `individual_values` ("sector": "Individual") or its organisation matches
  /// one of `individual_names` ("Mr *").
  bool has_individual_field = false;
  Field individual_field = Field::status;
  std::vector<std::string> individual_values;
  std::vector<std::string> individual_names;
  Position individual_rule_at;  // for a rule that can never match
  /// Fields left out of every public output, for every row.
  std::map<Field, Sensitivity> fields;
};

/// Reads "personal_data" (if present) from fundpress.json.
void read_personal_data(JsonFields& r, PersonalDataRules* rules);

/// Looks at each line of the register before anything reads it.
class PersonalDataScreen {
 public:
  /// `internal`: keep everything (the warnings are still given).
  PersonalDataScreen(const PersonalDataRules& rules, bool internal, Redactions* redacted,
                     Diagnostics& diagnostics)
      : rules_(rules), internal_(internal), redacted_(redacted), diagnostics_(diagnostics) {}

  /// A register file starts: its columns and name, for the rule that can never match.
  void begin(const ColumnMap& columns, const std::string& file);
  /// `row` as a public output may show it: a person's name replaced by
  /// "Individual recipient" (wherever the row repeats it), their identifiers
  /// and the marked fields emptied, e-mail addresses, UK phone numbers and
  /// postcodes in the other fields replaced by a note; each of those is a
  /// warning at its cell. `*individual` says whether the recipient is a person.
  /// The row returned is `row` itself when nothing is left out, else the
  /// screen's own copy, valid until the next call (its strings are reused).
  const Row& screen(const Row& row, bool* individual);

 private:
  std::string cell(const Row& row, Field field) const;
  bool is_individual(const Row& row) const;

  const PersonalDataRules& rules_;
  bool internal_;
  Redactions* redacted_;
  Diagnostics& diagnostics_;
  ColumnMap columns_;
  std::string file_;
  Row screened_;               // the last row screen changed
  std::vector<bool> scanned_;  // the columns screen has scanned for contact details
};

/// The kind of contact detail that starts at or after `from` in `text`
/// ("an e-mail address", "a UK phone number", "a UK postcode"), with its
/// extent; nullptr when there is none.
const char* find_contact_detail(const std::string& text, std::size_t from, std::size_t* start,
                                std::size_t* end);

}  // namespace fundpress
