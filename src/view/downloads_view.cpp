#include "view/downloads_view.h"

namespace fundpress {

Downloads prepare_downloads(const Project& project, const WorkbookLayout& layout) {
  return Downloads{&project, register_view(project), grants_view(project), layout, {}};
}

}  // namespace fundpress
