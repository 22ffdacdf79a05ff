#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>

#include "check/check_project.h"
#include "check/workbook_layout.h"
#include "cli/commands.h"
#include "cli/diagnostics_report.h"
#include "cli/interrupt.h"
#include "cli/progress.h"
#include "load/file.h"
#include "model/money_format.h"
#include "publish/output_tree.h"
#include "publish/sitemap.h"
#include "render/fingerprint.h"
#include "render/internal_marking.h"
#include "render/outputs.h"
#include "render/templates.h"
#include "rollup/rollup.h"
#include "rollup/years.h"
#include "view/page.h"

namespace fundpress {
namespace {

// The one date outputs may carry: SOURCE_DATE_EPOCH if set, else the data's
// as_of date, else 1 January 1980 (the ZIP epoch). A SOURCE_DATE_EPOCH that is
// not a time from 1980 to 2100 is refused (false, with `error`), rather than
// dating every file in the year 3,170,843.
bool creation_time(const Project& project, std::time_t* when, std::string* error) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    errno = 0;
    long long value = std::strtoll(epoch, &end, 10);
    const long long earliest = 315532800, latest = 4133980800;  // 1980-01-01, 2101-01-01
    if (end == epoch || *end != '\0' || errno != 0 || value < earliest || value >= latest) {
      *error = "SOURCE_DATE_EPOCH is \"" + std::string(epoch) +
               "\"; it must be whole seconds since 1970 giving a time from 1980 to 2100 "
               "(e.g. 1491004800 for 1 April 2017), or unset";
      return false;
    }
    *when = static_cast<std::time_t>(value);
    return true;
  }
  if (!project.as_of.empty()) {
    std::tm tm{};
    tm.tm_year = project.as_of.year - 1900;
    tm.tm_mon = project.as_of.month - 1;
    tm.tm_mday = project.as_of.day;
    *when = timegm(&tm);
    return true;
  }
  *when = 315532800;
  return true;
}

// The staging folder as the registry's writers see it.
class TreeSink : public OutputSink {
 public:
  explicit TreeSink(OutputTree& tree) : tree_(tree) {}
  bool write(const std::string& path, std::string_view bytes, std::string* error) override {
    return tree_.write(path, bytes, error);
  }
  bool write_stream(const std::string& path, const StreamWriter& write_to,
                    std::string* error) override {
    return tree_.write_stream(path, write_to, error);
  }
  bool write_file(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      std::string* error) override {
    return tree_.write_file(path, write_at, error);
  }
  bool keep(const std::string& path, const std::string& fingerprint) override {
    return tree_.keep(path, fingerprint);
  }
  bool write_fingerprinted(const std::string& path, std::string_view bytes,
                           const std::string& fingerprint, std::string* error) override {
    return tree_.write(path, bytes, error, fingerprint);
  }
  bool write_file_fingerprinted(
      const std::string& path,
      const std::function<bool(const std::string& real_path, std::string* error)>& write_at,
      const std::string& fingerprint, std::string* error) override {
    return tree_.write_file(path, write_at, error, fingerprint);
  }
  bool write_stream_fingerprinted(const std::string& path, const StreamWriter& write_to,
                                  const std::string& fingerprint, std::string* error) override {
    return tree_.write_stream(path, write_to, error, fingerprint);
  }

 private:
  OutputTree& tree_;
};

// Writes plan[from, to). The long-running outputs, plan[from, lane_end), are
// made one at a time, by one thread, while the others start on the rest: a
// workbook holds much of itself in memory as it is written (libxlsxwriter
// keeps a Register of up to `table_rows` rows whole), and two at once were
// the peak of a million-line build.
bool render_all(const std::vector<Output>& plan, std::size_t from, std::size_t lane_end,
                std::size_t to, const WriteInputs& in, const BuildOptions& options,
                OutputTree& tree, Meter& progress, std::string* error) {
  // More threads than cores only add memory: --jobs is capped to the cores.
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned jobs = options.jobs ? std::min(options.jobs, cores) : cores;
  std::atomic<std::size_t> next{lane_end};
  std::atomic<bool> stop{false};
  std::mutex error_mutex;
  TreeSink sink(tree);
  auto fail = [&](const std::string& why) {
    std::lock_guard<std::mutex> lock(error_mutex);
    if (error->empty()) *error = why;
    stop = true;
  };
  auto make = [&](std::size_t i) {
    std::string why;
    bool ok = false;
    try {
      ok = write_output(plan[i], in, options.dump_context, &sink, &why);
      progress.advance();
    } catch (const std::exception& e) {
      why = plan[i].planned.path + ": " + e.what();
    }
    if (!ok) fail(why);
  };
  auto work = [&](bool lane) {
    if (lane)
      for (std::size_t i = from; i < lane_end && !stop; ++i) make(i);
    for (std::size_t i = next++; i < to && !stop; i = next++) make(i);
  };
  std::vector<std::thread> threads;
  try {
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work, false);
  } catch (const std::system_error& e) {
    // The threads already running stop at their next output; none is left unjoined.
    fail(std::string("cannot start a render thread: ") + e.what());
  }
  work(true);
  for (std::thread& t : threads) t.join();
  return error->empty();
}

