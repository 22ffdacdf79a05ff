// The output registry: every kind of output fundpress publishes, declared
// once, with the rule its paths follow, the view that plans it and the writer
// that makes it. The build plans, renders and publishes from this one list,
// so adding an output is a row in outputs.cpp, a planner in view/ and a
// writer in render/.
#pragma once

#include <ctime>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/meter.h"
#include "model/project.h"
#include "render/output_stream.h"
#include "render/templates.h"
#include "view/downloads_view.h"
#include "view/site_plan.h"

namespace fundpress {

/// Where outputs go: the publish stage's staging folder (cli/build.cpp adapts
/// it), or a test's map of files. Called from several threads at once.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  /// Publishes `bytes` at `path` inside the site.
  virtual bool write(const std::string& path, std::string_view bytes, std::string* error) = 0;
  /// Publishes the file at `path` as `write_to` writes it, in pieces, into
  /// the stream it is given, so a download that grows with the register is
  /// never held whole. Nothing is published when `write_to` returns false.
  virtual bool write_stream(const std::string& path, const StreamWriter& write_to,
                            std::string* error) = 0;
  /// For a library that writes its file itself (libxlsxwriter): calls
  /// `write_at` with the real path to write to, then publishes that file.
  virtual bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error) = 0;
  /// Keeps the file the previous build published at `path` when it was made
  /// from the same `fingerprint` (render/fingerprint.h) and is still as it was
  /// published; false when it must be made again. A sink with no previous
  /// build keeps nothing.
  virtual bool keep(const std::string& path, const std::string& fingerprint);
  /// write(), recording the fingerprint `bytes` were made from, for keep() in the next build.
  virtual bool write_fingerprinted(const std::string& path, std::string_view bytes,
                                   const std::string& fingerprint, std::string* error);
  /// write_stream(), recording the fingerprint the file was made from.
  virtual bool write_stream_fingerprinted(const std::string& path, const StreamWriter& write_to,
                                          const std::string& fingerprint, std::string* error);
  /// write_file(), recording the fingerprint the file was made from.
  virtual bool write_file_fingerprinted(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      const std::string& fingerprint, std::string* error);
};

struct Output;

/// What the writers read besides the output itself.
struct WriteInputs {
  const Project& project;
  const Downloads& downloads;
  const Templates& templates;
  std::time_t created;  // the one date outputs may carry, so rebuilds are byte-identical
  /// The plan's years rollup (PlanInputs::years), so files read the figures the pages do.
  std::shared_ptr<const YearsRollup> years;
  /// The plan's award digests (PlanInputs::awards) and site digest
  /// (PlanInputs::site_digest), which a workbook's or a download's inputs
  /// start from; without them, such files are made on every build.
  std::shared_ptr<const AwardDigests> awards = nullptr;
  std::string site_digest = {};
  /// The plan's digest of `years` (PlanInputs::years_digest); without it
  /// too, a workbook is made on every build.
  std::string years_digest = {};
  /// What every page of each language reads alike (view/page.h:
  /// page_globals), by index in Project::languages, which the templates
  /// read beside each context.
  std::vector<nlohmann::json> globals = {};
  /// Counts the lines the workbooks write, for a long build's progress (may be null).
  Meter* workbook_lines = nullptr;
  /// What every output shares (build_fingerprint); "" when nothing may be kept by fingerprint.
  std::string fingerprint = {};
};

/// Makes `output` into `sink` from its `context`, which was made on this thread.
using Writer = std::function<bool(const PlannedOutput& output, const nlohmann::json& context,
                                  const WriteInputs& in, OutputSink* sink, std::string* error)>;

