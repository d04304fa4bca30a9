//! Ordering the lines at every slot to cut crossings: the naive order, then
//! barycentre sweeps that keep the best order seen.

use super::crossings::{Fenwick, flat_crossings, pair_crossings};
#[cfg(test)]
use super::story::Session;
use super::story::{ALONE, Story};

pub(super) const SWEEPS: usize = 12;
/// Sweeps in a row that may find no order with fewer crossings before the search
/// stops: on large stories the count only wanders around the best one by then.
pub(super) const PATIENCE: usize = 4;

/// One slot's arrangement: blocks top to bottom; a block is a group or a lone line.
#[cfg(test)]
pub(super) type Order = Vec<(Option<Session>, Vec<usize>)>;

/// A line's place in the naive order: its key, but a country's authorities
/// named by their country (`country:LT`) by the country's code in lowercase,
/// where ids that start with it (`lt-police`) sort.
fn sort_key(key: &str) -> std::borrow::Cow<'_, str> {
    match key.strip_prefix(crate::model::COUNTRY_PREFIX) {
        Some(code) => code.to_ascii_lowercase().into(),
        None => key.into(),
    }
}

/// The naive order: lines by key, groups by their first line.
pub(super) fn naive_orders(story: &Story) -> Vec<Flat> {
    let n = story.lines.len();
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by_cached_key(|l| sort_key(&story.lines[*l].key));
    // Each slot's lines in key order: lines dealt to their slots in that order.
    let mut per_slot: Vec<Vec<usize>> = vec![Vec::new(); story.slots.len()];
    for l in &by_key {
        for s in story.run(*l) {
            per_slot[s].push(*l);
        }
    }
    // A block's key is its first line's, so blocks come in the order their first
    // lines do, and lines in a block in key order. `block_of` holds each group's
    // block in the slot at hand, stamped with the slot.
    let mut block_of: Vec<(usize, usize)> = vec![(usize::MAX, 0); story.sessions.len()];
    let mut block_id: Vec<usize> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    per_slot
        .iter()
        .enumerate()
        .map(|(s, ls)| {
            let mut f = Flat::default();
            block_id.clear();
            ends.clear();
            for l in ls {
                let g = story.group_at(*l, s).unwrap_or(ALONE);
                let fresh = f.blocks.len();
                let b = match block_of.get_mut(g as usize) {
                    Some(at) if at.0 == s => at.1,
                    Some(at) => {
                        *at = (s, fresh);
                        fresh
                    }
                    None => fresh,
                };
                if b == fresh {
                    f.blocks.push((g, 0));
                    ends.push(0);
                }
                ends[b] += 1;
                block_id.push(b);
            }
            // Sizes to ends, then each line dealt to the next free place of its block.
            let mut end = 0;
            for (k, e) in ends.iter_mut().enumerate() {
                end += *e;
                *e = end - *e;
                f.blocks[k].1 = end as u32;
            }
            f.lines.resize(ls.len(), 0);
            for (l, b) in ls.iter().zip(&block_id) {
                f.lines[ends[*b]] = *l;
                ends[*b] += 1;
            }
            f
        })
        .collect()
}

/// Where each line stands in one slot's order (0 at the top), for the lines of that
/// slot only. Refilled slot after slot: a stamp marks the current slot's entries, so a
/// slot costs its own lines, not every line of the story. Stamp and place share one
/// word, so a look-up is one read (places are line counts, below 2^32, and stamps
/// count slots visited, far below).
pub(super) struct Places {
    /// `(stamp << 32) | place`.
    at: Vec<u64>,
    now: u64,
}

impl Places {
    pub(super) fn new(n: usize) -> Places {
        Places {
            at: vec![0; n],
            now: 0,
        }
    }

    /// Forgets the previous slot and records `lines`, top to bottom.
    pub(super) fn fill(&mut self, lines: &[usize]) {
        self.now += 1;
        let stamp = self.now << 32;
        for (i, l) in lines.iter().enumerate() {
            self.at[*l] = stamp | i as u64;
        }
    }

    pub(super) fn get(&self, l: usize) -> Option<usize> {
        let v = self.at[l];
        (v >> 32 == self.now).then_some((v & 0xffff_ffff) as usize)
    }
}

