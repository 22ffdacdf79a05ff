// A generated round trip: random printed tables (headings, sub-totals, running
// and grand totals, spacers, repeated headers, percentage rows, notes, units
// in headings and cells, negative figures, one amount column per year, one or
// two name columns) are printed to CSV and to XLSX, read back, and must give exactly the
// generated lines, with every printed total agreeing and nothing reported.
#include <unistd.h>

#include <sys/stat.h>
#include <fstream>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "scratch.h"
#include "xlsx_table.h"

#include "check/check_project.h"
#include "check/total_labels.h"
#include "model/money.h"
#include "model/money_format.h"

namespace fundpress {
namespace {

struct ExpectedAward {
  std::string service, organisation, section;
  int year = 0;
  int64_t pence = 0;
};

// A cell as printed: its text (as a CSV export writes it) and, for a figure,
// the number a workbook holds instead, with its number format.
struct GenCell {
  std::string text;
  std::string number;  // decimal text; empty: the cell is text in a workbook too
  std::string format;
};

// A printed table and what reading it must give.
struct GeneratedTable {
  std::vector<std::vector<GenCell>> rows;  // the header first
  nlohmann::json config;
  std::vector<ExpectedAward> awards;
  std::size_t printed_totals = 0;
  std::string layout;  // what was chosen, for a failure message
};

enum class Unit { pence, pounds, thousands, per_cell };

class TableGenerator {
 public:
  explicit TableGenerator(unsigned seed) : random_(seed) {}

  GeneratedTable generate() {
    GeneratedTable table;
    int years = chance(50) ? 1 + pick(4) : 1;
    bool wide = years > 1 || chance(30);
    int first_year = 2016 + pick(6);
    unit_ = static_cast<Unit>(pick(4));
    bool one_name = chance(40);
    int sections = 1 + pick(3);
    table.layout = "years " + std::to_string(years) + (wide ? " wide" : "") + ", unit " +
                   std::to_string(static_cast<int>(unit_)) + (one_name ? ", one name column" : "") +
                   ", sections " + std::to_string(sections);

    // The lines first, so that the totals and shares printed among them are known.
    struct Line {
      std::string service, organisation;
      int section;
      std::vector<bool> has;
      std::vector<int64_t> pence;
    };
    std::vector<std::vector<Line>> by_section(sections);
    std::vector<std::string> section_names;
    int counter = 0;
    for (int s = 0; s < sections; ++s) {
      section_names.push_back(std::string(section_words[pick(8)]) + " " + std::to_string(s + 1));
      int lines = 1 + pick(6);
      for (int l = 0; l < lines; ++l) {
        Line line;
        ++counter;
        line.service = std::string(service_words[pick(10)]) + " " + std::to_string(counter);
        line.organisation =
            one_name ? line.service
                     : std::string(organisation_words[pick(6)]) + " " + std::to_string(counter);
        line.section = s;
        for (int y = 0; y < years; ++y) {
          bool has = !wide || years == 1 || chance(85);
          line.has.push_back(has);
          line.pence.push_back(has ? amount() : 0);
        }
        if (std::find(line.has.begin(), line.has.end(), true) == line.has.end()) {
          line.has[0] = true;
          line.pence[0] = amount();
        }
        by_section[s].push_back(line);
      }
    }
    std::vector<int64_t> grand(years, 0);
    for (const auto& lines : by_section)
      for (const Line& line : lines)
        for (int y = 0; y < years; ++y) grand[y] += line.pence[y];

    // The header.
    std::vector<std::string> header;
    if (one_name) header.push_back(chance(50) ? "" : "Name");
    else header = {"Service", "Organisation"};
    std::string unit_heading = unit_ == Unit::thousands ? " (£000s)" : chance(50) ? " £" : "";
    for (int y = 0; y < years; ++y)
      header.push_back(wide ? FinancialYear{first_year + y}.label() + unit_heading
                            : "Amount" + unit_heading);
    table.rows.push_back(text_row(header));
    std::size_t names = one_name ? 1 : 2;
    table.config = {{"publisher", {{"name", "Generated PCC"}}}};
    if (!wide) table.config["year"] = FinancialYear{first_year}.label();
    if (one_name && header[0] == "Name")
      table.config["columns"] = {{"service", "Name"}, {"organisation", "Name"}};
    if (one_name && header[0].empty()) table.config["columns"] = {{"organisation", "column 1"}};

    auto row_of = [&](const std::string& label) {
      std::vector<GenCell> row(header.size());
      row[0].text = label;
      return row;
    };
    auto figures = [&](std::vector<GenCell> row, const std::vector<int64_t>& pence,
                       const std::vector<bool>& has) {
      for (int y = 0; y < years; ++y)
        row[names + y] = has[y] ? print(pence[y]) : GenCell{chance(50) ? "-" : "", "", ""};
      return row;
    };
    std::vector<bool> all(years, true);
    std::vector<int64_t> running(years, 0);
    bool header_repeated = false;
    for (int s = 0; s < sections; ++s) {
      table.rows.push_back(row_of(chance(50) ? upper(section_names[s]) : section_names[s]));
      std::vector<int64_t> subtotal(years, 0);
      for (const Line& line : by_section[s]) {
        std::vector<GenCell> row = figures(row_of(line.service), line.pence, line.has);
        if (!one_name) row[1].text = line.organisation;
        table.rows.push_back(row);
        for (int y = 0; y < years; ++y) {
          subtotal[y] += line.pence[y];
          running[y] += line.pence[y];
          if (line.has[y])
            table.awards.push_back(ExpectedAward{line.service, line.organisation, section_names[s],
                                                 first_year + (wide ? y : 0), line.pence[y]});
        }
        if (chance(15)) table.rows.push_back(std::vector<GenCell>(header.size()));
        if (chance(15) && !header_repeated) {
          table.rows.push_back(text_row(header));
          header_repeated = true;
        }
        if (chance(15))
          table.rows.push_back(share_row(header.size(), names, years, line.pence, line.has, grand));
      }
      if (chance(70)) {
        std::string label = chance(50) ? section_names[s] + " sub-total" : "Sub-total";
        table.rows.push_back(figures(row_of(label), subtotal, all));
        table.printed_totals += years;
      }
      if (s + 1 < sections && chance(30)) {
        table.rows.push_back(figures(row_of("Running total"), running, all));
        table.printed_totals += years;
      }
    }
    table.rows.push_back(figures(row_of(chance(50) ? "Grand total" : "Total"), grand, all));
    table.printed_totals += years;
    if (chance(30))
      table.rows.push_back(row_of("Note: the figures are provisional until the outturn."));
    return table;
  }

