// What the folder being replaced holds: the files fundpress published there
// (its manifest lists them) and everything else, which is someone else's and
// must survive a rebuild: a CNAME, an .htaccess, the .git of a gh-pages
// checkout, a user's own file.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <cstdint>
#include <ctime>
#include <map>
#include <string>
#include <vector>

namespace fundpress {

struct PublishedFile {
  uint64_t size = 0;
  uint32_t crc32 = 0;
  std::string fingerprint;  // of what it was made from; "" when not recorded
};

struct PreviousSite {
  std::string root;  // the published folder; empty when there is none yet
  /// The files the previous build published, by path inside the site.
  std::map<std::string, PublishedFile> files;
  /// A file of `root` whose status last changed before this moment is as
  /// `files` lists it: writing a file, replacing or renaming it changes its
  /// status time, and no call sets that time back. Zero (trusting none)
  /// unless trust_unchanged() proved the manifest the one its build wrote.
  struct timespec unchanged_before = {};
};

/// Reads the manifest of the site at `root`. A folder with no manifest (new,
/// or empty) has no published files. False, with `error`, when the manifest
/// cannot be read as fundpress writes it.
bool read_previous_site(const std::string& root, PreviousSite* site, std::string* error);

/// Which manifest file a record was made beside. A manifest rewritten,
/// replaced or edited since has another inode or a later status change.
struct ManifestStamp {
  dev_t device = 0;
  ino_t inode = 0;
  struct timespec changed = {};  // st_ctim: no call can set it back
  bool known() const { return inode != 0; }
  bool operator==(const ManifestStamp& other) const;
};

/// The stamp of the manifest in `root` (not known() when there is none).
ManifestStamp stamp_of_manifest(const std::string& root);

/// Sets `site`'s unchanged_before to the time of its manifest when `written`
/// (the stamp its build recorded, publish/spare_site.h) is the stamp of the
/// manifest read, both `before` it was read and now, and the clock has not
/// gone back past it.
void trust_unchanged(PreviousSite* site, const ManifestStamp& written, const ManifestStamp& before);

/// What the build that published a site left in it besides its manifest's
/// files: the foreign entries it carried in, and the stamp of the manifest
/// it wrote last. A folder of that site whose status last changed before the
/// manifest did holds exactly what the build left (adding, removing or
/// renaming an entry changes a folder's status time, and nothing can set that
/// time back), so it need not be read again.
struct LeftByBuild {
  ManifestStamp manifest;
  std::vector<std::string> foreign;
};

/// Everything under `previous.root` that the previous build did not publish
/// (the manifest itself aside), as paths inside the site, parents before
/// children. Symbolic links are listed, never followed. With `left` (may be
/// null) for this very site, whose manifest still has its stamp, the folders
/// unchanged since are not read: at a hundred thousand folders, reading each
/// is most of a rebuild's last, single-threaded step.
bool foreign_entries(const PreviousSite& previous, const LeftByBuild* left,
                     std::vector<std::string>* paths, std::string* error);

/// Puts the foreign entry `path` of `previous` into `staging` at the same place:
/// a file by a hard link (a copy, keeping its time, across file systems), a
/// link as the same link, a folder as a folder. Refuses, naming it, an entry
/// that a published file or folder would overwrite.
bool carry_entry(const PreviousSite& previous, const std::string& staging, const std::string& path,
                 std::string* error);

/// True when the previous manifest lists `path` as made from `fingerprint`
/// (not ""): asked before anything on disk, which only then may be kept.
bool made_from(const PreviousSite& previous, const std::string& path,
               const std::string& fingerprint);

/// True when the previous site still holds `path` as its manifest lists it,
/// made from `fingerprint` (not ""): its size and CRC-32 are read again, as the
/// file may have been edited since, unless its status proves it unchanged
/// (PreviousSite::unchanged_before). Then `staging`/`path`, which holds
/// `there` (its status; null: nothing), becomes a hard link to it, as
/// reuse_unchanged() makes one.
bool reuse_by_fingerprint(const PreviousSite& previous, const std::string& staging,
                          const std::string& path, const std::string& fingerprint,
                          const struct stat* there, PublishedFile* kept);

/// True when the previous site holds `path` with exactly `bytes`; then
/// `staging`/`path` becomes a hard link to it, so an unchanged file keeps its
/// modification time and rsync or a CDN uploads only what changed.
bool reuse_unchanged(const PreviousSite& previous, const std::string& staging,
                     const std::string& path, std::string_view bytes, uint32_t crc32);

/// The same for a file already written at `staging`/`path` (`size` bytes of
/// CRC `crc32`), compared with the previous one piece by piece, never read
/// whole: when they are equal, the new file is replaced by a hard link to the
/// old one.
bool reuse_unchanged_file(const PreviousSite& previous, const std::string& staging,
                          const std::string& path, uint64_t size, uint32_t crc32);

}  // namespace fundpress
