// The file-system floor of a build: writes the files of a built site again,
// same names and sizes, with nothing computed:
//   fundpress-floor SITE OUT [--jobs J]
// Listing SITE is not timed; the writes are, on J threads (default 2), and
// their wall time and CPU time (user and system, all threads) are printed in
// seconds. A build near the floor spends its time writing. The CPU time is
// mostly the kernel's work of making the files: on C cores a build making the
// same writes cannot take less than CPU / C.
#include <fcntl.h>
#include <ftw.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Entry {
  std::string path;  // relative to the site
  off_t size = 0;
  bool folder = false;
};

std::vector<Entry> entries;
std::size_t root_length = 0;

int visit(const char* path, const struct stat* info, int type, struct FTW*) {
  if (std::string(path).size() <= root_length) return 0;
  if (type == FTW_D) entries.push_back({path + root_length, 0, true});
  else if (type == FTW_F) entries.push_back({path + root_length, info->st_size, false});
  return 0;
}

bool write_files(const std::string& out, const std::vector<const Entry*>& files) {
  std::vector<char> bytes;
  for (const Entry* file : files) {
    bytes.assign(static_cast<std::size_t>(file->size), 'x');
    int fd = open((out + file->path).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return false;
    bool ok = bytes.empty() ||
              write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    if (close(fd) != 0 || !ok) return false;
  }
  return true;
}

// User and system time of the whole process so far, in seconds.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: fundpress-floor SITE OUT [--jobs J]\n");
    return 2;
  }
  std::string site = argv[1], out = argv[2];
  unsigned jobs = 2;
  if (argc == 5 && std::string(argv[3]) == "--jobs")
    jobs = static_cast<unsigned>(std::atoi(argv[4]));
  if (jobs == 0) jobs = 1;
  root_length = site.size();
  if (nftw(site.c_str(), visit, 64, FTW_PHYS) != 0) {
    std::perror(site.c_str());
    return 1;
  }
  // Folders first (nftw lists a folder before what it holds), then the files
  // shared out among the threads.
  auto start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  if (mkdir(out.c_str(), 0755) != 0) {
    std::perror(out.c_str());
    return 1;
  }
  std::vector<std::vector<const Entry*>> shares(jobs);
  std::size_t n = 0;
  for (const Entry& entry : entries) {
    if (!entry.folder) shares[n++ % jobs].push_back(&entry);
    else if (mkdir((out + entry.path).c_str(), 0755) != 0) {
      std::perror((out + entry.path).c_str());
      return 1;
    }
  }
  std::vector<char> ok(jobs, 0);
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < jobs; ++j)
    threads.emplace_back([&, j] { ok[j] = write_files(out, shares[j]); });
  for (std::thread& thread : threads) thread.join();
  for (char each : ok)
    if (!each) {
      std::fprintf(stderr, "fundpress-floor: a write under %s failed\n", out.c_str());
      return 1;
    }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.3f s for %zu files, %.3f s of CPU\n", seconds, n, cpu_seconds() - cpu_start);
  return 0;
}
