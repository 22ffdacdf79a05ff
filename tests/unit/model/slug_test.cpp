#include "model/slug.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(Slugify, MakesSafeReadableSegments) {
  EXPECT_EQ(slugify("Cross cutting/Partnership"), "cross-cutting-partnership");
  EXPECT_EQ(slugify("Barnardo's (via Leicester City Council)"),
            "barnardos-via-leicester-city-council");
  EXPECT_EQ(slugify("Barnardo’s"), "barnardos");
  EXPECT_EQ(slugify("Café Élan"), "cafe-elan");
  EXPECT_EQ(slugify("C₂ARA"), "c-ara");
  EXPECT_EQ(slugify("../../etc/passwd"), "etc-passwd");
  EXPECT_EQ(slugify("<script>alert(1)</script>"), "script-alert-1-script");
  EXPECT_EQ(slugify("\xE2\x80\xAE"
                    "evil"),
            "evil")
      << "a right-to-left override is dropped";
  EXPECT_EQ(slugify("..."), "item");
  EXPECT_EQ(slugify("", "page"), "page");
  EXPECT_EQ(slugify(std::string(200, 'a')).size(), 80u);
}

}  // namespace
}  // namespace fundpress
