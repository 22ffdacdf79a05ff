// Progress of a long build on stderr: on a terminal, one line rewritten in
// place (each running stage's count, rate and time left) once the build has
// run a second, and cleared when done; elsewhere (a CI log), a plain line
// every ten seconds. Quiet prints nothing. Fast builds print nothing either
// way, so their output stays exactly the diagnostics and the control line.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>

#include "load/meter.h"

namespace fundpress {

class Progress {
 public:
  enum class Mode { terminal, plain, quiet };
  using Clock = std::chrono::steady_clock;
  /// `now` is the clock; tests pass their own.
  Progress(std::ostream& err, Mode mode, std::function<Clock::time_point()> now = Clock::now);
  ~Progress();  // clears a terminal line

  /// Starts a stage ("writing pages and files") of `total` items (0: not yet
  /// known; the stage's meter may add to it). Stages run side by side (the
  /// workbooks are written while the pages are) and each is shown until its
  /// count reaches its total or it is ended. The meter lives as long as this.
  Meter& stage(const std::string& name, std::size_t total);
  /// Stops showing `stage` (one whose total was not known).
  void end(Meter& stage);
  /// Clears the terminal line, before the build's last words.
  void finish();

 private:
  class Stage : public Meter {
   public:
    Stage(Progress& progress, std::string name, std::size_t total, Clock::time_point started)
        : progress_(progress), name_(std::move(name)), total_(total), started_(started) {}
    void advance(std::size_t n) override;
    void expect(std::size_t n) override { total_ += n; }

    Progress& progress_;
    std::string name_;
    std::atomic<std::size_t> total_;
    std::atomic<std::size_t> done_{0};
    Clock::time_point started_;
    bool ended_ = false;
  };
  void tick();
  void report(Clock::time_point now);
  void clear();

  std::ostream& err_;
  Mode mode_;
  std::function<Clock::time_point()> now_;
  std::mutex mutex_;
  std::deque<Stage> stages_;
  Clock::time_point started_, last_;
  bool shown_ = false;  // a terminal line is on screen
};

/// "fundpress: writing pages and files: 1,200 of 5,000 (400/s, about 10 s left)":
/// `done` of `total` (0: unknown) after `seconds` of the stage.
std::string progress_line(const std::string& stage, std::size_t done, std::size_t total,
                          double seconds);

/// Terminal when stderr is one, plain otherwise; quiet when asked.
Progress::Mode progress_mode(bool quiet);

}  // namespace fundpress