/// One slot's order as the sweeps work on it: all lines top to bottom in one vector,
/// blocks as ranges of it. Keeping the best orders seen then copies two vectors per
/// slot rather than one per block, and a sweep reads memory in order.
#[derive(Debug, Default)]
pub(super) struct Flat {
    pub(super) lines: Vec<usize>,
    /// Each block's group (as in [`Story::group`]) and where it ends in `lines`,
    /// in two half words: the sweeps copy blocks over and over, and a slot's blocks
    /// then fit in a third of the cache they took as a session and a length.
    pub(super) blocks: Vec<(u32, u32)>,
}

impl Clone for Flat {
    fn clone(&self) -> Flat {
        Flat {
            lines: self.lines.clone(),
            blocks: self.blocks.clone(),
        }
    }

    // Keeping the best orders copies into the buffers of the last best, not new ones.
    fn clone_from(&mut self, source: &Flat) {
        self.lines.clone_from(&source.lines);
        self.blocks.clone_from(&source.blocks);
    }
}

impl Flat {
    #[cfg(test)]
    pub(super) fn new(order: &Order) -> Flat {
        let mut f = Flat::default();
        for (g, ls) in order {
            f.lines.extend_from_slice(ls);
            f.blocks
                .push((g.map_or(ALONE, |_| 0), f.lines.len() as u32));
        }
        f
    }

    /// Each block's group (as in [`Story::group`]) and lines, top to bottom.
    pub(super) fn iter(&self) -> impl Iterator<Item = (u32, &[usize])> + '_ {
        let mut start = 0;
        self.blocks.iter().map(move |(g, end)| {
            let end = *end as usize;
            let ls = &self.lines[start..end];
            start = end;
            (*g, ls)
        })
    }
}

/// Scratch space for [`reorder`], kept across slots.
#[derive(Default)]
pub(super) struct Scratch {
    /// A block's lines as `(place << 32) | line`: places and lines are below 2^32
    /// (a slot's places are its lines), so these sort as (place, line) pairs do.
    keyed: Vec<u64>,
    sorted: Vec<usize>,
    /// Each block's sort key ([`total_key`] of its barycentre) and its barycentre
    /// rounded down, in block order.
    keys: Vec<(u64, usize)>,
    deal: Deal,
}

/// Blocks sorted by barycentre in linear time, not n log n. Barycentres are places,
/// below the number of lines of a slot, so blocks are dealt into one bucket per whole
/// number (most get one block or none) and only buckets dealt several are sorted.
/// Rounding down keeps order and dealing keeps block order, so this is the order a
/// plain sort by (barycentre, block) gives.
#[derive(Default)]
pub(super) struct Deal {
    /// Blocks per bucket (bucket `w` at `w + 1`), then where each bucket starts,
    /// then where it ends.
    counts: Vec<usize>,
    /// Buckets dealt more than one block.
    crowded: Vec<usize>,
    /// (key, block), sorted.
    dealt: Vec<(u64, usize)>,
}

impl Deal {
    /// Starts a deal of whole parts below `bound`.
    pub(super) fn start(&mut self, bound: usize) {
        self.counts.clear();
        self.counts.resize(bound + 1, 0);
        self.crowded.clear();
    }

    /// Counts a block whose barycentre rounds down to `w`, below the bound.
    pub(super) fn count(&mut self, w: usize) {
        let c = &mut self.counts[w + 1];
        *c += 1;
        if *c == 2 {
            self.crowded.push(w);
        }
    }

    /// The counted blocks, sorted; `keys[b]` is block b's (key, whole part).
    pub(super) fn finish(&mut self, keys: &[(u64, usize)]) -> &[(u64, usize)] {
        for i in 1..self.counts.len() {
            self.counts[i] += self.counts[i - 1];
        }
        self.dealt.clear();
        self.dealt.resize(keys.len(), (0, 0));
        for (b, (k, w)) in keys.iter().enumerate() {
            let at = &mut self.counts[*w];
            self.dealt[*at] = (*k, b);
            *at += 1;
        }
        for w in &self.crowded {
            // Bucket w now ends where it started, and starts where w - 1 ends.
            let start = w.checked_sub(1).map_or(0, |v| self.counts[v]);
            self.dealt[start..self.counts[*w]].sort_unstable();
        }
        &self.dealt
    }
}

