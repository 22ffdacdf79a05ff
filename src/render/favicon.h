// favicon.ico at the site's root, so the request every browser makes for
// /favicon.ico finds a file: the picture of assets/favicon.svg (three white
// bars on the theme's blue), drawn as a 16 x 16 icon. Written here, not
// copied, as the ICO format is binary and small enough to state in code.
#pragma once

#include <string>

namespace fundpress {

/// The bytes of favicon.ico: one 16 x 16, 32-bit image.
std::string favicon_ico();

}  // namespace fundpress