/// One row of the registry.
struct OutputKind {
  std::string name;  // "award page"
  /// What its paths look like: "awards/<id>/index.html". A <placeholder>
  /// stands for part of one path segment; <dimension> for a listing's folder
  /// (sections, areas, ...); " | " separates the forms of a kind with several.
  std::string path_rule;
  Planner plan;  // the view that plans its outputs
  Writer write;
  std::string template_path;  // the template its writer renders; "" for other writers
  std::string layout;         // the template that one is rendered inside; "" for none
  /// Written once every other output is, as it states their sizes
  /// (Downloads::file_sizes): the downloads page.
  bool last = false;
  /// Started before the rest of its phase: one output that takes as long as
  /// many thousands of pages (a workbook of a large register), so that it runs
  /// beside the pages on the other cores instead of alone at the end. Such
  /// outputs are made one at a time, as each holds much of itself in memory.
  bool long_running = false;
  /// Its bytes follow from its context, the theme and the interface text
  /// alone (a page, a document, a JSON file), so a rebuild may keep it by
  /// fingerprint without making it again.
  bool from_context = false;
  /// For an output not made from a context (a workbook): feeds `digest`
  /// everything it is made from but the build's shared inputs, so a rebuild
  /// keeps it unchanged without making it; false when it cannot tell. Empty:
  /// made on every build.
  std::function<bool(const Output& output, const WriteInputs& in, InputDigest& digest)> inputs =
      nullptr;

  /// This kind, written after every other.
  OutputKind written_last() &&;
  /// This kind, kept by what `feed` says it is made from (`inputs`).
  OutputKind kept_by(decltype(inputs) feed) &&;

  /// A page of the site: `template_path` rendered inside the site's layout.
  static OutputKind page(std::string name, std::string path_rule, std::string template_path,
                         Planner plan);
  /// `template_path` rendered on its own (Markdown, a script's data).
  static OutputKind document(std::string name, std::string path_rule, std::string template_path,
                             Planner plan);
  /// A file of the theme, published as it is.
  static OutputKind asset(std::string name, std::string path_rule, Planner plan);
  /// The output's context itself, as a JSON file.
  static OutputKind json(std::string name, std::string path_rule, Planner plan);
  /// Bytes made by a writer of render/ from what the build prepared.
  static OutputKind bytes(std::string name, std::string path_rule, Planner plan,
                          std::function<std::string(const WriteInputs& in)> make);
  /// A file that grows with the register, written by a writer of render/ in
  /// pieces into the stream it is given (OutputSink::write_stream).
  static OutputKind stream(
      std::string name, std::string path_rule, Planner plan,
      std::function<bool(const WriteInputs& in, OutputStream& out, std::string* error)> write_to);
  /// A workbook libxlsxwriter writes at the path it is given.
  static OutputKind workbook(std::string name, std::string path_rule, Planner plan,
                             std::function<bool(const WriteInputs& in, FinancialYear year,
                                                const std::string& real_path, std::string* error)>
                                 write_at);
};

/// Every kind of output, in the order the build plans them.
const std::vector<OutputKind>& output_kinds();

/// One output to make, and its kind.
struct Output {
  const OutputKind* kind = nullptr;
  PlannedOutput planned;
};

/// Every output of the project, kind by kind, in the language it is planned
/// in (`project.language`): for a language other than the default, only its
/// pages, in its folder ("cy/").
std::vector<Output> plan_outputs(const PlanInputs& in);

/// Fills what `in` leaves empty of what every planner reads: the years
/// rollup, each area's lines, the digest, the awards' digests and the site's
/// (plan_outputs does so for its own copy).
void complete_plan_inputs(PlanInputs* in);

/// The context `output` is rendered from, as its template sees it: built by
/// its maker, with the prose it carries converted (render/markdown.h), and
/// every list whole (write_output renders long lists from their handles,
/// view/lazy_list.h). Null for an output made from the build's data alone.
nlohmann::json output_context(const Output& output);

/// Makes one output: builds its context, writes the context beside it when
/// `dump_context`, then hands it to its kind's writer. Safe to call from
/// several threads.
bool write_output(const Output& output, const WriteInputs& in, bool dump_context, OutputSink* sink,
                  std::string* error);

/// The names the site's own outputs take at its top ("assets", "index",
/// "sections", ...), from the path rules: a prose page may not take one.
std::set<std::string> site_names();

}  // namespace fundpress
