// What the downloads (downloads/...) are made from, prepared once per build:
// the register's rows as published, the 360Giving grants, and the workbook
// layout. The plan reads it for the downloads page; the writers for the files.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "model/project.h"
#include "model/workbook_layout.h"
#include "view/grants_view.h"
#include "view/register_view.h"

namespace fundpress {

struct Downloads {
  const Project* project = nullptr;
  RegisterView register_rows;
  GrantsView grants;
  WorkbookLayout layout;
  /// The size in bytes of each file published so far in the downloads
  /// folder, by its path in the site: the downloads page, written after
  /// every other output, states them.
  std::map<std::string, uint64_t> file_sizes;
};

Downloads prepare_downloads(const Project& project, const WorkbookLayout& layout);

}  // namespace fundpress
