// What a page is made from, fed into a digest, so that a rebuild can know a
// page unchanged without building its context (render/outputs.cpp). A source
// of contexts (view/site_plan.h) feeds the model values its contexts read;
// the feeders here feed a whole model value, every member, so that no member
// a page may read is left out.
#pragma once

#include <cstdint>
#include <string_view>

#include "model/project.h"

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

}  // namespace fundpress