// Loads and checks the publisher folder and the workbook layout it uses,
// then prints every diagnostic. With `explain`, how each row was read comes
// first, so the problems follow the reading they are about.
LoadStatus load_all(const std::string& project_dir, Project* project, WorkbookLayout* layout,
                    std::ostream& err, Progress& progress, std::ostream* explain = nullptr) {
  Diagnostics diagnostics;
  Explanation explanation;
  Meter& lines = progress.stage("reading the register's lines", 0);
  LoadStatus status =
      load_project(project_dir, project, diagnostics, explain ? &explanation : nullptr, &lines);
  progress.end(lines);
  progress.finish();  // before the diagnostics
  // A page may not take a name the site's own outputs use, nor the sitemap's.
  std::set<std::string> taken = site_names();
  taken.insert("sitemap");
  for (std::size_t i = 1; i < project->languages.size(); ++i)
    taken.insert(project->languages[i].code);  // the folder of its pages
  if (!check_page_names(*project, taken, diagnostics) && status == LoadStatus::ok)
    status = LoadStatus::data_errors;
  if (status != LoadStatus::io_failure &&
      !load_workbook_layout(*project, project_dir, layout, diagnostics))
    status = LoadStatus::data_errors;
  if (explain) {
    for (const RowReading& reading : explanation) *explain << format_reading(reading) << '\n';
    explain->flush();
  }
  print_diagnostics(diagnostics, err);
  return status;
}

}  // namespace

bool resolve_project_dir(std::string* dir, std::string* error) {
  if (!dir->empty()) return true;
  if (is_file("fundpress.json")) {
    *dir = ".";
    return true;
  }
  *error =
      "no publisher folder given, and the current folder holds no fundpress.json: name one "
      "(fundpress build data/leicestershire), or run from inside it";
  return false;
}

int run_check(const std::string& project_dir, bool explain, bool quiet, std::ostream& out,
              std::ostream& err) {
  Project project;
  WorkbookLayout layout;
  Progress progress(err, progress_mode(quiet));
  LoadStatus status =
      load_all(project_dir, &project, &layout, err, progress, explain ? &out : nullptr);
  if (status == LoadStatus::io_failure) return 2;
  if (status == LoadStatus::data_errors) return 1;
  Reconciliation r = reconcile(project, total_of(project, all_awards(project)));
  err << control_line(project, r) << '\n';
  return r.balances() ? 0 : 1;
}

