// Throughput and memory of the heavy stages on a synthetic register:
//   fundpress-bench [ROWS] [--keep]
// generates ROWS budget lines (default 1,000,000) in a scratch publisher
// folder, then times load + check, the rollups, and the XLSX writes (the
// report's appendix, the annual workbook, and the annual workbook's Register
// sheet alone), printing rows per second and the process's peak resident
// memory after each stage. With --keep it leaves the folder, and in it
// register.csv: the Register's rows as the sheet shows them, which
// bench/register_xlsxwriter.py writes as the same sheet for bench/compare.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "check/check_project.h"
#include "check/workbook_layout.h"
#include "render/csv_writer.h"
#include "render/report_xlsx.h"
#include "render/workbook.h"
#include "rollup/rollup.h"
#include "rollup/year_lines.h"
#include "view/field_values.h"
#include "view/report_view.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peak_memory_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void report(const char* stage, std::size_t rows, double seconds) {
  std::printf("%-22s %9.2f s %12.0f rows/s   peak memory %6ld MiB\n", stage, seconds,
              seconds > 0 ? rows / seconds : 0.0, peak_memory_mib());
}

// A register shaped like a real one: four sections, a few hundred
// organisations, a dozen areas, amounts with and without pence, some quoted
// fields with commas.
void generate(const std::string& dir, std::size_t rows) {
  std::ofstream config(dir + "/fundpress.json");
  config << R"({"publisher": {"name": "Benchmark PCC"}, "as_of": "2017-04-01", "year": "2017/18",
  "sections": ["Victims", "Vulnerable", "Prevention", "Cross cutting/Partnership"]})";
  std::ofstream csv(dir + "/awards.csv");
  csv << "section,service,organisation,description,amount,area\n";
  const char* sections[] = {"Victims", "Vulnerable", "Prevention", "Cross cutting/Partnership"};
  unsigned seed = 12345;
  for (std::size_t i = 0; i < rows; ++i) {
    seed = seed * 1103515245u + 12345u;
    unsigned pounds = seed % 500000;
    unsigned pence = (seed >> 8) % 4 == 0 ? (seed >> 12) % 100 : 0;
    char amount[32];
    if (pence)
      std::snprintf(amount, sizeof amount, "\"%u,%03u.%02u\"", pounds / 1000, pounds % 1000, pence);
    else std::snprintf(amount, sizeof amount, "%u", pounds);
    csv << sections[i % 4] << ",Service " << i << ",\"Organisation " << (seed >> 4) % 400
        << ", Ltd\",Support for victims and witnesses of crime in the area," << amount << ",Area "
        << (seed >> 16) % 12 << '\n';
  }
}

// The Register's rows as its sheet shows them: the headings, then each row's
// values (an amount in pounds), for python3-xlsxwriter to write the same sheet.
void write_register_csv(const fundpress::WorkbookView& view, const std::string& path) {
  std::string out;
  fundpress::CsvWriter csv(&out);
  for (const fundpress::WorkbookColumn& column : view.columns) csv.plain(column.heading);
  csv.end_row();
  std::ofstream file(path, std::ios::binary);
  for (std::size_t row : view.rows) {
    for (const fundpress::WorkbookColumn& column : view.columns)
      csv.plain(
          fundpress::field_value(*view.project, view.project->awards[row], column.field).text);
    csv.end_row();
    if (out.size() > (1 << 20)) {
      file << out;
      out.clear();
    }
  }
  file << out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t rows = 1000000;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--keep") keep = true;
    else rows = std::strtoull(argv[i], nullptr, 10);
  }
  char templ[] = "/tmp/fundpress-bench-XXXXXX";
  std::string dir = mkdtemp(templ);
  std::printf("fundpress-bench: %zu rows in %s\n", rows, dir.c_str());
  generate(dir, rows);

  auto start = Clock::now();
  fundpress::Project project;
  fundpress::Diagnostics diagnostics;
  if (fundpress::load_project(dir, &project, diagnostics) != fundpress::LoadStatus::ok) {
    std::fprintf(stderr, "load failed: %zu errors\n", diagnostics.error_count());
    return 1;
  }
  report("load + check", rows, seconds_since(start));

  start = Clock::now();
  std::vector<std::size_t> all = fundpress::all_awards(project);
  std::size_t groups = 0;
  for (auto dimension : {fundpress::Dimension::section, fundpress::Dimension::organisation,
                         fundpress::Dimension::area, fundpress::Dimension::year})
    groups += fundpress::group_by(project, all, dimension).size();
  fundpress::Total total = fundpress::total_of(project, all);
  fundpress::LinesByYear years = fundpress::lines_of_each_year(project);
  report("rollups", rows, seconds_since(start));
  std::printf("  %zu groups, total %lld pence\n", groups,
              static_cast<long long>(total.amount.pence));

  start = Clock::now();
  fundpress::ReportView view = fundpress::build_report(project, years[0]);
  report("report view", rows, seconds_since(start));

  start = Clock::now();
  std::string error;
  std::string path = dir + "/commissioning-budget.xlsx";
  if (!fundpress::write_report_xlsx(project, view, years[0], path, 1491004800, &error)) {
    std::fprintf(stderr, "xlsx failed: %s\n", error.c_str());
    return 1;
  }
  report("report XLSX write", rows, seconds_since(start));

  start = Clock::now();
  fundpress::WorkbookLayout layout;
  if (!fundpress::load_workbook_layout(project, dir, &layout, diagnostics)) {
    std::fprintf(stderr, "the built-in workbook layout does not load\n");
    return 1;
  }
  fundpress::WorkbookView workbook =
      fundpress::workbook_view(project, years[0], layout, fundpress::xlsx_max_rows,
                               nullptr);  // the first year: no changes
  if (!fundpress::write_workbook(workbook, dir + "/fundpress-2017-18.xlsx", 1491004800, &error)) {
    std::fprintf(stderr, "workbook failed: %s\n", error.c_str());
    return 1;
  }
  report("annual workbook write", rows, seconds_since(start));

  // The Register alone, as the build writes it (the same writer and limits),
  // to set beside another tool writing just that sheet.
  workbook.sheets.erase(std::remove_if(workbook.sheets.begin(), workbook.sheets.end(),
                                       [](const fundpress::WorkbookSheet& sheet) {
                                         return sheet.type != fundpress::SheetType::register_rows;
                                       }),
                        workbook.sheets.end());
  workbook.has_changes = false;
  start = Clock::now();
  if (!fundpress::write_workbook(workbook, dir + "/register.xlsx", 1491004800, &error)) {
    std::fprintf(stderr, "register failed: %s\n", error.c_str());
    return 1;
  }
  report("Register sheet write", rows, seconds_since(start));
  if (keep) write_register_csv(workbook, dir + "/register.csv");

  if (!keep) std::system(("rm -rf '" + dir + "'").c_str());
  return 0;
}
