#include "view/site_plan.h"

namespace fundpress {

nlohmann::json home_context(const Project& project);  // site_plan.cpp

void plan_website(const Project& project, std::vector<PlannedOutput>* plan) {
  plan->push_back({OutputKind::page, "index.html", "site/home.html.mustache", home_context(project)});
  plan->push_back({OutputKind::asset, "assets/site.css", "assets/site.css", nullptr});
}

}  // namespace fundpress