int run_build(const BuildOptions& options, std::ostream& err,
              std::optional<std::string>* base_url) {
  Project project;
  project.internal = options.internal;
  WorkbookLayout layout;
  Progress progress(err, progress_mode(options.quiet));
  LoadStatus status = load_all(options.project_dir, &project, &layout, err, progress);
  if (base_url && !project.publisher.name.empty()) {
    *base_url = project.site.base_url;
  }
  if (status == LoadStatus::io_failure) return 2;
  if (status == LoadStatus::data_errors) {
    err << "fundpress: nothing published; " << options.out_dir << " is unchanged\n";
    return 1;
  }

  // The years rollup, computed once: the reconciliation, the pages and the
  // files written later read the same years' lines and totals.
  auto years = std::make_shared<const YearsRollup>(roll_up_years(project));
  // Each year's report total must add up to the register's total: the
  // published pages and the rows read must agree to the penny.
  Total published;
  for (const YearLines& year : years->lines) {
    published.rows += year.total.rows;
    published.unknown_amounts += year.total.unknown_amounts;
    published.amount += year.total.amount;
  }
  Reconciliation reconciliation = reconcile(project, published);
  if (!reconciliation.balances()) {
    err << "fundpress: error: the figures do not reconcile: "
        << control_line(project, reconciliation) << "\nfundpress: nothing published; "
        << options.out_dir << " is unchanged\n";
    return 1;
  }

  // The 360Giving files account for every published row: a grant, or left out with a reason.
  Downloads downloads = prepare_downloads(project, layout);
  if (!accounts_for(downloads.grants, published)) {
    err << "fundpress: error: the 360Giving grants do not reconcile: "
        << grants_control_line(downloads.grants) << "\nfundpress: nothing published; "
        << options.out_dir << " is unchanged\n";
    return 1;
  }

  Templates templates(project.template_overrides);
  // The rollups, computed once: pages and the files written later read the same ones.
  PlanInputs plan_inputs{project, SitePaths(project), downloads};
  plan_inputs.years = years;
  plan_inputs.area_lines = std::make_shared<const AreaLines>(lines_of_each_area(project));
  plan_inputs.threads = options.jobs;
  complete_plan_inputs(&plan_inputs);
  std::vector<Output> plan = plan_outputs(plan_inputs);
  // Each other language's pages are planned from a copy of the project that
  // says which language it is; the copies outlive the render.
  std::deque<Project> translations;
  for (std::size_t i = 1; i < project.languages.size(); ++i) {
    translations.push_back(in_language(project, i));
    PlanInputs translated{translations.back(), SitePaths(translations.back()), downloads};
    translated.years = plan_inputs.years;
    translated.area_lines = plan_inputs.area_lines;
    translated.digest = plan_inputs.digest;
    translated.awards = plan_inputs.awards;  // a translation's awards are the same
    translated.years_digest = plan_inputs.years_digest;  // and so is its rollup
    translated.threads = plan_inputs.threads;
    std::vector<Output> pages = plan_outputs(translated);
    plan.reserve(plan.size() + pages.size());
    std::move(pages.begin(), pages.end(), std::back_inserter(plan));
  }
  std::string error;
  std::time_t when = 0;
  if (!creation_time(project, &when, &error)) {
    err << "fundpress: error: " << error << "\nfundpress: nothing published; " << options.out_dir
        << " is unchanged\n";
    return 2;
  }
  OutputTree tree;
  InterruptGuard interrupts([&tree] { return tree.abandon(); }, options.out_dir);
  if (project.internal) tree.set_marking(internal_marking);
  if (!tree.open(options.out_dir, &error)) {
    err << "fundpress: error: " << error << '\n';
    return 2;
  }
  // Every output, and the sitemap's files (one per so many pages, and its index).
  tree.expect(plan.size() + plan.size() / SitemapLimits().addresses + 2);
  Meter& outputs = progress.stage("writing pages and files", plan.size());
  // What states the others' sizes is written once they are. Each output is a
  // file of its own, so the order they are written in changes no byte;
  // starting the long ones first, on a lane of their own, keeps every core
  // busy to the end. The plan is ordered in place, by swaps: a copy of it (a
  // stable partition's buffer, or two lists) was a large build's peak.
  auto last = std::partition(plan.begin(), plan.end(),
                             [](const Output& output) { return !output.kind->last; });
  auto lane = std::partition(plan.begin(), last,
                             [](const Output& output) { return output.kind->long_running; });
  std::size_t first_count = static_cast<std::size_t>(last - plan.begin());
  std::size_t lane_count = static_cast<std::size_t>(lane - plan.begin());
  WriteInputs inputs{project,
                     downloads,
                     templates,
                     when,
                     plan_inputs.years,
                     plan_inputs.awards,
                     plan_inputs.site_digest,
                     plan_inputs.years_digest};
  inputs.globals.push_back(page_globals(project));
  for (const Project& translation : translations)
    inputs.globals.push_back(page_globals(translation));
  inputs.workbook_lines = &progress.stage("workbook lines", 0);
  inputs.fingerprint = build_fingerprint(templates.files(), inputs.globals, when,
                                         project.internal ? internal_marking : "");
  bool written =
      render_all(plan, 0, lane_count, first_count, inputs, options, tree, outputs, &error);
  if (written) {
    // Only the downloads' own: a map of every page's would copy the manifest.
    for (const ManifestEntry& file : tree.manifest())
      if (file.path.rfind(SitePaths::downloads_folder(), 0) == 0)
        downloads.file_sizes[file.path] = file.size;
    written = render_all(plan, first_count, first_count, plan.size(), inputs, options, tree,
                         outputs, &error);
  }
  progress.finish();
  // The sitemap lists what was written, so it comes last; it needs the site's address.
  if (written && !project.site.base_url.empty()) {
    std::vector<SitemapLanguage> languages;
    for (std::size_t i = 0; i < project.languages.size(); ++i) {
      auto lang = project.languages[i].strings.find("lang");
      languages.push_back({lang == project.languages[i].strings.end() ? project.languages[i].code
                                                                      : lang->second,
                           language_folder(project, i)});
    }
    for (SitemapFile& file : sitemap_files(tree.manifest(), project.site.base_url, languages)) {
      written = (!project.internal || mark_internal(file.path, file.xml, &file.xml, &error)) &&
                tree.write(file.path, file.xml, &error);
      if (!written) break;
    }
  }
  if (!written || !tree.commit(&error)) {
    tree.abandon();
    err << "fundpress: error: " << error << "\nfundpress: nothing published; " << options.out_dir
        << " is unchanged\n";
    return 2;
  }
  if (project.site.base_url.empty())
    err << "fundpress: note: sitemap.xml is not written and 404.html links from the host's root: "
           "set \"site\": {\"base_url\": ...} in fundpress.json to the address the site is "
           "published at\n";
  // What a rebuild left alone: the publisher's own files, and files whose bytes did not change.
  if (!tree.kept().empty())
    err << "fundpress: note: kept " << grouped(tree.kept().size())
        << (tree.kept().size() == 1 ? " file or folder" : " files and folders") << " in "
        << options.out_dir << " that fundpress did not write (listed as \"kept\" in "
        << manifest_name << ")\n";
  err << control_line(project, reconciliation) << "; " << grants_control_line(downloads.grants)
      << '\n';
  return 0;
}

}  // namespace fundpress
