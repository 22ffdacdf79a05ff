// The parts of a ZIP archive (an XLSX workbook), read with libzip, so that a
// test can compare a workbook part by part.
#pragma once

#include <zip.h>

#include <map>
#include <string>

namespace fundpress::test {

/// Reads every entry of the archive held in `bytes` into `parts` (name ->
/// uncompressed bytes). Returns false with *error when it is not a readable zip.
inline bool unzip(const std::string& bytes, std::map<std::string, std::string>* parts,
                  std::string* error) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zip_error) : nullptr;
  if (!archive) {
    *error = zip_error_strerror(&zip_error);
    if (source) zip_source_free(source);
    zip_error_fini(&zip_error);
    return false;
  }
  bool ok = true;
  zip_int64_t entries = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; ok && i < entries; ++i) {
    zip_stat_t stat;
    zip_file_t* file =
        zip_stat_index(archive, i, 0, &stat) == 0 ? zip_fopen_index(archive, i, 0) : nullptr;
    if (!file) {
      *error = zip_strerror(archive);
      ok = false;
      break;
    }
    std::string content(stat.size, '\0');
    ok = zip_fread(file, content.data(), stat.size) == static_cast<zip_int64_t>(stat.size);
    if (!ok) *error = std::string("cannot read ") + stat.name;
    zip_fclose(file);
    (*parts)[stat.name] = std::move(content);
  }
  zip_discard(archive);
  zip_error_fini(&zip_error);
  return ok;
}

}  // namespace fundpress::test
