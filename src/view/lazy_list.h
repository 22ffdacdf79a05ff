// Lists a page's context holds as a handle and makes one item at a time, as
// the page is rendered: a listing page's table of a thousand lines is never
// whole as JSON (a cell was fourteen small objects and strings, made and
// freed once per page that shows the line), and its rows share one value.
#pragma once

#include <cstddef>
#include <memory>

#include <nlohmann/json.hpp>

namespace fundpress {

/// The items of a list made on demand.
class LazyList {
 public:
  virtual ~LazyList() = default;
  virtual std::size_t size() const = 0;
  /// Writes item `i` into `item`, which is null or holds an item of this
  /// list written before: what it has of the same shape is reused.
  virtual void fill(std::size_t i, nlohmann::json* item) const = 0;
};

/// A handle to `list`, to put in a context where the list's items would be.
/// It is valid on this thread while the innermost LazyListScope around its
/// making lives (or, with none, until the thread ends).
nlohmann::json lazy_list(std::unique_ptr<LazyList> list);

/// The list `value` is a handle to; null when `value` is no handle. Throws
/// std::logic_error on a handle whose list has been freed, rather than read
/// it as an empty list.
const LazyList* lazy_list_of(const nlohmann::json& value);

/// Replaces every handle in `value` by its list, made whole: what a context
/// dumped, fingerprinted or read by a test holds.
void expand_lazy_lists(nlohmann::json* value);

/// Frees the lists made on this thread while it lives, when it ends.
class LazyListScope {
 public:
  LazyListScope();
  ~LazyListScope();
  LazyListScope(const LazyListScope&) = delete;
  LazyListScope& operator=(const LazyListScope&) = delete;

 private:
  std::size_t first_;
};

}  // namespace fundpress
