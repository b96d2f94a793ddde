/**
 * A function of a configured list of strings (a rule option) that makes its value once per distinct list:
 * rules that run per block ask for it thousands of times per check. At most `limit` lists are kept.
 */
export function perList<T>(make: (list: readonly string[]) => T, limit = 100): (list: readonly string[]) => T {
  const made = new Map<string, T>();
  return (list) => {
    const key = list.join('\u0000');
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= limit) made.clear();
      made.set(key, (value = make(list)));
    }
    return value;
  };
}
