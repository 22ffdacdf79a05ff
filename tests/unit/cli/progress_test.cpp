#include "cli/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace fundpress {
namespace {

TEST(Progress, SaysCountRateAndTimeLeft) {
  EXPECT_EQ(progress_line("writing pages and files", 1200, 5000, 3.0),
            "fundpress: writing pages and files: 1,200 of 5,000 (400/s, about 10 s left)");
  EXPECT_EQ(progress_line("loading", 50000, 0, 2.0), "fundpress: loading: 50,000 (25,000/s)");
  EXPECT_EQ(progress_line("writing", 10, 10, 1.0), "fundpress: writing: 10 of 10 (10/s)");
}

// A build of under a second prints nothing, so its output stays exactly the
// diagnostics and the control line; quiet prints nothing ever.
TEST(Progress, AFastBuildPrintsNothing) {
  for (Progress::Mode mode :
       {Progress::Mode::terminal, Progress::Mode::plain, Progress::Mode::quiet}) {
    std::ostringstream err;
    {
      Progress progress(err, mode);
      progress.stage("writing", 100);
      for (int i = 0; i < 100; ++i) progress.advance();
      progress.finish();
    }
    EXPECT_EQ(err.str(), "");
  }
}

}  // namespace
}  // namespace fundpress
