#include "view/site_paths.h"

#include <gtest/gtest.h>

namespace fundpress {
namespace {

TEST(SitePaths, NamesThatSlugAlikeGetNumberedSlugs) {
  Project project;
  project.organisations = {{"Catch 22", "", "", ""},
                           {"Catch-22", "", "", ""},
                           {"CATCH 22!", "", "", ""},
                           {"Index", "", "", ""}};
  SitePaths paths(project);
  EXPECT_EQ(paths.item(Dimension::organisation, 0), "organisations/catch-22/index.html");
  EXPECT_EQ(paths.item(Dimension::organisation, 1), "organisations/catch-22-2/index.html");
  EXPECT_EQ(paths.item(Dimension::organisation, 2), "organisations/catch-22-3/index.html");
  EXPECT_EQ(paths.slug(Dimension::organisation, 3), "index-2") << "never the listing's own page";
}

TEST(SitePaths, YearsAndRegisterPages) {
  Project project;
  project.years = {FinancialYear{2017}};
  SitePaths paths(project);
  EXPECT_EQ(paths.item(Dimension::year, 0), "years/2017-18/index.html");
  EXPECT_EQ(SitePaths::register_page(1), "register/index.html");
  EXPECT_EQ(SitePaths::register_page(2), "register/page/2/index.html");
  // A listing's pages after the first, in its own folder, as the register's.
  EXPECT_EQ(paths.item_page(Dimension::year, 0, 1), "years/2017-18/index.html");
  EXPECT_EQ(paths.item_page(Dimension::year, 0, 12), "years/2017-18/page/12/index.html");
}

TEST(SitePaths, FundsAndPrioritiesAreListedOnlyWhenAnAwardHasOne) {
  Project project;
  Fund fund;
  fund.name = "Community Fund";
  project.funds = {fund};
  project.awards.resize(1);
  auto has = [&](Dimension d) {
    for (Dimension listed : listed_dimensions(project))
      if (listed == d) return true;
    return false;
  };
  EXPECT_FALSE(has(Dimension::fund));
  project.awards[0].fund = 0;
  EXPECT_TRUE(has(Dimension::fund));
  EXPECT_FALSE(has(Dimension::priority));
}

}  // namespace
}  // namespace fundpress
