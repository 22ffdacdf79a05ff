// A synthetic national funding register for benchmarks:
//   fundpress-generate DIR [--lines N] [--seed S]
// writes DIR/fundpress.json and DIR/awards.csv: N lines (default 1,000,000)
// over 43 police areas' worth of sections, funds, priorities, areas and
// organisations, ten financial years, deterministic from the seed (same
// arguments -> byte-identical files). Organisations are long-tailed (a few
// receive many awards) and texts have the lengths of real registers.
#include <sys/stat.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int publishers = 43;
constexpr int first_year = 2014;
constexpr int years = 10;

// splitmix64: tiny, fast, and the same on every platform (std::mt19937's
// distributions are not specified bit for bit).
struct Random {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  // Long tail: index 0 is the most frequent, frequency falling steeply.
  std::size_t skewed(std::size_t n) {
    double u = unit();
    return static_cast<std::size_t>(static_cast<double>(n) * u * u * u * u);
  }
};

const char* const syllables[] = {"ash", "bur", "cal", "dor", "elm", "fen", "gar",
                                 "hol", "ing", "ken", "lan", "mar", "nor", "oak",
                                 "pen", "ros", "sal", "tor", "wes", "yar"};
const char* const words[] = {
    "support",   "for",       "victims",     "of",          "domestic",  "abuse",
    "and",       "sexual",    "violence",    "across",      "the",       "county",
    "including", "children",  "young",       "people",      "families",  "outreach",
    "advice",    "training",  "prevention",  "youth",       "diversion", "scheme",
    "community", "safety",    "partnership", "mental",      "health",    "drug",
    "alcohol",   "treatment", "housing",     "refuge",      "helpline",  "independent",
    "advocates", "to",        "reduce",      "reoffending", "in",        "rural",
    "areas",     "with",      "local",       "volunteers",  "services",  "project"};
const char* const org_kinds[] = {"Trust",   "CIC",     "Ltd",         "Foundation", "Association",
                                 "Project", "Council", "Partnership", "Charity",    "Network"};
const char* const sections[] = {"Victims",          "Vulnerable people",
                                "Prevention",       "Reducing reoffending",
                                "Community safety", "Cross cutting/Partnership"};

std::string place(Random& random) {
  std::string name = syllables[random.below(20)];
  name += syllables[random.below(20)];
  if (random.below(3) == 0) name += syllables[random.below(20)];
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

// Distinct names: a numbered suffix where a made-up place repeats.
std::vector<std::string> names(Random& random, std::size_t count, const std::string& suffix) {
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i)
    out.push_back(place(random) + suffix + " " + std::to_string(i + 1));
  return out;
}

std::string sentence(Random& random, std::size_t min_words, std::size_t max_words) {
  std::size_t count = min_words + random.below(max_words - min_words + 1);
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    if (i) text += ' ';
    text += words[random.below(sizeof words / sizeof *words)];
  }
  text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

