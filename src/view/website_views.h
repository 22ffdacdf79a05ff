// The pages of the public website, one builder per kind of page, each in a
// file of its own; plan_website (website_plan.cpp) calls them in order.
#pragma once

#include <string>
#include <vector>

#include "model/project.h"
#include "view/site_plan.h"
#include "view/site_paths.h"

namespace fundpress {

/// A prose page from pages/*.md, converted once (cmark-gfm is not thread-safe,
/// so this runs on the planning thread, before the parallel render).
struct ConvertedPage {
  std::string slug;   // pages/<slug>.md
  std::string title;  // its first heading, or a title made from the slug
  std::string html;   // cmark-gfm's safe HTML, abbreviations marked
};
std::vector<ConvertedPage> convert_prose_pages(const Project& project);  // prose_view.cpp

/// index.html: headline figures, the chart by section, links to everything.
void plan_home(const Project& project, const SitePaths& paths,
               const std::vector<ConvertedPage>& pages, std::vector<PlannedOutput>* plan);  // home_view.cpp
/// register/: every row, paginated, with the data its script filters.
void plan_register(const Project& project, const SitePaths& paths,
                   std::vector<PlannedOutput>* plan);  // register_page.cpp
/// awards/<id>/: one page per award.
void plan_award_pages(const Project& project, const SitePaths& paths,
                      std::vector<PlannedOutput>* plan);  // award_view.cpp
/// sections/, areas/, organisations/, funds/, priorities/, years/.
void plan_listings(const Project& project, const SitePaths& paths,
                   std::vector<PlannedOutput>* plan);  // listing_view.cpp
/// The prose pages, glossary/, accessibility/ and 404.html.
void plan_prose_pages(const Project& project, const SitePaths& paths,
                      const std::vector<ConvertedPage>& pages, std::vector<PlannedOutput>* plan);  // prose_view.cpp

}  // namespace fundpress
