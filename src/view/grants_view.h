// The register as 360Giving grants (360Giving Data Standard 1.4): which rows
// are grants, why the others are left out, and each grant's fields. The
// 360Giving JSON and CSV writers both read grants through here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/project.h"
#include "rollup/rollup.h"

namespace fundpress {

/// Rows left out of the 360Giving files for one reason.
struct LeftOut {
  std::string reason;  // the key of its words in the strings: "tsg_out_no_recipient"
  Total total;
};

struct GrantsView {
  const Project* project = nullptr;
  /// False when there is nothing to publish: no prefix in fundpress.json, or
  /// no row is a grant (a 360Giving file needs at least one).
  bool published = false;
  std::string not_published_reason;
  std::string funder_id;    // "threesixtygiving.funder_id", else publisher.org_id, else the prefix
  std::string funder_name;  // the publisher's name
  std::vector<std::size_t> grants;         // indices into project->awards, in source order
  Total total;                             // of the grants
  std::vector<LeftOut> left_out;           // only reasons that apply, in a fixed order
  std::vector<std::string> recipient_ids;  // by organisation index
  /// The package members before "grants": version, title, publisher, licence.
  nlohmann::ordered_json package;
};

/// One grant, made when it is written (a large register is never copied).
struct Grant {
  std::string id;  // "360G-leicspcc-2017-18-victim-first"
  std::string title;
  std::string description;
  Money amount;
  std::string award_date;  // YYYY-MM-DD
  std::string start_date;  // planned dates, YYYY-MM-DD or ""
  std::string end_date;
  std::string recipient_id;
  std::string recipient_name;
  std::string charity_number;
  std::string company_number;
  std::string programme;      // the fund, or ""
  std::string location_name;  // the area, or ""
  std::string location_code;  // the area's ONS code, or ""
  std::string location_code_type;  // its 360Giving geoCodeType ("PFA"), or ""
  // What the Specified Information Order asks of a crime and disorder reduction grant.
  std::string purpose;
  std::string conditions;
  std::string reasons;
};

GrantsView grants_view(const Project& project);

/// True when the grants and the rows left out together are exactly the
/// `published` rows and pounds; otherwise the build stops.
bool accounts_for(const GrantsView& view, const Total& published);

/// The grant made from award `index` (one of view.grants).
Grant grant_of(const GrantsView& view, std::size_t index);

/// The award date of `award` (the strings' "dl_tsg_date_rule" says how it is chosen).
Date grant_award_date(const Project& project, const Award& award);

}  // namespace fundpress
