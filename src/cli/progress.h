// Progress of a long build on stderr: on a terminal, one line rewritten in
// place (stage, count, rate, time left) once the build has run a second, and
// cleared when done; elsewhere (a CI log), a plain line every ten seconds.
// Quiet prints nothing. Fast builds print nothing either way, so their output
// stays exactly the diagnostics and the control line.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

namespace fundpress {

class Progress {
 public:
  enum class Mode { terminal, plain, quiet };
  Progress(std::ostream& err, Mode mode);
  ~Progress();  // clears a terminal line

  /// Starts a stage: "writing outputs", of `total` items (0: unknown).
  void stage(const std::string& name, std::size_t total);
  /// Counts `n` more items done; safe from any thread, cheap when not due.
  void advance(std::size_t n = 1);
  /// Clears the terminal line, before the build's last words.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void report();
  void clear();

  std::ostream& err_;
  Mode mode_;
  std::mutex mutex_;
  std::string stage_;
  std::size_t total_ = 0;
  std::atomic<std::size_t> done_{0};
  Clock::time_point started_, stage_started_, last_;
  bool shown_ = false;  // a terminal line is on screen
};

/// "fundpress: writing pages and files: 1,200 of 5,000 (400/s, about 10 s left)":
/// `done` of `total` (0: unknown) after `seconds` of the stage.
std::string progress_line(const std::string& stage, std::size_t done, std::size_t total,
                          double seconds);

/// Terminal when stderr is one, plain otherwise; quiet when asked.
Progress::Mode progress_mode(bool quiet);

}  // namespace fundpress
