#include <gtest/gtest.h>

#include "cli/diagnostics_report.h"
#include "fixture_project.h"

namespace fundpress {
namespace {

TEST(GrantsControlLine, CountsGrantsAndWhatIsLeftOutWithReasons) {
  Project project = load_fixture("every-field-two-years");
  EXPECT_EQ(grants_control_line(grants_view(project)),
            "360Giving: 5 grants \xC2\xA3"
            "30,250.75; 3 left out \xC2\xA3"
            "9,500.00 "
            "(1: proposed budget line; 1: no named recipient; 1: amount not above zero)");
}

TEST(GrantsControlLine, SaysWhyNothingIsPublished) {
  Project project = load_fixture("every-field-two-years");
  project.site.threesixtygiving_prefix.clear();
  EXPECT_EQ(grants_control_line(grants_view(project)),
            "360Giving: not published (fundpress.json gives no \"threesixtygiving\" \"prefix\")");
}

}  // namespace
}  // namespace fundpress