/// Sorting networks for two to six values: pairs compared and exchanged in a fixed
/// order, without branches. Groups are mostly of two to five lines, in an order no
/// branch predictor can learn, and a sort by comparisons mispredicts about every
/// other comparison.
pub(super) const NETWORKS: [&[(usize, usize)]; 5] = [
    &[(0, 1)],
    &[(0, 1), (0, 2), (1, 2)],
    &[(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)],
    &[
        (0, 1),
        (3, 4),
        (2, 4),
        (2, 3),
        (0, 3),
        (0, 2),
        (1, 4),
        (1, 3),
        (1, 2),
    ],
    &[
        (1, 2),
        (4, 5),
        (0, 2),
        (3, 5),
        (0, 1),
        (3, 4),
        (2, 5),
        (0, 3),
        (1, 4),
        (2, 4),
        (1, 3),
        (2, 3),
    ],
];

/// Sorts `v`: by a network when short, else by `sort_unstable`.
pub(super) fn sort_few(v: &mut [u64]) {
    match NETWORKS.get(v.len().wrapping_sub(2)) {
        Some(net) => {
            for (i, j) in net.iter() {
                let (a, b) = (v[*i], v[*j]);
                v[*i] = a.min(b);
                v[*j] = a.max(b);
            }
        }
        None => v.sort_unstable(),
    }
}

/// `x` as an integer that sorts as [`f64::total_cmp`] sorts `x`.
pub(super) fn total_key(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | 1 << 63 }
}

/// One barycentre step, from `order` into `out`: blocks by the mean place of their
/// lines in `reference` (their own mean place when none is there), lines within a
/// block by their place in `reference`, else their own. Ties go to the earlier block,
/// the lower line id. `reference` holds `ref_len` lines.
pub(super) fn reorder(
    order: &Flat,
    reference: &Places,
    ref_len: usize,
    out: &mut Flat,
    scratch: &mut Scratch,
) {
    let Scratch {
        keyed,
        sorted,
        keys,
        deal,
    } = scratch;
    sorted.clear();
    sorted.extend_from_slice(&order.lines);
    keys.clear();
    // A place is below its slot's line count, and so is a mean of places.
    let bound = ref_len.max(order.lines.len()) + 1;
    deal.start(bound);
    // False if a barycentre is not a place, which cannot happen.
    let mut dealable = true;
    let mut start = 0;
    for (_, end) in &order.blocks {
        let end = *end as usize;
        if end == start + 1 {
            // Most blocks are a lone line: its barycentre is a place, its own whole
            // part, and there is nothing to sort.
            let p = reference.get(order.lines[start]).unwrap_or(start);
            if dealable {
                deal.count(p);
            }
            keys.push((total_key(p as f64), p));
            start = end;
            continue;
        }
        // Places are whole numbers, far below 2^53: summed as integers they give the
        // same mean as summed as floats, in any order.
        let bary = {
            keyed.clear();
            let (mut sum, mut known) = (0usize, 0usize);
            for (k, l) in order.lines[start..end].iter().enumerate() {
                let key = match reference.get(*l) {
                    Some(p) => {
                        sum += p;
                        known += 1;
                        p
                    }
                    None => start + k,
                };
                keyed.push(((key as u64) << 32) | *l as u64);
            }
            // Keys are unique (the line id decides ties), so an unstable sort is exact.
            sort_few(keyed);
            for (to, kl) in sorted[start..end].iter_mut().zip(keyed.iter()) {
                *to = (kl & 0xffff_ffff) as usize;
            }
            if known == 0 {
                (start..end).map(|p| p as f64).sum::<f64>() / (end - start).max(1) as f64
            } else {
                sum as f64 / known as f64
            }
        };
        let w = bary as usize;
        dealable &= bary >= 0.0 && w < bound;
        if dealable {
            deal.count(w);
        }
        keys.push((total_key(bary), w));
        start = end;
    }
    let by_bary: &[(u64, usize)] = if dealable {
        deal.finish(keys)
    } else {
        deal.dealt.clear();
        deal.dealt
            .extend(keys.iter().enumerate().map(|(b, (k, _))| (*k, b)));
        deal.dealt.sort_unstable();
        &deal.dealt
    };
    out.lines.clear();
    out.blocks.clear();
    for (_, bi) in by_bary {
        let (g, end) = order.blocks[*bi];
        let end = end as usize;
        let start = bi.checked_sub(1).map_or(0, |p| order.blocks[p].1 as usize);
        // A copy call per lone line would cost more than the line.
        if end == start + 1 {
            out.lines.push(sorted[start]);
        } else {
            out.lines.extend_from_slice(&sorted[start..end]);
        }
        out.blocks.push((g, out.lines.len() as u32));
    }
}

