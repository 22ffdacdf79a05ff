#include "cli/progress.h"

#include <unistd.h>

#include "model/money_format.h"

namespace fundpress {
namespace {

// "writing pages and files: 1,200 of 5,000 (400/s, about 10 s left)"
std::string stage_text(const std::string& stage, std::size_t done, std::size_t total,
                       double seconds) {
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  std::string text = stage + ": " + grouped(done);
  if (total) text += " of " + grouped(total);
  text += " (" + grouped(static_cast<uint64_t>(rate)) + "/s";
  if (total > done && rate > 0)
    text += ", about " +
            grouped(static_cast<uint64_t>(static_cast<double>(total - done) / rate) + 1) +
            " s left";
  return text + ")";
}

}  // namespace

Progress::Mode progress_mode(bool quiet) {
  if (quiet) return Progress::Mode::quiet;
  return ::isatty(STDERR_FILENO) ? Progress::Mode::terminal : Progress::Mode::plain;
}

Progress::Progress(std::ostream& err, Mode mode, std::function<Clock::time_point()> now)
    : err_(err), mode_(mode), now_(std::move(now)), started_(now_()), last_(started_) {}

Progress::~Progress() {
  std::lock_guard<std::mutex> lock(mutex_);
  clear();
}

Meter& Progress::stage(const std::string& name, std::size_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  stages_.emplace_back(*this, name, total, now_());
  return stages_.back();
}

void Progress::end(Meter& stage) {
  std::lock_guard<std::mutex> lock(mutex_);
  static_cast<Stage&>(stage).ended_ = true;
}

void Progress::Stage::advance(std::size_t n) {
  done_ += n;
  progress_.tick();
}

void Progress::tick() {
  if (mode_ == Mode::quiet) return;
  Clock::time_point now = now_();
  auto since = [&](Clock::time_point then) {
    return std::chrono::duration<double>(now - then).count();
  };
  double due = mode_ == Mode::terminal ? 0.2 : 10.0;
  if (since(started_) < 1.0 || since(last_) < due) return;
  std::unique_lock<std::mutex> lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;  // another thread is reporting
  last_ = now;
  report(now);
}

void Progress::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  clear();
}

std::string progress_line(const std::string& stage, std::size_t done, std::size_t total,
                          double seconds) {
  return "fundpress: " + stage_text(stage, done, total, seconds);
}

void Progress::report(Clock::time_point now) {
  std::string line;
  for (const Stage& stage : stages_) {
    std::size_t done = stage.done_, total = stage.total_;
    // Shown while it runs: not before its first item, nor once complete.
    if (stage.ended_ || (!done && !total) || (total && done >= total)) continue;
    double seconds = std::chrono::duration<double>(now - stage.started_).count();
    line = line.empty() ? progress_line(stage.name_, done, total, seconds)
                        : line + "; " + stage_text(stage.name_, done, total, seconds);
  }
  if (line.empty()) return;
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
