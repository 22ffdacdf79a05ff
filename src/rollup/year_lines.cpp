#include "rollup/year_lines.h"

namespace fundpress {

LinesByYear lines_of_each_year(const Project& project) {
  LinesByYear lines(project.years.size());
  for (std::size_t y = 0; y < lines.size(); ++y) lines[y].year = project.years[y];
  for (std::size_t i = 0; i < project.awards.size(); ++i) {
    int y = year_key(project, project.awards[i].year);
    if (y >= 0) lines[y].awards.push_back(i);
  }
  for (YearLines& year : lines) year.total = total_of(project, year.awards);
  return lines;
}

}  // namespace fundpress
