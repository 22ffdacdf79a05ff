// ONS geography codes and the 360Giving geoCodeType of each.
#include "model/ons_codes.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(OnsCodes, FormIsANationLetterAndEightDigits) {
  EXPECT_TRUE(is_ons_code("E23000021"));
  EXPECT_TRUE(is_ons_code("W06000015"));
  for (const char* code : {"", "E2300002", "E230000211", "X23000021", "e23000021", "E2300002A"})
    EXPECT_FALSE(is_ons_code(code)) << code;
}

TEST(OnsCodes, TypeFromTheEntity) {
  EXPECT_EQ(geo_code_type("E23000021"), "PFA");
  EXPECT_EQ(geo_code_type("E22000150"), "CSP");
  EXPECT_EQ(geo_code_type("E06000017"), "UA");
  EXPECT_EQ(geo_code_type("W06000015"), "UA");
  EXPECT_EQ(geo_code_type("E10000018"), "CTY");
  EXPECT_EQ(geo_code_type("E92000001"), "");  // England: not in the codelist
  EXPECT_EQ(geo_code_type("E23"), "");
}

}  // namespace
}  // namespace fundpress
