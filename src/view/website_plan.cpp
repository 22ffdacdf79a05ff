#include "view/site_plan.h"
#include "view/website_views.h"

namespace fundpress {

void plan_website(const Project& project, std::vector<PlannedOutput>* plan) {
  SitePaths paths(project);
  std::vector<ConvertedPage> pages = convert_prose_pages(project);
  plan_home(project, paths, pages, plan);
  plan_register(project, paths, plan);
  plan_award_pages(project, paths, plan);
  plan_listings(project, paths, plan);
  plan_prose_pages(project, pages, plan);
  for (const char* asset : {"assets/site.css", "assets/register.js"})
    plan->push_back({OutputKind::asset, asset, asset, nullptr});
}

}  // namespace fundpress