 private:
  bool chance(int percent) { return static_cast<int>(random_() % 100) < percent; }
  int pick(int n) { return static_cast<int>(random_() % n); }
  static std::vector<GenCell> text_row(const std::vector<std::string>& texts) {
    std::vector<GenCell> row;
    for (const std::string& text : texts) row.push_back(GenCell{text, "", ""});
    return row;
  }
  static std::string thousandths(int64_t n) {
    std::string digits = std::to_string(n);
    return std::string(3 - digits.size(), '0') + digits;
  }
  static std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
  }

  // Amounts as the unit can print them exactly; now and then negative.
  int64_t amount() {
    int64_t sign = chance(10) ? -1 : 1;
    switch (unit_) {
      case Unit::pence: return sign * (1 + static_cast<int64_t>(random_() % 9999999999ULL));
      case Unit::pounds: return sign * 100 * (1 + static_cast<int64_t>(random_() % 99999999));
      case Unit::thousands: return sign * 100000 * (1 + static_cast<int64_t>(random_() % 99999));
      case Unit::per_cell:
        return sign * (chance(50)
                           ? 10000000 * (1 + static_cast<int64_t>(random_() % 999))  // £0.1m steps
                           : 100 * (1 + static_cast<int64_t>(random_() % 9999999)));  // pounds
    }
    return 0;
  }

  GenCell print(int64_t pence) {
    Money money{pence};
    bool brackets = chance(50);
    const char* format = brackets ? "#,##0.00;(#,##0.00)" : "#,##0.00";
    switch (unit_) {
      case Unit::pence:
        return GenCell{format_amount(money, -1, brackets), decimal_text(money), format};
      case Unit::pounds:
        return GenCell{format_amount(money, 0, brackets), std::to_string(pence / 100),
                       brackets ? "#,##0;(#,##0)" : "#,##0"};
      case Unit::thousands:
        return GenCell{format_amount(Money{pence / 1000}, 0, brackets),
                       std::to_string(pence / 100000), "#,##0"};
      case Unit::per_cell: {
        uint64_t size = magnitude(money);
        std::string body;
        if (size % 10000000 == 0 && size >= 100000000) {
          body = std::to_string(size / 100000000);
          if (size % 100000000) body += "." + std::to_string(size % 100000000 / 10000000);
          body = "£" + body + "m";
        } else if (size % 100000 == 0 && chance(50)) {
          body = "£" + grouped(size / 100000) + "k";
        } else {
          body = "£" + grouped(size / 100);
        }
        // "(£60m)" is read with a warning (a pound sign inside brackets): print "-£60m".
        return GenCell{pence < 0 ? "-" + body : body, "", ""};
      }
    }
    return GenCell{};
  }

