#include "render/favicon.h"

#include <cstdint>

namespace fundpress {
namespace {

void put16(std::string* out, uint16_t value) {
  out->push_back(static_cast<char>(value & 0xff));
  out->push_back(static_cast<char>(value >> 8));
}

void put32(std::string* out, uint32_t value) {
  put16(out, static_cast<uint16_t>(value & 0xffff));
  put16(out, static_cast<uint16_t>(value >> 16));
}

// The bars of assets/favicon.svg: x from, x to, y from (top), all to y 13.
bool white(int x, int y) {
  return (x >= 3 && x < 5 && y >= 9 && y < 13) || (x >= 7 && x < 9 && y >= 6 && y < 13) ||
         (x >= 11 && x < 13 && y >= 3 && y < 13);
}

}  // namespace

std::string favicon_ico() {
  const int side = 16;
  const uint32_t pixels = side * side * 4, mask = side * 4;  // mask rows are 32-bit aligned
  const uint32_t image = 40 + pixels + mask;
  std::string ico;
  put16(&ico, 0);  // ICONDIR: reserved, type 1 (icon), one image
  put16(&ico, 1);
  put16(&ico, 1);
  ico.push_back(side);  // ICONDIRENTRY: width, height, no palette, reserved
  ico.push_back(side);
  ico.push_back(0);
  ico.push_back(0);
  put16(&ico, 1);   // colour planes
  put16(&ico, 32);  // bits per pixel
  put32(&ico, image);
  put32(&ico, 6 + 16);  // the image follows the directory
  put32(&ico, 40);      // BITMAPINFOHEADER; the height counts the colour and mask halves
  put32(&ico, side);
  put32(&ico, side * 2);
  put16(&ico, 1);
  put16(&ico, 32);
  put32(&ico, 0);  // no compression
  put32(&ico, pixels + mask);
  put32(&ico, 0);
  put32(&ico, 0);
  put32(&ico, 0);
  put32(&ico, 0);
  for (int y = side - 1; y >= 0; --y)  // rows bottom up, pixels blue, green, red, alpha
    for (int x = 0; x < side; ++x) {
      bool bar = white(x, y);
      ico.push_back(static_cast<char>(bar ? 0xff : 0x91));
      ico.push_back(static_cast<char>(bar ? 0xff : 0x4f));
      ico.push_back(static_cast<char>(bar ? 0xff : 0x1d));
      ico.push_back(static_cast<char>(0xff));
    }
  ico.append(mask, '\0');  // every pixel shown: the alpha channel rules
  return ico;
}

}  // namespace fundpress
