// What a cell's number format says about its number, read from styles.xml:
// a percentage, a date, a time, or a plain number. Only that is read: how a
// format rounds, groups or colours a number does not change the value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/xlsx_archive.h"
#include "load/xlsx_values.h"

namespace fundpress {

/// The shape of Excel's built-in number format `id` (below 164): the formats
/// producers name by number without writing them out (9 is "0%", 14 a date).
NumberShape builtin_format_shape(int id);

/// The shape of a format code ("0.0%", "dd/mm/yyyy", "[h]:mm",
/// "#,##0;[Red](#,##0)"), from its first section, the one positive numbers use.
NumberShape format_code_shape(std::string_view code);

/// Reads styles.xml (`part`, at most `max_bytes`): the shape of each cell
/// format, indexed as a cell's s attribute indexes them.
bool read_cell_shapes(const XlsxArchive& archive, const std::string& part, std::uint64_t max_bytes,
                      std::vector<NumberShape>* shapes, std::string* error);

}  // namespace fundpress
