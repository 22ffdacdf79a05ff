// What a page is made from, fed into a digest, so that a rebuild can know a
// page unchanged without building its context (render/outputs.cpp). A source
// of contexts (view/site_plan.h) feeds the model values its contexts read;
// the feeders here feed a whole model value, every member, so that no member
// a page may read is left out.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/project.h"
#include "model/workbook_layout.h"
#include "rollup/years.h"

namespace fundpress {

/// Fed, piece by piece (render/fingerprint.h frames each piece, so different
/// sequences never feed the same bytes).
class InputDigest {
 public:
  virtual void add(std::string_view bytes) = 0;
  virtual void add(std::uint64_t number) = 0;

 protected:
  ~InputDigest() = default;
};

/// Feeds every member of `project` but its awards, which pages read one by
/// one (feed_award).
void feed_project(const Project& project, InputDigest& digest);

/// Feeds every member of `award`.
void feed_award(const Award& award, InputDigest& digest);

/// Feeds each award of `awards` (indices into `project.awards`): its index, then feed_award.
void feed_awards(const Project& project, const std::vector<std::size_t>& awards,
                 InputDigest& digest);

/// Feeds every member of `layout`.
void feed_layout(const WorkbookLayout& layout, InputDigest& digest);

/// Feeds every member of `years` (award indices as they are: feed_awards
/// feeds the awards a page shows).
void feed_years(const YearsRollup& years, InputDigest& digest);

}  // namespace fundpress
