#include "view/site_plan.h"

namespace fundpress {

void plan_downloads(const Project& project, std::vector<PlannedOutput>* plan) {}

}  // namespace fundpress
