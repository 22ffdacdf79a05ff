#include "view/site_plan.h"
#include "view/website_views.h"

namespace fundpress {

void plan_website(const Project& project, const SitePaths& paths, std::vector<PlannedOutput>* plan) {
  std::vector<ConvertedPage> pages = convert_prose_pages(project);
  plan_home(project, paths, pages, plan);
  plan_register(project, paths, plan);
  plan_award_pages(project, paths, plan);
  plan_listings(project, paths, plan);
  plan_prose_pages(project, paths, pages, plan);
  for (const char* asset : {"assets/site.css", "assets/register.js"})
    plan->push_back({OutputKind::asset, asset, asset, nullptr});
}

}  // namespace fundpress
