// Writes the annual workbook of a synthetic register of any size, so the
// client tests can check what only a large register exercises: constant-memory
// mode without a table, and continuation sheets "Register (2)", ... The full
// pipeline cannot build such a register yet (the report pages render every
// line), so this drives view and render directly.
//
//   fundpress_large_register ROWS OUT.xlsx [SHEET_ROWS]
//
// Prints what the workbook must hold as JSON on stdout (exact totals in
// pence), and how long the write took on stderr: the benchmark of the writer.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "check/workbook_layout.h"
#include "render/workbook.h"
#include "rollup/rollup.h"
#include "rollup/year_lines.h"
#include "view/workbook_view.h"

namespace fundpress {
namespace {

// Names of letters only ("Organisation Bcd"), so SUMIFS criteria can match them.
std::string letters(std::size_t n) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  } while (n);
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

Project synthetic(std::size_t rows) {
  Project project;
  project.publisher.name = "Police and Crime Commissioner for Largeshire";
  project.source_files = {"synthetic.csv"};
  project.years = {FinancialYear{2017}};
  project.wording.report_title = "Commissioning budget";
  project.wording.grand_total_label = "Grand total";
  for (const char* name : {"Victims", "Prevention", "Partnership"}) {
    Section section;
    section.name = section.heading = name;
    section.subtotal_label = std::string(name) + " sub-total";
    project.sections.push_back(section);
  }
  for (const char* name : {"North", "South", "East"}) project.areas.push_back(Area{name, "", {}});
  for (const char* name : {"Safer streets", "Victim care"})
    project.priorities.push_back(Priority{name, "", "", -1, {}});
  for (std::size_t i = 0; i < 500; ++i) {
    Organisation organisation;
    organisation.name = "Organisation " + letters(i);
    project.organisations.push_back(organisation);
  }
  project.awards.reserve(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    Award award;
    award.id = "line-" + std::to_string(i + 1);
    award.year = FinancialYear{2017};
    award.section = static_cast<int>(i % 3);
    award.organisation = static_cast<int>((i * 7) % 500);
    award.area = i % 10 == 9 ? -1 : static_cast<int>(i % 3);  // some lines have no area
    if (i % 4 != 3) award.priorities.push_back(static_cast<int>(i % 2));
    if (i % 5 == 0) award.priorities.push_back(static_cast<int>((i + 1) % 2));
    award.service = "Service " + letters(i % 2000);
    award.amount = Money{static_cast<int64_t>((i * 7919) % 1000000) + 1};
    award.source = SourceRef{0, static_cast<int>(i + 2)};
    project.awards.push_back(award);
  }
  return project;
}

nlohmann::json expected(const Project& project, const WorkbookView& view) {
  nlohmann::json sections = nlohmann::json::object();
  for (const Group& group : group_by(project, view.rows, Dimension::section))
    sections[project.sections[group.key].name] = {{"pence", group.total.amount.pence},
                                                  {"rows", group.total.rows}};
  return {{"rows", view.total.rows}, {"pence", view.total.amount.pence}, {"sections", sections}};
}

}  // namespace
}  // namespace fundpress

int main(int argc, char** argv) {
  using namespace fundpress;
  if (argc < 3) {
    std::cerr << "usage: fundpress_large_register ROWS OUT.xlsx [SHEET_ROWS]\n";
    return 2;
  }
  std::size_t rows = std::strtoull(argv[1], nullptr, 10);
  WorkbookLimits limits;
  if (argc > 3) limits.sheet_rows = static_cast<lxw_row_t>(std::strtoul(argv[3], nullptr, 10));

  Project project = synthetic(rows);
  WorkbookLayout layout;
  Diagnostics diagnostics;
  if (!load_workbook_layout(project, "", &layout, diagnostics)) {
    std::cerr << "the built-in layout does not check\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  // Every synthetic row is in 2017/18, the project's one year.
  WorkbookView view = workbook_view(project, lines_of_each_year(project).front(), layout,
                                    limits.sheet_rows, nullptr);
  std::string error;
  if (!write_workbook(view, argv[2], 315532800, &error, limits)) {
    std::cerr << error << '\n';
    return 1;
  }
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::cerr << "wrote the workbook of " << rows << " rows in " << took.count() << " s\n";
  std::cout << expected(project, view).dump() << '\n';
  return 0;
}