/// Barycentre sweeps, left to right then right to left, keeping the best order seen,
/// until [`SWEEPS`] or [`PATIENCE`] sweeps in a row without a better one. Returns it
/// with the crossings of `orders` and of the best order.
pub(super) fn optimise(orders: &[Flat], n: usize) -> (Vec<Flat>, usize, usize) {
    let mut orders = orders.to_vec();
    let mut best = orders.clone();
    let first_c = flat_crossings(&orders, n);
    let mut best_c = first_c;
    let mut reference = Places::new(n);
    let mut scratch = Scratch::default();
    let mut out = Flat::default();
    let mut seq = Vec::new();
    let mut tree = Fenwick::default();
    let mut since_best = 0;
    for _ in 0..SWEEPS {
        for s in 1..orders.len() {
            reference.fill(&orders[s - 1].lines);
            let ref_len = orders[s - 1].lines.len();
            reorder(&orders[s], &reference, ref_len, &mut out, &mut scratch);
            std::mem::swap(&mut orders[s], &mut out);
        }
        // Going back, slot s is final once reordered against slot s + 1, which
        // already is: their crossings are counted there, with the places at hand.
        let mut c = 0;
        for s in (0..orders.len().saturating_sub(1)).rev() {
            reference.fill(&orders[s + 1].lines);
            let ref_len = orders[s + 1].lines.len();
            reorder(&orders[s], &reference, ref_len, &mut out, &mut scratch);
            std::mem::swap(&mut orders[s], &mut out);
            c += pair_crossings(&orders[s], &reference, ref_len, &mut seq, &mut tree);
        }
        if c < best_c {
            best_c = c;
            best.clone_from(&orders);
            since_best = 0;
        } else {
            since_best += 1;
            if since_best == PATIENCE {
                break;
            }
        }
    }
    (best, first_c, best_c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::StorylineOptions;
    use crate::layout::storyline::story::build_story;
    use crate::layout::storyline::tests::{Rng, generated};

    /// One barycentre step as first written: float means and plain sorts.
    fn reorder_plain(order: &Flat, reference: &Places) -> Flat {
        let place = |l: usize| reference.get(l).map(|p| p as f64);
        let mut blocks: Vec<(f64, usize, Vec<usize>)> = Vec::new();
        let mut start = 0;
        for (bi, (_, end)) in order.blocks.iter().enumerate() {
            let end = *end as usize;
            let ls = &order.lines[start..end];
            let known = ls.iter().filter(|l| reference.get(**l).is_some()).count();
            let bary = if known == 0 {
                (start..end).map(|p| p as f64).sum::<f64>() / ls.len().max(1) as f64
            } else {
                ls.iter().filter_map(|l| place(*l)).sum::<f64>() / known as f64
            };
            let mut keyed: Vec<(f64, usize)> = ls
                .iter()
                .enumerate()
                .map(|(k, l)| (place(*l).unwrap_or((start + k) as f64), *l))
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            blocks.push((bary, bi, keyed.into_iter().map(|(_, l)| l).collect()));
            start = end;
        }
        blocks.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Flat::default();
        for (_, bi, ls) in blocks {
            out.lines.extend_from_slice(&ls);
            out.blocks
                .push((order.blocks[bi].0, out.lines.len() as u32));
        }
        out
    }

    #[test]
    fn reorder_matches_a_plain_barycentre_sort() {
        let mut rng = Rng(7);
        let mut scratch = Scratch::default();
        let mut out = Flat::default();
        for case in 0..2000 {
            let n = 1 + case % 60;
            // Some lines in both slots, some in one; blocks of one to nine lines, so
            // barycentres tie often and every sort path is taken.
            let mut lines: Vec<usize> = (0..n).filter(|_| rng.below(5) != 0).collect();
            for i in (1..lines.len()).rev() {
                lines.swap(i, rng.below(i + 1));
            }
            let mut order = Flat::default();
            while order.lines.len() < lines.len() {
                let take = (1 + rng.below(9)).min(lines.len() - order.lines.len());
                let from = order.lines.len();
                order.lines.extend_from_slice(&lines[from..from + take]);
                order
                    .blocks
                    .push((order.blocks.len() as u32, order.lines.len() as u32));
            }
            let mut other: Vec<usize> = (0..n).filter(|_| rng.below(4) != 0).collect();
            for i in (1..other.len()).rev() {
                other.swap(i, rng.below(i + 1));
            }
            let mut reference = Places::new(n);
            reference.fill(&other);
            reorder(&order, &reference, other.len(), &mut out, &mut scratch);
            let plain = reorder_plain(&order, &reference);
            assert_eq!(
                out.lines, plain.lines,
                "case {case}: {order:?} by {other:?}"
            );
            assert_eq!(
                out.blocks, plain.blocks,
                "case {case}: {order:?} by {other:?}"
            );
        }
        let xs = [-1.5, -0.0, 0.0, 0.25, 1.0, 3.5, f64::INFINITY];
        for w in xs.windows(2) {
            assert!(total_key(w[0]) < total_key(w[1]), "{w:?}");
        }
    }

    #[test]
    fn sorting_networks_sort_every_order() {
        // Every order of distinct values, up to eight (past six, the plain sort).
        for len in 0..=8usize {
            let mut perm: Vec<u64> = (0..len as u64).collect();
            let mut c = vec![0usize; len];
            let mut seen = 0;
            let mut check = |p: &[u64]| {
                let mut v = p.to_vec();
                sort_few(&mut v);
                assert!(v.windows(2).all(|w| w[0] < w[1]), "{p:?} -> {v:?}");
                seen += 1;
            };
            check(&perm);
            // Heap's algorithm.
            let mut i = 1;
            while i < len {
                if c[i] < i {
                    let k = if i % 2 == 0 { 0 } else { c[i] };
                    perm.swap(k, i);
                    check(&perm);
                    c[i] += 1;
                    i = 1;
                } else {
                    c[i] = 0;
                    i += 1;
                }
            }
            assert_eq!(seen, (1..=len).product::<usize>(), "orders of {len}");
        }
    }

    #[test]
    fn sweeps_keep_groups_whole_and_report_the_crossings_they_leave() {
        for m in [generated(20, 4, 50, 11), generated(120, 20, 500, 13)] {
            let story = build_story(&m, &StorylineOptions::default());
            let n = story.lines.len();
            let naive = naive_orders(&story);
            let (best, naive_c, best_c) = optimise(&naive, n);
            assert_eq!(naive_c, flat_crossings(&naive, n));
            assert_eq!(best_c, flat_crossings(&best, n));
            assert!(
                best_c * 2 <= naive_c,
                "{best_c} crossings left of {naive_c}"
            );
            for (s, (a, b)) in naive.iter().zip(&best).enumerate() {
                let (mut la, mut lb) = (a.lines.clone(), b.lines.clone());
                la.sort_unstable();
                lb.sort_unstable();
                assert_eq!(la, lb, "slot {s} lost or gained a line");
                assert_eq!(a.blocks.len(), b.blocks.len(), "slot {s}");
                // A block is one group's lines, all of them, or one line alone.
                for (g, ls) in b.iter() {
                    assert!(g != ALONE || ls.len() == 1, "slot {s}");
                    assert!(
                        ls.iter().all(|l| story.group_at(*l, s) == Some(g)),
                        "slot {s}"
                    );
                }
            }
        }
    }
}
