// The navigation made once per plan and shared by its pages: each page gets
// its own copy, marked for its own section and linking from its own root.
#include <gtest/gtest.h>

#include "check/check_project.h"
#include "view/page.h"
#include "view/site_plan.h"

namespace fundpress {
namespace {

class NavigationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    ASSERT_EQ(load_project(FUNDPRESS_SOURCE_DIR "/data/leicestershire", &project, diagnostics),
              LoadStatus::ok);
  }
  // The paths of the links marked current.
  static std::vector<std::string> current(const nlohmann::json& context) {
    std::vector<std::string> marked;
    for (const nlohmann::json& link : context["nav"])
      if (link["current"].get<bool>()) marked.push_back(link["path"]);
    return marked;
  }
  Project project;
};

TEST_F(NavigationTest, EachPageMarksOnlyItsOwnSectionAndLinksFromItsOwnRoot) {
  Navigation navigation(project, SitePaths(project));
  nlohmann::json award = page_frame(project, "awards/a1/index.html", "A", {{"Home", ""}});
  navigation.add_to("register", &award);
  nlohmann::json home = page_frame(project, "index.html", "Home", {{"Home", ""}});
  navigation.add_to("home", &home);
  nlohmann::json none = page_frame(project, "a/b/c.html", "C", {{"Home", ""}});
  navigation.add_to("", &none);

  EXPECT_EQ(current(award), std::vector<std::string>{SitePaths::register_page(1)});
  EXPECT_EQ(current(home), std::vector<std::string>{SitePaths::home()});
  EXPECT_TRUE(current(none).empty());
  EXPECT_EQ(award["root"], "../../");
  EXPECT_EQ(award["footer_links"][0]["href"], "../../" + SitePaths::glossary());
  EXPECT_EQ(home["footer_links"][0]["href"], SitePaths::glossary());
  EXPECT_EQ(none["footer_links"][0]["href"], "../../" + SitePaths::glossary());
  // A link to the publisher's own site is not made relative.
  EXPECT_FALSE(project.publisher.website.empty());
  EXPECT_EQ(award["footer_links"].back()["href"], project.publisher.website);
}

TEST_F(NavigationTest, TheSharedLinksAreTheLinksEachPageWouldMakeAlone) {
  Navigation navigation(project, SitePaths(project));
  std::vector<Crumb> crumbs = {{"Home", SitePaths::home()}, {"Register", ""}};
  for (const char* section : {"home", "register", "reports", ""}) {
    nlohmann::json shared = page_frame(project, "register/page/2/index.html", "Register", crumbs);
    navigation.add_to(section, &shared);
    nlohmann::json alone = page_frame(project, "register/page/2/index.html", "Register", crumbs);
    add_navigation(project, SitePaths(project), section, &alone);
    EXPECT_EQ(shared, alone) << section;
  }
}

}  // namespace
}  // namespace fundpress
