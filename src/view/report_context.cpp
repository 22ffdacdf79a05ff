#include "view/report_context.h"

#include <algorithm>

#include "view/abbreviations.h"
#include "view/award_fields.h"
#include "view/format.h"
#include "view/json_object.h"
#include "view/lazy_list.h"
#include "view/page.h"
#include "view/site_paths.h"

namespace fundpress {
namespace {

// A footnote's marker and anchors, or false for none.
nlohmann::json footnote_json(const ReportView& report, int index) {
  if (index < 0) return false;
  std::string id = "note-" + std::to_string(index + 1);
  return {{"marker", report.footnotes[index].marker}, {"id", id}, {"ref_id", id + "-ref"}};
}

// A sub-total or the grand total as its row prints it.
nlohmann::json total_json(const ReportView& report, const ReportTotal& total,
                          const std::string& label, const Project& project) {
  return {{"label", label},
          {"amount", format_total_amount(total.shown, project.display)},
          {"footnote", footnote_json(report, total.footnote)}};
}

// "part 2 of 3".
std::string part_of(const Project& project, const ReportPart& part) {
  return say(project, "report_part_of",
             {{"part", std::to_string(part.part)}, {"parts", std::to_string(part.parts)}});
}

// What a report in parts says about its parts: which this is, a link to each,
// and on the first part every section's sub-total and the grand total.
nlohmann::json parts_json(const Project& project, const ReportView& report,
                          const ReportPart& part) {
  nlohmann::json links = nlohmann::json::array();
  for (std::size_t p = 1; p <= part.parts; ++p) {
    const std::string& path = part.paths[p - 1];
    links.push_back({{"text", say(project, "report_part", {{"part", std::to_string(p)}})},
                     {"href", path.substr(path.rfind('/') + 1)},  // the parts share a folder
                     {"current", p == part.part},
                     {"last", p == part.parts}});
  }
  nlohmann::json summary = false;
  if (part.part == 1) {
    nlohmann::json rows = nlohmann::json::array();
    for (const ReportSection& section : report.sections)
      rows.push_back({{"label", project.sections[section.section].heading},
                      {"amount", format_total_amount(section.subtotal.shown, project.display)}});
    summary = {{"caption", text_of(project, "report_summary_caption")},
               {"rows", std::move(rows)},
               {"total", {{"label", project.wording.grand_total_label},
                          {"amount", format_total_amount(report.total.shown, project.display)}}}};
  }
  return {{"of", part_of(project, part)},
          {"label", text_of(project, "report_parts")},
          {"links", std::move(links)},
          {"summary", std::move(summary)}};
}

// A section's rows, made row by row as the report is rendered. A cell's text
// passes through the page's abbreviations when the context is made, in
// reading order (MarkedTexts). Every cell has every key, so a template never
// reads a value from the row around it.
class ReportRows : public LazyList {
 public:
  ReportRows(const Project& project, const ReportView& report,
             const std::vector<const ReportLine*>& lines, AbbreviationMarker& abbreviations)
      : amount_column_(report.amount_column) {
    for (const ReportColumn& column : report.columns) labels_.push_back(column.label);
    for (const ReportLine* line : lines) {
      const Award& award = project.awards[line->award];
      Row row;
      row.id = award.id;
      row.amount_known = award.amount_known;
      row.footnote = footnote_json(report, line->footnote);
      for (std::size_t c = 0; c < report.columns.size(); ++c) {
        if (c == amount_column_) texts_.add(amount_text(award, project.display), nullptr);
        else
          texts_.add(printed_field_text(project, award, report.columns[c].field), &abbreviations);
      }
      rows_.push_back(std::move(row));
    }
  }

  std::size_t size() const override { return rows_.size(); }

  void fill(std::size_t r, nlohmann::json* item) const override {
    std::size_t count = labels_.size();
    if (!item->is_object()) {
      nlohmann::json cells = nlohmann::json::array();
      for (std::size_t c = 0; c < count; ++c)
        cells.push_back(JsonObject()
                            .add("footnote", false)
                            .add("label", labels_[c])  // shown beside the value on a phone
                            .add("numeric", false)
                            .add("plain", "")
                            .add("row_header", c == 0)
                            .add("runs", nlohmann::json::array())
                            .take());
      *item = JsonObject().add("cells", std::move(cells)).add("id", "").take();
    }
    const Row& row = rows_[r];
    (*item)["id"].get_ref<std::string&>() = row.id;
    auto& cells = (*item)["cells"].get_ref<nlohmann::json::array_t&>();
    for (std::size_t c = 0; c < count; ++c) {
      auto& cell = cells[c].get_ref<nlohmann::json::object_t&>();
      std::size_t at = r * count + c;
      cell["plain"].get_ref<std::string&>() = texts_.text(at);
      texts_.write_runs(at, &cell["runs"]);
      if (c == amount_column_) {
        cell["numeric"] = row.amount_known;
        cell["footnote"] = row.footnote;
      }
    }
  }

 private:
  struct Row {
    std::string id;
    bool amount_known = false;
    nlohmann::json footnote;  // footnote_json's
  };

