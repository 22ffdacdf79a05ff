// The commands: build and check. Each returns the process exit status:
// 0 success (warnings allowed), 1 the data has errors, 2 usage or I/O failure.
#pragma once

#include <ostream>
#include <string>

namespace fundpress {

struct BuildOptions {
  std::string project_dir;  // empty: the current folder, when it holds fundpress.json
  std::string out_dir = "site";
  bool dump_context = false;  // write each output's view model beside it
  unsigned jobs = 0;          // render threads; 0 = one per core (at most that)
  bool quiet = false;         // no progress on stderr
  /// A finance copy with everything personal data rules leave out of a public
  /// build, marked "Internal: not for publication" on every page and file.
  bool internal = false;
};

/// The folder a command works on: `given`, or else the current folder when it
/// holds fundpress.json. Returns false, with advice in `error`, when neither.
bool resolve_project_dir(std::string* dir, std::string* error);

int run_build(const BuildOptions& options, std::ostream& err);
/// `explain`: print how every row of the register was read to `out`.
int run_check(const std::string& project_dir, bool explain, std::ostream& out, std::ostream& err);

}  // namespace fundpress
