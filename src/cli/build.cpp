#include <atomic>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <thread>

#include "check/check_project.h"
#include "check/workbook_layout.h"
#include "cli/commands.h"
#include "cli/diagnostics_report.h"
#include "cli/downloads.h"
#include "publish/output_tree.h"
#include "publish/sitemap.h"
#include "render/report_xlsx.h"
#include "render/templates.h"
#include "rollup/rollup.h"
#include "view/site_plan.h"

namespace fundpress {
namespace {

// The one date outputs may carry: SOURCE_DATE_EPOCH if set, else the data's
// as_of date, else 1 January 1980 (the ZIP epoch).
std::time_t creation_time(const Project& project) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long value = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && value > 0) return static_cast<std::time_t>(value);
  }
  if (!project.as_of.empty()) {
    std::tm tm{};
    tm.tm_year = project.as_of.year - 1900;
    tm.tm_mon = project.as_of.month - 1;
    tm.tm_mday = project.as_of.day;
    return timegm(&tm);
  }
  return 315532800;
}

// Renders one planned output into the tree. Returns false with *error.
bool produce(const Project& project, const PlannedOutput& output, const Templates& templates,
             const Downloads& downloads,
             std::time_t created, bool dump_context, OutputTree& tree, std::string* error) {
  // Built here, on the render thread, and freed as soon as it is rendered.
  nlohmann::json context = output.context ? output.context() : nlohmann::json();
  if (dump_context && !context.is_null() &&
      !tree.write(output.path + ".context.json", context.dump(2) + "\n", error))
    return false;
  switch (output.kind) {
    case OutputKind::page:
      if (!tree.write(output.path, templates.render(page_layout, std::move(context), output.template_path), error))
        return false;
      break;
    case OutputKind::document:
      if (!tree.write(output.path, templates.render(output.template_path, std::move(context)), error))
        return false;
      break;
    case OutputKind::asset:
      if (!tree.write(output.path, templates.file(output.template_path), error)) return false;
      break;
    case OutputKind::report_xlsx: {
      std::string real_path;
      if (!tree.reserve(output.path, &real_path, error)) return false;
      if (!write_report_xlsx(project, build_report(project, output.year), real_path, created, error)) {
        *error = output.path + ": " + *error;
        return false;
      }
      if (!tree.finish_reserved(output.path, error)) return false;
      break;
    }
    case OutputKind::json_file:
    case OutputKind::awards_csv:
    case OutputKind::awards_json:
    case OutputKind::grants_json:
    case OutputKind::grants_csv:
    case OutputKind::workbook:
      if (!produce_download(output, context, downloads, created, tree, error)) return false;
      break;
  }
  return true;
}

bool render_all(const Project& project, const std::vector<PlannedOutput>& plan,
                const Templates& templates, const Downloads& downloads, std::time_t created,
                const BuildOptions& options, OutputTree& tree, std::string* error) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::atomic<std::size_t> next{0};
  std::mutex error_mutex;
  auto work = [&] {
    for (std::size_t i = next++; i < plan.size(); i = next++) {
      std::string why;
      bool ok = false;
      try {
        ok = produce(project, plan[i], templates, downloads, created, options.dump_context, tree, &why);
      } catch (const std::exception& e) {
        why = plan[i].path + ": " + e.what();
      }
      if (!ok) {
        std::lock_guard<std::mutex> lock(error_mutex);
        if (error->empty()) *error = why;
        next = plan.size();
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return error->empty();
}

// Loads and checks the publisher folder and the workbook layout it uses,
// then prints every diagnostic.
LoadStatus load_all(const std::string& project_dir, Project* project, WorkbookLayout* layout,
                    std::ostream& err) {
  Diagnostics diagnostics;
  LoadStatus status = load_project(project_dir, project, diagnostics);
  if (status != LoadStatus::io_failure && !load_workbook_layout(*project, project_dir, layout, diagnostics))
    status = LoadStatus::data_errors;
  print_diagnostics(diagnostics, err);
  return status;
}

}  // namespace

int run_check(const std::string& project_dir, std::ostream& err) {
  Project project;
  WorkbookLayout layout;
  LoadStatus status = load_all(project_dir, &project, &layout, err);
  if (status == LoadStatus::io_failure) return 2;
  if (status == LoadStatus::data_errors) return 1;
  Reconciliation r = reconcile(project, total_of(project, all_awards(project)));
  err << control_line(project, r) << '\n';
  return r.balances() ? 0 : 1;
}

int run_build(const BuildOptions& options, std::ostream& err) {
  Project project;
  WorkbookLayout layout;
  LoadStatus status = load_all(options.project_dir, &project, &layout, err);
  if (status == LoadStatus::io_failure) return 2;
  if (status == LoadStatus::data_errors) {
    err << "fundpress: nothing published; " << options.out_dir << " is unchanged\n";
    return 1;
  }

  // Each year's report total must add up to the register's total: the
  // published pages and the rows read must agree to the penny.
  Total published;
  for (FinancialYear year : project.years) {
    Total year_total = total_of(project, awards_in_year(project, year));
    published.rows += year_total.rows;
    published.unknown_amounts += year_total.unknown_amounts;
    published.amount += year_total.amount;
  }
  Reconciliation reconciliation = reconcile(project, published);
  if (!reconciliation.balances()) {
    err << "fundpress: error: the figures do not reconcile: " << control_line(project, reconciliation)
        << "\nfundpress: nothing published; " << options.out_dir << " is unchanged\n";
    return 1;
  }

  // The 360Giving files account for every published row: a grant, or left out with a reason.
  Downloads downloads = prepare_downloads(project, layout);
  if (!accounts_for(downloads.grants, published)) {
    err << "fundpress: error: the 360Giving grants do not reconcile: " << grants_control_line(downloads.grants)
        << "\nfundpress: nothing published; " << options.out_dir << " is unchanged\n";
    return 1;
  }

  Templates templates(project.template_overrides);
  std::vector<PlannedOutput> plan = plan_site(project, downloads);
  OutputTree tree;
  std::string error;
  if (!tree.open(options.out_dir, &error)) {
    err << "fundpress: error: " << error << '\n';
    return 2;
  }
  bool written = render_all(project, plan, templates, downloads, creation_time(project), options,
                            tree, &error);
  // The sitemap lists what was written, so it comes last; it needs the site's address.
  if (written && !project.site.base_url.empty())
    written = tree.write("sitemap.xml", sitemap_xml(tree.manifest(), project.site.base_url), &error);
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
  err << control_line(project, reconciliation) << "; " << grants_control_line(downloads.grants) << '\n';
  return 0;
}

}  // namespace fundpress
