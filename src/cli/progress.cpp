#include "cli/progress.h"

#include <unistd.h>

#include "model/money_format.h"

namespace fundpress {

Progress::Mode progress_mode(bool quiet) {
  if (quiet) return Progress::Mode::quiet;
  return ::isatty(STDERR_FILENO) ? Progress::Mode::terminal : Progress::Mode::plain;
}

Progress::Progress(std::ostream& err, Mode mode)
    : err_(err), mode_(mode), started_(Clock::now()), stage_started_(started_), last_(started_) {}

Progress::~Progress() {
  std::lock_guard<std::mutex> lock(mutex_);
  clear();
}

void Progress::stage(const std::string& name, std::size_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  stage_ = name;
  total_ = total;
  done_ = 0;
  stage_started_ = Clock::now();
}

void Progress::advance(std::size_t n) {
  done_ += n;
  if (mode_ == Mode::quiet) return;
  Clock::time_point now = Clock::now();
  auto since = [&](Clock::time_point then) {
    return std::chrono::duration<double>(now - then).count();
  };
  double due = mode_ == Mode::terminal ? 0.2 : 10.0;
  if (since(started_) < 1.0 || since(last_) < due) return;
  std::unique_lock<std::mutex> lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is reporting
  last_ = now;
  report();
}

void Progress::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  clear();
}

std::string progress_line(const std::string& stage, std::size_t done, std::size_t total,
                          double seconds) {
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  std::string line = "fundpress: " + stage + ": " + grouped(done);
  if (total) line += " of " + grouped(total);
  line += " (" + grouped(static_cast<uint64_t>(rate)) + "/s";
  if (total > done && rate > 0)
    line += ", about " +
            grouped(static_cast<uint64_t>(static_cast<double>(total - done) / rate) + 1) +
            " s left";
  return line + ")";
}

void Progress::report() {
  double seconds = std::chrono::duration<double>(Clock::now() - stage_started_).count();
  std::string line = progress_line(stage_, done_, total_, seconds);
  if (mode_ == Mode::terminal) {
    err_ << "\r\x1b[K" << line << std::flush;  // rewrite the line in place
    shown_ = true;
  } else {
    err_ << line << '\n' << std::flush;
  }
}

void Progress::clear() {
  if (shown_) err_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

}  // namespace fundpress