  std::size_t amount_column_;
  std::vector<std::string> labels_;
  std::vector<Row> rows_;
  MarkedTexts texts_;  // by row, then column
};

}  // namespace

std::vector<ReportPart> report_parts(const ReportView& report, std::size_t part_lines,
                                     const std::string& extension) {
  std::size_t lines = report_lines(report);
  std::size_t count = lines <= part_lines ? 1 : (lines + part_lines - 1) / part_lines;
  std::vector<std::string> paths;
  for (std::size_t p = 1; p <= count; ++p)
    paths.push_back(SitePaths::report_part(report.year, p, extension));
  std::vector<ReportPart> parts;
  for (std::size_t p = 1; p <= count; ++p)
    parts.push_back({p, count, (p - 1) * part_lines, std::min(lines, p * part_lines), paths});
  if (count == 1) parts[0].last = lines;
  return parts;
}

nlohmann::json report_context(const Project& project, const ReportView& report,
                              const std::string& page_path, const ReportPart* part) {
  std::string title = part ? report.title + " (" + part_of(project, *part) + ")" : report.title;
  nlohmann::json context = page_frame(project, page_path, title,
                                      {{text_of(project, "nav_home"), SitePaths::home()},
                                       {text_of(project, "reports"), SitePaths::reports_index()},
                                       {report.title, ""}});

  nlohmann::json columns = nlohmann::json::array();
  for (const ReportColumn& column : report.columns)
    columns.push_back({{"label", column.label}, {"numeric", column.numeric}});

  AbbreviationMarker abbreviations(project.glossary);

  // The lines this context shows, over all sections: every line but in a part.
  std::size_t first = part ? part->first : 0;
  std::size_t last = part ? part->last : report_lines(report);
  bool last_part = !part || part->part == part->parts;
  std::vector<bool> noted(report.footnotes.size(), false);  // referenced in this part
  auto note = [&noted](int footnote) {
    if (footnote >= 0) noted[static_cast<std::size_t>(footnote)] = true;
  };
  nlohmann::json sections = nlohmann::json::array();
  std::size_t section_first = 0;  // the section's first line over all sections
  for (const ReportSection& section : report.sections) {
    std::size_t section_last = section_first + section.lines.size();
    std::size_t from = std::max(first, section_first), to = std::min(last, section_last);
    // A section without lines belongs to the part its place falls in.
    bool here = from < to || (section.lines.empty() && section_first >= first &&
                              (section_first < last || last_part));
    if (!here) {
      section_first = section_last;
      continue;
    }
    std::vector<const ReportLine*> lines;
    for (std::size_t at = from; at < to; ++at) {
      lines.push_back(&section.lines[at - section_first]);
      note(lines.back()->footnote);
    }
    const Section& model = project.sections[section.section];
    // Its sub-total where its lines end, over all parts when they are cut across parts.
    bool ends_here = section_last <= last;
    bool cut = section_first < first || section_last > last;
    nlohmann::json out = nlohmann::json::object();
    out["heading"] = model.heading;
    out["show_heading"] = section.show_heading;
    out["continued"] = section_first < first;
    out["show_subtotal"] = section.show_subtotal && ends_here;
    out["rows"] = lazy_list(std::make_unique<ReportRows>(project, report, lines, abbreviations));
    out["subtotal"] = total_json(
        report, section.subtotal,
        cut ? say(project, "report_over_all_parts", {{"label", model.subtotal_label}})
            : model.subtotal_label,
        project);
    if (section.show_subtotal && ends_here) note(section.subtotal.footnote);
    sections.push_back(std::move(out));
    section_first = section_last;
  }
  if (last_part) note(report.total.footnote);

  nlohmann::json footnotes = nlohmann::json::array();
  for (std::size_t i = 0; i < report.footnotes.size(); ++i) {
    nlohmann::json entry = footnote_json(report, static_cast<int>(i));
    entry["text"] = abbreviations.text(report.footnotes[i].text);
    // A back link only to a marker on this page.
    entry["referenced"] = report.footnotes[i].referenced && (!part || noted[i]);
    footnotes.push_back(std::move(entry));
  }
  nlohmann::json glossary = nlohmann::json::array();
  for (const GlossaryTerm& term : abbreviations.used())
    glossary.push_back({{"term", term.term}, {"meaning", term.meaning}});

  std::size_t width = report.columns.size(), amount_at = report.amount_column;
  nlohmann::json out = nlohmann::json::object();
  out["title"] = report.title;
  out["year"] = {{"label", report.year.label()}};
  out["measure"] = measure_name(project.measure);
  out["caption"] = report.caption;
  out["columns"] = std::move(columns);
  out["column_count"] = width;
  // Layout of the label and the figure in heading, sub-total and total rows.
  out["label_span"] = amount_at == 0 ? 1 : amount_at;
  out["blank_before_amount"] = blank_cells(amount_at == 0 ? 0 : amount_at - 1);
  out["blank_after_amount"] = blank_cells(width - amount_at - 1);
  out["blank_after_heading"] = blank_cells(width - 1);
  out["sections"] = std::move(sections);
  out["total"] = total_json(report, report.total,
                            part ? say(project, "report_over_all_parts",
                                       {{"label", project.wording.grand_total_label}})
                                 : project.wording.grand_total_label,
                            project);
  // The grand total row ends the last part only; the first part's summary gives it too.
  out["total_row"] = last_part;
  out["first_part"] = !part || part->part == 1;
  out["part"] = part ? parts_json(project, report, *part) : nlohmann::json(false);
  // The headline figures above the table are always the exact sum of the lines.
  out["total"]["short"] = format_short(report.total.total.amount);
  out["total"]["exact"] = format_pounds(report.total.total.amount, 2);
  out["has_footnotes"] = !footnotes.empty();
  out["footnotes"] = std::move(footnotes);
  out["has_abbreviations"] = !glossary.empty();
  out["abbreviations"] = std::move(glossary);
  context["report"] = std::move(out);
  return context;
}

}  // namespace fundpress
