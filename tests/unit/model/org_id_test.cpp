// org-ids from charity and company numbers, in each register's form.
#include "model/org_id.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(OrgId, CharityNumbersOfEachRegister) {
  EXPECT_EQ(charity_org_id("1164883"), "GB-CHC-1164883");
  EXPECT_EQ(charity_org_id("216401"), "GB-CHC-216401");
  EXPECT_EQ(charity_org_id(" 1164883-2 "), "GB-CHC-1164883");  // a linked charity: its main entry
  EXPECT_EQ(charity_org_id("sc 012345"), "GB-SC-SC012345");
  EXPECT_EQ(charity_org_id("NIC100002"), "GB-NIC-100002");
}

TEST(OrgId, CharityNumbersOutOfFormGiveNone) {
  for (const char* number : {"", "12345", "12345678", "11648A3", "SC12345", "NIC10000X", "-1"})
    EXPECT_EQ(charity_org_id(number), "") << number;
}

TEST(OrgId, CompanyNumbersArePaddedToEight) {
  EXPECT_EQ(company_org_id("9876543"), "GB-COH-09876543");
  EXPECT_EQ(company_org_id("09876543"), "GB-COH-09876543");
  EXPECT_EQ(company_org_id("sc123456"), "GB-COH-SC123456");
  EXPECT_EQ(company_org_id("OC 300001"), "GB-COH-OC300001");
  for (const char* number : {"", "123456789", "S1234567", "SC12345", "AB12345X"})
    EXPECT_EQ(company_org_id(number), "") << number;
}

TEST(OrgId, OwnIdThenCharityThenCompany) {
  Organisation organisation;
  organisation.company_number = "9876543";
  EXPECT_EQ(organisation_org_id(organisation), "GB-COH-09876543");
  organisation.charity_number = "1164883";
  EXPECT_EQ(organisation_org_id(organisation), "GB-CHC-1164883");
  organisation.org_id = "GB-LAE-LEI";
  EXPECT_EQ(organisation_org_id(organisation), "GB-LAE-LEI");
  EXPECT_EQ(organisation_org_id(Organisation{}), "");
}

}  // namespace
}  // namespace fundpress
