// The commands: build, check and serve. Each returns the process exit status:
// 0 success (warnings allowed), 1 the data has errors, 2 usage or I/O failure.
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace fundpress {

struct BuildOptions {
  std::string project_dir;  // empty: the current folder, when it holds fundpress.json
  std::string out_dir = "site";
  bool dump_context = false;  // write each output's view model beside it
  unsigned jobs = 0;          // threads that plan and render; 0 = one per core (at most that)
  bool quiet = false;         // no progress on stderr
  /// A finance copy with everything personal data rules leave out of a public
  /// build, marked "Internal: not for publication" on every page and file.
  bool internal = false;
};

/// The folder a command works on: `given`, or else the current folder when it
/// holds fundpress.json. Returns false, with advice in `error`, when neither.
bool resolve_project_dir(std::string* dir, std::string* error);

/// `base_url`, when given, is set to the site's base_url ("" when none) once
/// fundpress.json has been read (it names the publisher), so `serve` keeps the
/// path it serves at while the settings are broken.
int run_build(const BuildOptions& options, std::ostream& err,
              std::optional<std::string>* base_url = nullptr);
/// `explain`: print how every row of the register was read to `out`;
/// `quiet`: no progress line while a large register is read.
int run_check(const std::string& project_dir, bool explain, bool quiet, std::ostream& out,
              std::ostream& err);

struct InitOptions {
  std::string register_path;  // a finance export: .csv, .json or .xlsx
  std::string out_dir;        // empty: a folder named after the register, beside the current one
  std::string publisher = "Police and Crime Commissioner";
};

/// Writes a publisher folder from a register: its copy and a commented
/// fundpress.json. Never overwrites a fundpress.json (exit status 2).
int run_init(const InitOptions& options, std::ostream& err);

struct ServeOptions {
  std::string project_dir;  // empty: the current folder, when it holds fundpress.json
  std::string out_dir = "site";
  int port = 8000;  // 0: any free port (the "serving at" line says which)
  bool quiet = false;
};

/// Builds, serves the site on 127.0.0.1 and rebuilds on every change until
/// SIGINT or SIGTERM; prints "fundpress: serving ... at http://..." on `out`
/// once it listens. Returns 0 when stopped, 2 when it cannot listen or watch.
int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace fundpress
