#include "view/site_paths.h"

#include "model/slug.h"
#include "model/unique_names.h"
#include "view/format.h"

namespace fundpress {
namespace {

// Slugs in catalogue order; a name whose slug is taken gets "-2", "-3", ...
std::vector<std::string> unique_slugs(const Project& project, Dimension dimension) {
  std::vector<std::string> slugs;
  UniqueNames taken;
  taken.reserve("index");  // never shadow the kind's own index page
  taken.reserve("page");   // nor the pages of that index (index_page)
  for (std::size_t key = 0; key < catalogue_size(project, dimension); ++key) {
    // "2017/18" slugs to "2017-18", the year's form in addresses (view/format.h).
    slugs.push_back(taken.take(
        slugify(name_of(project, dimension, static_cast<int>(key)), names_of(dimension).singular)));
  }
  return slugs;
}

}  // namespace

std::string name_of(const Project& project, Dimension dimension, int key) {
  switch (dimension) {
    case Dimension::section: return project.sections[key].name;
    case Dimension::organisation: return project.organisations[key].name;
    case Dimension::area: return project.areas[key].name;
    case Dimension::fund: return project.funds[key].name;
    case Dimension::priority: return project.priorities[key].name;
    case Dimension::mechanism: return project.mechanisms[key].name;
    case Dimension::year: return project.years[key].label();
  }
  return "";
}

const DimensionNames& names_of(Dimension dimension) {
  static const DimensionNames names[] = {
      {"sections", "Sections", "section", Field::section},
      {"organisations", "Organisations", "organisation", Field::organisation},
      {"areas", "Areas", "area", Field::area},
      {"funds", "Funds", "fund", Field::fund},
      {"priorities", "Priorities", "priority", Field::priority},
      {"mechanisms", "Mechanisms", "mechanism", Field::mechanism},
      {"years", "Years", "year", Field::year},
  };
  switch (dimension) {
    case Dimension::section: return names[0];
    case Dimension::organisation: return names[1];
    case Dimension::area: return names[2];
    case Dimension::fund: return names[3];
    case Dimension::priority: return names[4];
    case Dimension::mechanism: return names[5];
    case Dimension::year: return names[6];
  }
  return names[0];
}

const std::string& title_of(const Project& project, Dimension dimension) {
  switch (dimension) {
    case Dimension::section: return text_of(project, "sections");
    case Dimension::organisation: return text_of(project, "organisations");
    case Dimension::area: return text_of(project, "areas");
    case Dimension::fund: return text_of(project, "funds");
    case Dimension::priority: return text_of(project, "priorities");
    case Dimension::mechanism: return text_of(project, "mechanisms");
    case Dimension::year: return text_of(project, "years");
  }
  return text_of(project, "sections");
}

const std::string& singular_of(const Project& project, Dimension dimension) {
  return text_of(project, std::string("one_") + names_of(dimension).singular);
}

std::vector<Dimension> listed_dimensions(const Project& project) {
  bool funds = false, priorities = false, organisations = false, mechanisms = false;
  for (const Award& award : project.awards) {
    funds |= award.fund >= 0;
    priorities |= !award.priorities.empty();
    organisations |= award.organisation >= 0;
    mechanisms |= award.mechanism_kind >= 0;
  }
  // A budget table with one name column names no recipients to list.
  std::vector<Dimension> listed = {Dimension::section, Dimension::area};
  if (organisations) listed.push_back(Dimension::organisation);
  if (funds) listed.push_back(Dimension::fund);
  if (priorities) listed.push_back(Dimension::priority);
  if (mechanisms) listed.push_back(Dimension::mechanism);
  listed.push_back(Dimension::year);
  return listed;
}

SitePaths::SitePaths(const Project& project) {
  auto shared = std::make_shared<Shared>();
  shared->slugs.resize(std::size(all_dimensions));
  for (Dimension dimension : all_dimensions)
    shared->slugs[static_cast<std::size_t>(dimension)] = unique_slugs(project, dimension);
  shared->listed = listed_dimensions(project);
  shared->primary.assign(project.priorities.size(), false);
  for (const Award& award : project.awards)
    if (!award.priorities.empty()) shared->primary[award.priorities.front()] = true;
  shared_ = std::move(shared);
}

std::string SitePaths::register_page(int page) {
  return page <= 1 ? "register/index.html"
                   : "register/page/" + std::to_string(page) + "/index.html";
}

std::string SitePaths::report(FinancialYear year, const std::string& extension) {
  return "reports/" + year_slug(year) + "/commissioning-budget" + extension;
}

std::string SitePaths::report_part(FinancialYear year, std::size_t part,
                                   const std::string& extension) {
  if (part <= 1) return report(year, extension);
  return "reports/" + year_slug(year) + "/commissioning-budget-part-" + std::to_string(part) +
         extension;
}

std::string SitePaths::workbook(FinancialYear year) {
  return downloads_folder() + "fundpress-" + year_slug(year) + ".xlsx";
}

std::string SitePaths::index(Dimension dimension) const {
  return std::string(names_of(dimension).key) + "/index.html";
}

std::string SitePaths::index_page(Dimension dimension, int page) const {
  if (page <= 1) return index(dimension);
  return std::string(names_of(dimension).key) + "/page/" + std::to_string(page) + "/index.html";
}

std::string SitePaths::item(Dimension dimension, int key) const {
  return std::string(names_of(dimension).key) + "/" + slug(dimension, key) + "/index.html";
}

std::string SitePaths::item_page(Dimension dimension, int key, int page) const {
  if (page <= 1) return item(dimension, key);
  return std::string(names_of(dimension).key) + "/" + slug(dimension, key) + "/page/" +
         std::to_string(page) + "/index.html";
}

const std::string& SitePaths::slug(Dimension dimension, int key) const {
  return shared_->slugs[static_cast<std::size_t>(dimension)].at(static_cast<std::size_t>(key));
}

void SitePaths::feed(InputDigest& digest) const {
  InputFeeder(digest).all(shared_->slugs, shared_->listed, shared_->primary);
}

}  // namespace fundpress
