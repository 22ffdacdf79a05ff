// The pages of words: the publisher's prose pages (pages/*.md, converted when
// they are rendered, see render/markdown.h), glossary/, accessibility/ and
// 404.html.
#pragma once

#include <vector>

#include "view/site_plan.h"

namespace fundpress {

/// <slug>/index.html for each pages/<slug>.md (but pages/accessibility.md,
/// which is the accessibility statement's body).
void plan_prose_pages(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// glossary/index.html: every term and what it stands for.
void plan_glossary(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// accessibility/index.html: the accessibility statement.
void plan_accessibility(const PlanInputs& in, std::vector<PlannedOutput>* plan);
/// 404.html: the page served for any missing address.
void plan_not_found(const PlanInputs& in, std::vector<PlannedOutput>* plan);

}  // namespace fundpress
