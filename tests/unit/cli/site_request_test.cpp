// What `fundpress serve` answers: files of the site only, folders as their
// index.html, the base_url's path, and refusals for anything that climbs out.
#include "cli/site_request.h"

#include <gtest/gtest.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "scratch.h"

namespace fundpress {
namespace {

namespace fs = std::filesystem;

class SiteRequest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = test::scratch_root() + "site-request-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    char resolved[PATH_MAX];
    ASSERT_NE(::realpath(pattern.c_str(), resolved), nullptr);
    scratch_ = resolved;
    root_ = scratch_ + "/site";
    fs::create_directories(root_ + "/register/page/2");
    write(root_ + "/index.html");
    write(root_ + "/register/page/2/index.html");
    write(root_ + "/favicon.ico");
    write(scratch_ + "/secret.txt");
    fs::create_symlink(scratch_ + "/secret.txt", root_ + "/link-out.txt");
    fs::create_symlink(root_ + "/favicon.ico", root_ + "/link-in.ico");
  }
  void TearDown() override { fs::remove_all(scratch_); }
  static void write(const std::string& path) { std::ofstream(path) << "x"; }

  std::string scratch_, root_;
};

TEST(SiteRequestBase, IsThePathOfBaseUrl) {
  EXPECT_EQ(base_path_of("https://x.org/funding/"), "/funding/");
  EXPECT_EQ(base_path_of("https://x.org/a/b"), "/a/b/");
  EXPECT_EQ(base_path_of("https://x.org"), "/");
  EXPECT_EQ(base_path_of(""), "/");
}

TEST_F(SiteRequest, FoldersAreTheirIndex) {
  SiteAnswer answer = answer_request(root_, "/funding/", "/funding/register/page/2/");
  EXPECT_EQ(answer.kind, SiteAnswer::Kind::file);
  EXPECT_EQ(answer.file, root_ + "/register/page/2/index.html");
  answer = answer_request(root_, "/funding/", "/funding/");
  EXPECT_EQ(answer.file, root_ + "/index.html");
  answer = answer_request(root_, "/", "/favicon.ico");
  EXPECT_EQ(answer.file, root_ + "/favicon.ico");
}

TEST_F(SiteRequest, RedirectsToTheBasePathAndToAFoldersSlash) {
  SiteAnswer answer = answer_request(root_, "/funding/", "/");
  EXPECT_EQ(answer.kind, SiteAnswer::Kind::redirect);
  EXPECT_EQ(answer.location, "/funding/");
  answer = answer_request(root_, "/funding/", "/funding");
  EXPECT_EQ(answer.location, "/funding/");
  answer = answer_request(root_, "/funding/", "/funding/register");
  EXPECT_EQ(answer.kind, SiteAnswer::Kind::redirect);
  EXPECT_EQ(answer.location, "/funding/register/");
}

TEST_F(SiteRequest, OutsideTheBasePathOrMissingIsNotFound) {
  EXPECT_EQ(answer_request(root_, "/funding/", "/index.html").kind, SiteAnswer::Kind::not_found);
  EXPECT_EQ(answer_request(root_, "/", "/nothing.html").kind, SiteAnswer::Kind::not_found);
}

// The path arrives percent-decoded ("%2e%2e" is ".."), so one rule covers both.
TEST_F(SiteRequest, RefusesDotSegmentsAndLinksOut) {
  for (const char* path : {"/../secret.txt", "/register/../../secret.txt", "/./index.html",
                           "/..", "/a\\..\\secret.txt", "relative"})
    EXPECT_EQ(answer_request(root_, "/", path).kind, SiteAnswer::Kind::forbidden) << path;
  EXPECT_EQ(answer_request(root_, "/", "/link-out.txt").kind, SiteAnswer::Kind::not_found);
  SiteAnswer inside = answer_request(root_, "/", "/link-in.ico");
  EXPECT_EQ(inside.kind, SiteAnswer::Kind::file);
  EXPECT_EQ(inside.file, root_ + "/favicon.ico");
}

TEST(SiteRequestTypes, ByExtension) {
  EXPECT_EQ(content_type_of("/s/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(content_type_of("/s/assets/site.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_of("/s/favicon.ico"), "image/vnd.microsoft.icon");
  EXPECT_EQ(content_type_of("/s/assets/favicon.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_of("/s/downloads/awards.csv"), "text/csv; charset=utf-8");
  EXPECT_EQ(content_type_of("/s/downloads/fundpress-2017-18.xlsx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(content_type_of("/s/CNAME"), "application/octet-stream");
}

TEST(SiteRequestFailedPage, EscapesTheDiagnostics) {
  std::string page =
      build_failed_page("fundpress.json:3:5: error: \"<script>\" is not a key [config]\n");
  EXPECT_NE(page.find("fundpress.json:3:5: error: &quot;&lt;script&gt;&quot; is not a key"),
            std::string::npos);
  EXPECT_EQ(page.find("<script>"), std::string::npos);
}

}  // namespace
}  // namespace fundpress
