// Ctrl-C and SIGTERM during a build: the staging folder is removed, the
// published site stays as it was, and the user is told so. Signals are taken
// by one waiting thread rather than a handler, so the clean-up may use any
// function, not only async-signal-safe ones.
#pragma once

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace fundpress {

class InterruptGuard {
 public:
  /// From here until destruction, SIGINT and SIGTERM run `clean_up`, print
  /// what became of the site, and end the process with 128 + the signal.
  /// `clean_up` returns true when nothing was published ("nothing published;
  /// <out_dir> is unchanged"), false when the new site was already in place.
  /// Construct it before starting other threads: they inherit the blocked signals.
  InterruptGuard(std::function<bool()> clean_up, std::string out_dir);
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  void wait();

  std::function<bool()> clean_up_;
  std::string out_dir_;
  sigset_t signals_;
  sigset_t previous_;
  std::atomic<bool> stopping_{false};
  std::thread waiter_;
};

}  // namespace fundpress
