#include "view/site_plan.h"

#include <memory>
#include <utility>

#include "view/json_object.h"
#include "view/page.h"

namespace fundpress {

ContextMaker ready(nlohmann::json context) {
  auto shared = std::make_shared<const nlohmann::json>(std::move(context));
  return [shared] { return *shared; };
}

bool ContextSource::inputs(std::uint32_t, InputDigest&) const { return false; }

namespace {

// The source of one output made by its own maker.
class MakerSource : public ContextSource {
 public:
  explicit MakerSource(ContextMaker make) : make_(std::move(make)) {}
  nlohmann::json context(std::uint32_t) const override { return make_(); }

 private:
  ContextMaker make_;
};

}  // namespace

PlannedOutput PlannedOutput::from_context(std::string path, ContextMaker context) {
  return from_source(std::move(path), std::make_shared<const MakerSource>(std::move(context)), 0);
}

PlannedOutput PlannedOutput::from_source(std::string path,
                                         std::shared_ptr<const ContextSource> source,
                                         std::uint32_t item) {
  PlannedOutput output;
  output.path = std::move(path);
  output.source = std::move(source);
  output.item = item;
  return output;
}

PlannedOutput PlannedOutput::from_data(std::string path) {
  PlannedOutput output;
  output.path = std::move(path);
  return output;
}

PlannedOutput PlannedOutput::of_year(std::string path, FinancialYear year) {
  PlannedOutput output;
  output.path = std::move(path);
  output.year = year;
  return output;
}

PlannedOutput PlannedOutput::with_prose(ProseText text) && {
  prose = std::make_shared<const ProseText>(std::move(text));
  return std::move(*this);
}

void plan_assets(const PlanInputs&, std::vector<PlannedOutput>* plan) {
  for (const char* name : {"site.css", "site.js", "search.js", "register.js", "favicon.svg"})
    plan->push_back(PlannedOutput::from_data(SitePaths::asset(name)));
}

void plan_favicon(const PlanInputs& in, std::vector<PlannedOutput>* plan) {
  // An icon cannot carry the marking every file of an internal copy must;
  // its pages link the marked SVG.
  if (in.project.internal) return;
  plan->push_back(PlannedOutput::from_data(SitePaths::favicon_ico()));
}

void add_navigation(const Project& project, const SitePaths& paths,
                    const std::string& current_section, nlohmann::json* context) {
  auto link = [&](const std::string& key, const std::string& label, const std::string& path) {
    return JsonObject()
        .add("current", current_section == key)
        .add("label", label)
        .add("path", path)
        .take();
  };
  nlohmann::json nav = nlohmann::json::array();
  nav.push_back(link("home", text_of(project, "nav_home"), SitePaths::home()));
  nav.push_back(link("register", text_of(project, "nav_register"), SitePaths::register_page(1)));
  for (Dimension dimension : paths.listed()) {
    const DimensionNames& names = names_of(dimension);
    nav.push_back(link(names.key, title_of(project, dimension), paths.index(dimension)));
  }
  nav.push_back(link("reports", text_of(project, "reports"), SitePaths::reports_index()));
  nav.push_back(link("downloads", text_of(project, "downloads"), SitePaths::downloads_index()));
  nav.push_back(link("glossary", text_of(project, "glossary"), SitePaths::glossary()));
  nav.push_back(
      link("accessibility", text_of(project, "nav_accessibility"), SitePaths::accessibility()));
  (*context)["nav"] = std::move(nav);

  // The footer repeats the pages a reader looks for last: what the words
  // mean, how to report a problem, the data itself, and the licence.
  std::string root = context->value("root", "");
  auto footer = [&](const std::string& label, const std::string& href) {
    return JsonObject().add("href", href).add("label", label).take();
  };
  nlohmann::json links = nlohmann::json::array();
  links.push_back(footer(text_of(project, "glossary"), root + SitePaths::glossary()));
  links.push_back(footer(text_of(project, "a11y_heading"), root + SitePaths::accessibility()));
  links.push_back(
      footer(text_of(project, "open_data_downloads"), root + SitePaths::downloads_index()));
  if (!project.publisher.website.empty())
    links.push_back(
        footer(say(project, "publisher_website", {{"name", project.publisher.short_name}}),
               project.publisher.website));
  (*context)["footer_links"] = std::move(links);
  (*context)["licence"] = licence_context(project.wording);
}

}  // namespace fundpress