  // "Share of total": the line above as a percentage of the grand total, to one decimal.
  std::vector<GenCell> share_row(std::size_t width, std::size_t names, int years,
                                 const std::vector<int64_t>& pence, const std::vector<bool>& has,
                                 const std::vector<int64_t>& grand) {
    std::vector<GenCell> row(width);
    row[0].text = "Share of total";
    for (int y = 0; y < years; ++y) {
      if (!has[y] || grand[y] == 0) continue;
      int128 scaled = static_cast<int128>(pence[y]) * 1000;
      bool negative = (scaled < 0) != (grand[y] < 0);
      int128 n = scaled < 0 ? -scaled : scaled, d = grand[y] < 0 ? -grand[y] : grand[y];
      int128 q = n / d;
      if ((n % d) * 2 >= d) ++q;
      int64_t tenths = static_cast<int64_t>(q);
      std::string sign = negative && tenths ? "-" : "";
      row[names + y] =
          GenCell{sign + std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%",
                  sign + std::to_string(tenths / 1000) + "." + thousandths(tenths % 1000), "0.0%"};
    }
    return row;
  }

  static constexpr const char* section_words[8] = {"Victims",     "Prevention", "Partnership",
                                                   "Youth",       "Vulnerable", "Communities",
                                                   "Reoffending", "Safety"};
  static constexpr const char* service_words[10] = {
      "Victim support",   "Youth outreach",     "Street sport", "Night shelter", "Mentoring",
      "Target hardening", "Hate crime service", "Rural watch",  "Road safety",   "Drug diversion"};
  static constexpr const char* organisation_words[6] = {"Catch",         "Pedestrian Limited",
                                                        "Turning Point", "Community Projects",
                                                        "Go-Getta CIC",  "Council"};
  std::mt19937_64 random_;
  Unit unit_ = Unit::pounds;
};

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Reads the register written into `dir` and compares it with `table`.
void expect_read_back(const std::string& dir, const GeneratedTable& table,
                      const std::string& context) {
  Project project;
  Diagnostics diagnostics;
  LoadStatus status = load_project(dir, &project, diagnostics);
  for (const Diagnostic& d : diagnostics.all())
    ADD_FAILURE() << format_diagnostic(d) << "\n" << context;
  ASSERT_EQ(status, LoadStatus::ok) << context;
  ASSERT_EQ(project.awards.size(), table.awards.size()) << context;
  for (std::size_t i = 0; i < table.awards.size(); ++i) {
    const Award& award = project.awards[i];
    const ExpectedAward& expected = table.awards[i];
    EXPECT_EQ(award.service, expected.service) << context;
    EXPECT_EQ(project.organisations[award.organisation].name, expected.organisation) << context;
    EXPECT_EQ(award.year.start, expected.year) << context;
    EXPECT_EQ(award.amount.pence, expected.pence) << context;
    EXPECT_EQ(label_key(project.sections[award.section].name), label_key(expected.section))
        << context;
  }
  ASSERT_EQ(project.printed_totals.size(), table.printed_totals) << context;
  for (const PrintedTotal& total : project.printed_totals)
    EXPECT_EQ(total.agreement, Agreement::exact)
        << total.label << " line " << total.source.line << "\n"
        << context;
}

void remove_folder(const std::string& dir) {
  for (const char* name : {"/awards.csv", "/awards.xlsx", "/fundpress.json"})
    unlink((dir + name).c_str());
  rmdir(dir.c_str());
}

TEST(PrintedRoundTrip, GeneratedTablesReadBackExactlyFromCsv) {
  for (unsigned seed = 1; seed <= 400; ++seed) {
    GeneratedTable table = TableGenerator(seed).generate();
    std::string dir = test::scratch_dir("round-trip-csv");
    std::string csv;
    for (const auto& row : table.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) csv += (i ? "," : "") + csv_field(row[i].text);
      csv += "\r\n";
    }
    write_file(dir + "/awards.csv", csv);
    write_file(dir + "/fundpress.json", table.config.dump(2));
    expect_read_back(dir, table,
                     "seed " + std::to_string(seed) + " (" + table.layout + ")\n" + csv);
    remove_folder(dir);
    if (HasFailure()) return;
  }
}

// The same tables kept in Excel: figures are numbers in number formats,
// percentages numbers shown as "0.0%", units in cells text.
TEST(PrintedRoundTrip, GeneratedTablesReadBackExactlyFromXlsx) {
  for (unsigned seed = 1; seed <= 150; ++seed) {
    GeneratedTable table = TableGenerator(seed).generate();
    std::string dir = test::scratch_dir("round-trip-xlsx");
    test::XlsxTable sheet;
    for (const auto& row : table.rows) {
      std::vector<test::XlsxTableCell> cells;
      for (const GenCell& cell : row)
        cells.push_back(!cell.number.empty() ? test::xlsx_number(cell.number, cell.format)
                        : cell.text.empty()  ? test::XlsxTableCell{}
                                             : test::xlsx_text(cell.text));
      sheet.push_back(cells);
    }
    std::string error;
    ASSERT_TRUE(test::write_xlsx_table(dir + "/awards.xlsx", sheet, &error)) << error;
    write_file(dir + "/fundpress.json", table.config.dump(2));
    expect_read_back(dir, table, "seed " + std::to_string(seed) + " (" + table.layout + ")");
    remove_folder(dir);
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace fundpress
