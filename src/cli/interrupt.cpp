#include "cli/interrupt.h"

#include <unistd.h>

#include <cstdlib>

namespace fundpress {

InterruptGuard::InterruptGuard(std::function<bool()> clean_up, std::string out_dir)
    : clean_up_(std::move(clean_up)), out_dir_(std::move(out_dir)) {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
  waiter_ = std::thread([this] { wait(); });
}

InterruptGuard::~InterruptGuard() {
  stopping_ = true;
  pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes the waiter, which sees stopping_
  waiter_.join();
  pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

void InterruptGuard::wait() {
  int signal = 0;
  if (sigwait(&signals_, &signal) != 0 || stopping_) return;
  bool unchanged = clean_up_();
  std::string message = std::string("\nfundpress: interrupted (") +
                        (signal == SIGINT ? "SIGINT" : "SIGTERM") + "); " +
                        (unchanged ? "nothing published; " + out_dir_ + " is unchanged"
                                   : "the new site was already published in " + out_dir_) +
                        "\n";
  ssize_t ignored = ::write(STDERR_FILENO, message.data(), message.size());
  (void)ignored;
  std::_Exit(128 + signal);
}

}  // namespace fundpress
