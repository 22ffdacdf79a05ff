#include "view/page.h"

#include "view/format.h"
#include "view/json_object.h"

namespace fundpress {

std::string root_of(const std::string& page_path) {
  std::string root;
  for (char c : page_path)
    if (c == '/') root += "../";
  return root;
}

std::string page_of_pages(const Project& project, int page, int pages) {
  return text_of(project, "page_lower") + " " + std::to_string(page) + " " +
         text_of(project, "of") + " " + std::to_string(pages);
}

void add_page_crumbs(const Project& project, const std::string& name,
                     const std::string& first_path, int page, std::vector<Crumb>* crumbs) {
  if (page == 1) {
    crumbs->push_back({name, ""});
    return;
  }
  crumbs->push_back({name, first_path});
  crumbs->push_back({text_of(project, "page") + " " + std::to_string(page), ""});
}

nlohmann::json blank_cells(std::size_t count) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < count; ++i) list.push_back(nlohmann::json::object());
  return list;
}

namespace {

// The page's links to the same page in every
// language: the alternates of <head> and the switch to the others. Downloads
// and assets are written once, in the default language's tree: "site_root"
// leads there, and "shared_folder" to this page's own folder there.
void add_language(const Project& project, const std::string& page_path, nlohmann::json* frame) {
  std::string root = (*frame)["root"];
  bool translated = project.language > 0;
  std::string site_root = translated ? root + "../" : root;
  (*frame)["site_root"] = site_root;
  std::size_t slash = page_path.rfind('/');
  (*frame)["shared_folder"] =
      translated ? site_root + (slash == std::string::npos ? "" : page_path.substr(0, slash + 1))
                 : "";
  nlohmann::json alternates = nlohmann::json::array();
  nlohmann::json others = nlohmann::json::array();
  if (project.languages.size() > 1) {
    for (std::size_t i = 0; i < project.languages.size(); ++i) {
      const Language& language = project.languages[i];
      auto lang = language.strings.find("lang");
      auto name = language.strings.find("language_name");
      nlohmann::json link = {
          {"hreflang", lang == language.strings.end() ? language.code : lang->second},
          {"href", site_root + language_folder(project, i) + page_path}};
      alternates.push_back(link);
      link["name"] = name == language.strings.end() ? language.code : name->second;
      if (i != project.language) others.push_back(link);
    }
  }
  (*frame)["alternates"] = std::move(alternates);
  (*frame)["has_languages"] = !others.empty();
  (*frame)["other_languages"] = std::move(others);
}

}  // namespace

nlohmann::json page_frame(const Project& project, const std::string& page_path,
                          const std::string& title, const std::vector<Crumb>& crumbs) {
  std::string root = root_of(page_path);
  nlohmann::json trail = nlohmann::json::array();
  for (std::size_t i = 0; i < crumbs.size(); ++i) {
    bool current = i + 1 == crumbs.size();
    trail.push_back(JsonObject()
                        .add("current", current)
                        .add("label", crumbs[i].label)
                        .add("url", current ? std::string() : root + crumbs[i].path)
                        .take());
  }
  nlohmann::json made = JsonObject()
                            .add("breadcrumbs", std::move(trail))
                            .add("has_breadcrumbs", crumbs.size() > 1)
                            .add("root", root)
                            .add("title", title)
                            .take();
  add_language(project, page_path, &made);
  return made;
}

nlohmann::json page_globals(const Project& project) {
  nlohmann::json strings = nlohmann::json::object();
  for (const auto& [key, text] : strings_of(project)) strings[key] = text;
  const Publisher& p = project.publisher;
  JsonObject globals;
  globals.add("as_of", format_date(project, project.as_of))
      .add("has_as_of", !project.as_of.empty())
      .add("has_last_updated", !project.last_updated.empty())
      // site.notice: what the whole data set is (illustrative data), on every page.
      .add("has_notice", !project.site.notice.empty())
      // build --internal: every page says so, in its title and at the top.
      .add("internal", project.internal)
      .add("lang", text_of(project, "lang"))
      .add("last_updated", format_date(project, project.last_updated))
      .add("last_updated_iso", format_iso_date(project.last_updated))
      .add("licence", licence_context(project.wording))
      .add("publisher", JsonObject()
                            .add("name", p.name)
                            .add("short_name", p.short_name)
                            .add("website", p.website)
                            .take())
      .add("scripts", nlohmann::json::array())
      .add("t", std::move(strings));
  nlohmann::json made = globals.take();
  if (project.internal) made["internal_marking"] = internal_marking;
  if (!project.site.notice.empty()) made["notice"] = project.site.notice;
  return made;
}

void add_page_globals(const nlohmann::json& globals, nlohmann::json* context) {
  for (const auto& [key, value] : globals.items())
    if (!context->contains(key)) (*context)[key] = value;
}

nlohmann::json licence_context(const Wording& wording) {
  return JsonObject()
      .add("has_url", !wording.licence_url.empty())
      .add("name", wording.licence_name)
      .add("url", wording.licence_url)
      .take();
}

}  // namespace fundpress
