/**
 * Sorts a list in place, stably as `Array.prototype.sort` does. `sort` sets up its work space on every call,
 * which for the few findings or placeholder hits of each block came to a quarter of a megabyte per 1 MB
 * check; an insertion sort allocates nothing, and takes over only for short lists.
 */
export function sortFew<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > 32) {
    list.sort(compare);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i;
    for (; j > 0 && compare(list[j - 1], item) > 0; j--) list[j] = list[j - 1];
    list[j] = item;
  }
}
