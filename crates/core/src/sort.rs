//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element *and* the comparator, so every call site with
//! a closure of its own compiles a separate copy of the sort (driftsort with its small-sort
//! networks: several KB of wasm each). With about fifty call sites in the core, the xlsx
//! writer and the web app, sorting was the largest single item of the web worker's code
//! (163 KB before wasm-opt) and 60 KB of the first-paint UI binary. Here the standard sort
//! runs once, on indices, with the comparator behind `dyn`; an element type only adds the
//! small permutation step. Same result as `sort_by` (stable), still O(n log n); it costs one
//! vector of n indices and a dynamic call per comparison, nothing next to the work around
//! any sort in Gangmu (BENCHMARKS.md, "Web app": the A/B sizes).
//!
//! Use these instead of `sort`, `sort_by`, `sort_by_key` and their unstable forms in code
//! that reaches the wasm binaries (`tests/layers.rs` fails on a direct call outside tests).

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        order(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    permute(v, order);
}

/// Sorts `v` stably by a key, like `slice::sort_by_key`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order, like `slice::sort`.
pub fn ascending<T: Ord>(v: &mut [T]) {
    by(v, T::cmp);
}

/// The positions `0..n` in sorted order: the one place the standard sort is instantiated.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that position `i` holds what was at `order[i]`, in place, one cycle of
/// the permutation at a time (`order` is used up as the record of what is done).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        // Pairs sorted by their first field only: equal keys keep their order.
        let input: Vec<(u8, u32)> = (0..200u32).map(|i| (((i * 7919) % 13) as u8, i)).collect();
        let mut ours = input.clone();
        by_key(&mut ours, |p| p.0);
        let mut std_sorted = input;
        std_sorted.sort_by_key(|p| p.0);
        assert_eq!(ours, std_sorted);
    }

    #[test]
    fn handles_every_permutation_of_four() {
        let mut all = vec![];
        for a in 0..4 {
            for b in 0..4 {
                for c in 0..4 {
                    for d in 0..4 {
                        all.push([a, b, c, d]);
                    }
                }
            }
        }
        for p in all {
            let mut v = p.to_vec();
            ascending(&mut v);
            let mut expected = p.to_vec();
            expected.sort();
            assert_eq!(v, expected, "{p:?}");
        }
    }

    #[test]
    fn empty_and_single() {
        let mut e: Vec<u8> = vec![];
        ascending(&mut e);
        let mut one = vec![String::from("一")];
        by(&mut one, |a, b| b.cmp(a));
        assert_eq!(one, ["一"]);
    }
}