void json_list(std::FILE* out, const char* key, const std::vector<std::string>& values) {
  std::fprintf(out, "  \"%s\": [", key);
  for (std::size_t i = 0; i < values.size(); ++i)
    std::fprintf(out, "%s{\"name\": \"%s\"}", i ? ", " : "", values[i].c_str());
  std::fprintf(out, "],\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  std::size_t lines = 1000000;
  std::uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--lines" && i + 1 < argc) lines = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (dir.empty() && arg[0] != '-') dir = arg;
    else {
      std::fprintf(stderr, "usage: fundpress-generate DIR [--lines N] [--seed S]\n");
      return 2;
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: fundpress-generate DIR [--lines N] [--seed S]\n");
    return 2;
  }
  mkdir(dir.c_str(), 0777);
  Random random{seed};

  // The catalogue: per police area, a force area containing districts, a few
  // funds and priorities; organisations scale with the lines (about one per
  // twenty), at least a hundred.
  std::vector<std::string> forces = names(random, publishers, " Police Area");
  std::vector<std::vector<std::string>> districts(publishers);
  for (auto& list : districts) list = names(random, 4 + random.below(9), " District");
  std::vector<std::string> funds = names(random, publishers * 3, " Fund");
  std::vector<std::string> priorities = names(random, publishers * 2, " Priority");
  std::size_t org_count = lines / 20 < 100 ? 100 : lines / 20;
  std::vector<std::string> organisations;
  organisations.reserve(org_count);
  for (std::size_t i = 0; i < org_count; ++i)
    organisations.push_back(place(random) + " " + org_kinds[random.below(10)] + " " +
                            std::to_string(i + 1));

  std::FILE* config = std::fopen((dir + "/fundpress.json").c_str(), "w");
  if (!config) {
    std::perror(dir.c_str());
    return 1;
  }
  std::fprintf(config,
               "{\n  \"publisher\": {\"name\": \"National Benchmark Register\", \"short_name\": "
               "\"Benchmark\", "
               "\"org_id\": \"GB-GOR-BENCH1\"},\n"
               "  \"site\": {\"base_url\": \"https://benchmark.example.org/\"},\n"
               "  \"threesixtygiving\": {\"prefix\": \"360G-bench\"},\n"
               "  \"as_of\": \"%d-06-30\",\n  \"measure\": \"awarded\",\n  \"sections\": [",
               first_year + years);
  for (std::size_t i = 0; i < sizeof sections / sizeof *sections; ++i)
    std::fprintf(config, "%s\"%s\"", i ? ", " : "", sections[i]);
  std::fprintf(config, "],\n");
  json_list(config, "funds", funds);
  json_list(config, "priorities", priorities);
  std::fprintf(config, "  \"areas\": [");
  for (int p = 0; p < publishers; ++p) {
    std::fprintf(config, "%s\n    {\"name\": \"%s\", \"contains\": [", p ? "," : "",
                 forces[p].c_str());
    for (std::size_t d = 0; d < districts[p].size(); ++d)
      std::fprintf(config, "%s\"%s\"", d ? ", " : "", districts[p][d].c_str());
    std::fprintf(config, "]}");
  }
  std::fprintf(config, "\n  ]\n}\n");
  std::fclose(config);

  std::FILE* csv = std::fopen((dir + "/awards.csv").c_str(), "w");
  if (!csv) {
    std::perror(dir.c_str());
    return 1;
  }
  std::fputs("id,year,section,service,organisation,description,amount,area,fund,priority,status\n",
             csv);
  for (std::size_t i = 0; i < lines; ++i) {
    int year = first_year + static_cast<int>(random.below(years));
    int publisher = static_cast<int>(random.skewed(publishers));
    const auto& area_list = districts[publisher];
    std::size_t area =
        random.below(area_list.size() + 1);  // the force itself, or one of its districts
    // Amounts: mostly hundreds to tens of thousands, a few large, some with pence.
    double magnitude = 2.0 + 4.0 * random.unit() * random.unit();
    long long pence = static_cast<long long>(std::pow(10.0, magnitude)) * 100;
    if (random.below(4) == 0) pence += static_cast<long long>(random.below(100));
    std::string service = sentence(random, 2, 6);
    std::string description = sentence(random, 6, 40);
    std::fprintf(csv, "N-%07zu,%d/%02d,%s,%s,\"%s\",%s,%lld.%02lld,%s,%s,%s; %s,Awarded\n", i + 1,
                 year, (year + 1) % 100,
                 sections[random.skewed(sizeof sections / sizeof *sections)], service.c_str(),
                 organisations[random.skewed(org_count)].c_str(), description.c_str(), pence / 100,
                 pence % 100, area == 0 ? forces[publisher].c_str() : area_list[area - 1].c_str(),
                 funds[publisher * 3 + random.below(3)].c_str(), priorities[publisher * 2].c_str(),
                 priorities[publisher * 2 + 1].c_str());
  }
  if (std::fclose(csv) != 0) {
    std::perror(dir.c_str());
    return 1;
  }
  return 0;
}
