#include "cli/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace fundpress {
namespace {

using Clock = Progress::Clock;

// A clock the test moves by hand.
struct FakeClock {
  Clock::time_point now{};
  void wait(double seconds) {
    now += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  }
  std::function<Clock::time_point()> reader() {
    return [this] { return now; };
  }
};

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
      Meter& stage = progress.stage("writing", 100);
      for (int i = 0; i < 100; ++i) stage.advance();
      progress.finish();
    }
    EXPECT_EQ(err.str(), "");
  }
}

// In a log, every running stage on one line every ten seconds: the lines read
// so far, then the pages and the workbooks' lines written side by side.
TEST(Progress, PlainLinesShowEachRunningStage) {
  FakeClock clock;
  std::ostringstream err;
  Progress progress(err, Progress::Mode::plain, clock.reader());
  Meter& lines = progress.stage("reading the register's lines", 0);
  clock.wait(10);
  lines.expect(1000);
  lines.advance(500);
  EXPECT_EQ(err.str(),
            "fundpress: reading the register's lines: 500 of 1,000 (50/s, about 11 s left)\n");
  clock.wait(5);
  lines.advance(500);  // not ten seconds since the last line
  progress.end(lines);
  Meter& pages = progress.stage("writing pages and files", 300);
  Meter& workbook = progress.stage("workbook lines", 0);
  clock.wait(10);
  pages.advance(100);
  EXPECT_EQ(err.str().substr(err.str().find('\n') + 1),
            "fundpress: writing pages and files: 100 of 300 (10/s, about 21 s left)\n");
  workbook.expect(2000);
  workbook.advance(500);
  clock.wait(10);
  pages.advance(200);  // complete: no longer shown
  EXPECT_NE(err.str().find("fundpress: workbook lines: 500 of 2,000 (25/s, about 61 s left)\n"),
            std::string::npos)
      << err.str();
  EXPECT_EQ(err.str().find("300 of 300"), std::string::npos) << err.str();
}

// On a terminal the line is rewritten in place, and cleared at the end.
TEST(Progress, TerminalRewritesOneLine) {
  FakeClock clock;
  std::ostringstream err;
  {
    Progress progress(err, Progress::Mode::terminal, clock.reader());
    Meter& pages = progress.stage("writing pages and files", 10);
    clock.wait(1.5);
    pages.advance(3);
    clock.wait(0.5);
    pages.advance(3);
    progress.finish();
  }
  EXPECT_EQ(err.str(),
            "\r\x1b[Kfundpress: writing pages and files: 3 of 10 (2/s, about 4 s left)"
            "\r\x1b[Kfundpress: writing pages and files: 6 of 10 (3/s, about 2 s left)"
            "\r\x1b[K");
}


}  // namespace
}  // namespace fundpress
