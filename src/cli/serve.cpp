// `fundpress serve`: build, serve the site on 127.0.0.1 at its base_url's
// path, rebuild when an input changes, and show a failed build's diagnostics
// in the terminal and on every page until it is fixed. The build is
// run_build's, so what is previewed is what `build` publishes; a failed build
// leaves the previous site as it was, and it is served again once fixed.
#include <httplib.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <iostream>
#include <mutex>
#include <sstream>
#include <streambuf>
#include <thread>

#include "cli/commands.h"
#include "cli/site_request.h"
#include "cli/watch.h"
#include "load/file.h"

namespace fundpress {
namespace {

// Writes to the terminal and keeps a copy, for the failed-build page.
class TeeBuffer : public std::streambuf {
 public:
  explicit TeeBuffer(std::ostream& to) : to_(to) {}
  std::string text;

 protected:
  int overflow(int c) override {
    if (c == EOF) return 0;
    to_.put(static_cast<char>(c));
    text.push_back(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    to_.write(s, n);
    text.append(s, static_cast<std::size_t>(n));
    return n;
  }
  int sync() override {
    to_.flush();
    return 0;
  }

 private:
  std::ostream& to_;
};

// The build's words without its progress line, which a terminal rewrites in
// place: of each line, what follows the last "clear the line" sequence.
std::string without_progress(const std::string& text) {
  std::string kept;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::string::size_type clear = line.rfind("\x1b[K");
    if (clear != std::string::npos) line = line.substr(clear + 3);
    if (!line.empty()) kept += line + '\n';
  }
  return kept;
}

// What the request threads read; the main thread writes it after each build.
struct ServedState {
  std::mutex mutex;
  std::string base_path = "/";
  bool failed = false;
  std::string diagnostics;
};

bool rebuild(const ServeOptions& options, ServedState* state, std::ostream& err) {
  TeeBuffer tee(err);
  std::ostream both(&tee);
  BuildOptions build;
  build.project_dir = options.project_dir;
  build.out_dir = options.out_dir;
  build.quiet = options.quiet;
  std::optional<std::string> base_url;
  int status = run_build(build, both, &base_url);
  both.flush();
  std::lock_guard<std::mutex> lock(state->mutex);
  if (base_url) state->base_path = base_path_of(*base_url);
  state->failed = status != 0;
  state->diagnostics = state->failed ? without_progress(tee.text) : std::string();
  return !state->failed;
}

std::string real_folder(const std::string& path) {
  char resolved[PATH_MAX];
  return ::realpath(path.c_str(), resolved) ? std::string(resolved) : std::string();
}

void answer(const std::string& out_dir, ServedState* state, const httplib::Request& request,
            httplib::Response* response) {
  std::string base_path, diagnostics;
  bool failed;
  {
    std::lock_guard<std::mutex> lock(state->mutex);
    base_path = state->base_path;
    failed = state->failed;
    diagnostics = state->diagnostics;
  }
  response->set_header("Cache-Control", "no-store");
  // Each request, as a rebuild swaps a new folder in under the same name.
  std::string root = real_folder(out_dir);
  SiteAnswer site = root.empty() ? SiteAnswer{} : answer_request(root, base_path, request.path);
  if (site.kind == SiteAnswer::Kind::forbidden) {
    response->status = 403;
    response->set_content("403: only files of the site are served\n", "text/plain; charset=utf-8");
    return;
  }
  if (site.kind == SiteAnswer::Kind::redirect) {
    response->set_redirect(site.location, 302);
    return;
  }
  bool html = site.kind == SiteAnswer::Kind::not_found || content_type_of(site.file).rfind(
                                                              "text/html", 0) == 0;
  if (failed && html) {
    response->status = 500;
    response->set_content(build_failed_page(diagnostics), "text/html; charset=utf-8");
    return;
  }
  std::string bytes, error;
  if (site.kind == SiteAnswer::Kind::file && read_file(site.file, &bytes, &error)) {
    response->set_content(bytes, content_type_of(site.file).c_str());
    return;
  }
  response->status = 404;
  if (!root.empty() && read_file(root + "/404.html", &bytes, &error))
    response->set_content(bytes, "text/html; charset=utf-8");
  else
    response->set_content("404: not found\n", "text/plain; charset=utf-8");
}

// Waits until the folder has been quiet for a moment, so that one save (an
// editor writes, renames, changes modes) is one rebuild.
void settle(FolderWatch& watch) {
  pollfd quiet{watch.fd(), POLLIN, 0};
  while (::poll(&quiet, 1, 150) > 0) watch.drain();
}

}  // namespace

int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  // Ctrl-C and SIGTERM are read from a descriptor by the main loop; every
  // thread started from here on inherits them blocked.
  sigset_t signals, previous;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, &previous);
  int signal_fd = signalfd(-1, &signals, SFD_CLOEXEC);
  FolderWatch watch;
  std::string error;
  if (signal_fd < 0 || !watch.open(options.project_dir, options.out_dir, &error)) {
    err << "fundpress: error: " << (error.empty() ? system_error("signalfd") : error) << '\n';
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return 2;
  }

  ServedState state;
  rebuild(options, &state, err);
  httplib::Server server;
  server.Get(".*", [&](const httplib::Request& request, httplib::Response& response) {
    answer(options.out_dir, &state, request, &response);
  });
  int port = options.port;
  bool bound = port == 0 ? (port = server.bind_to_any_port("127.0.0.1")) > 0
                         : server.bind_to_port("127.0.0.1", port);
  if (!bound) {
    err << "fundpress: error: cannot listen on 127.0.0.1:" << options.port
        << " (in use? choose another with --port)\n";
    ::close(signal_fd);
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return 2;
  }
  std::thread listener([&server] { server.listen_after_bind(); });
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    out << "fundpress: serving " << options.project_dir << " at http://127.0.0.1:" << port
        << state.base_path << " (Ctrl-C stops)" << std::endl;
  }

  pollfd waiting[2] = {{watch.fd(), POLLIN, 0}, {signal_fd, POLLIN, 0}};
  for (;;) {
    if (::poll(waiting, 2, -1) < 0) continue;  // EINTR
    if (waiting[1].revents) break;
    if (waiting[0].revents && watch.drain()) {
      settle(watch);
      err << "fundpress: an input changed; rebuilding\n";
      if (rebuild(options, &state, err))
        err << "fundpress: rebuilt; serving the new site\n";
      else
        err << "fundpress: the build failed; every page shows why until it is fixed\n";
    }
  }
  signalfd_siginfo which{};
  ssize_t ignored = ::read(signal_fd, &which, sizeof which);
  (void)ignored;
  server.stop();
  listener.join();
  ::close(signal_fd);
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  err << "fundpress: stopped serving (" << (which.ssi_signo == SIGTERM ? "SIGTERM" : "SIGINT")
      << "); " << options.out_dir << " holds the site last built\n";
  return 0;
}

}  // namespace fundpress
