//! Counting crossings: pairs of lines that swap order between adjacent slots.

#[cfg(test)]
use super::order::Order;
use super::order::{Flat, Places};

/// Pairs of lines that swap order between adjacent slots, over all slots.
#[cfg(test)]
pub(super) fn crossings(orders: &[Order], n: usize) -> usize {
    let flats: Vec<Flat> = orders.iter().map(Flat::new).collect();
    flat_crossings(&flats, n)
}

pub(super) fn flat_crossings(orders: &[Flat], n: usize) -> usize {
    let mut next = Places::new(n);
    let mut seq: Vec<usize> = Vec::new();
    let mut tree = Fenwick::default();
    let mut total = 0;
    for w in orders.windows(2) {
        next.fill(&w[1].lines);
        total += pair_crossings(&w[0], &next, w[1].lines.len(), &mut seq, &mut tree);
    }
    total
}

/// Crossings between `left` and the slot whose places are `right` (`size` lines).
pub(super) fn pair_crossings(
    left: &Flat,
    right: &Places,
    size: usize,
    seq: &mut Vec<usize>,
    tree: &mut Fenwick,
) -> usize {
    // Places at the right slot, read in the order of the left slot.
    seq.clear();
    seq.extend(left.lines.iter().filter_map(|l| right.get(*l)));
    inversions(seq, size, tree)
}

/// Pairs out of order in `v`, a sequence of distinct values below `size`:
/// O(len log size) with a Fenwick tree of counts seen so far.
pub(super) fn inversions(v: &[usize], size: usize, tree: &mut Fenwick) -> usize {
    tree.reset(size);
    let mut count = 0;
    for (seen, x) in v.iter().enumerate() {
        // Earlier values that are larger than this one.
        count += seen - tree.count_below(*x + 1);
        tree.add(*x);
    }
    count
}

/// A set of values, counted below a value in O(log(n / 64)): a bit per value, and a
/// Fenwick tree over words of 64 of them. A plain Fenwick tree over the values
/// takes two chains of log n dependent steps per line; counting crossings is a
/// quarter of the sweeps' time, and this has a third of the steps.
#[derive(Default)]
pub(super) struct Fenwick {
    bits: Vec<u64>,
    /// Fenwick tree of the words' counts (word w at w + 1).
    sums: Vec<u32>,
}

impl Fenwick {
    /// Empties the set, for values below `size`.
    pub(super) fn reset(&mut self, size: usize) {
        let words = size / 64 + 1;
        self.bits.clear();
        self.bits.resize(words, 0);
        self.sums.clear();
        self.sums.resize(words + 1, 0);
    }

    /// Adds `x`, not yet in the set and below the size.
    pub(super) fn add(&mut self, x: usize) {
        if let Some(w) = self.bits.get_mut(x / 64) {
            *w |= 1 << (x % 64);
        }
        let mut i = x / 64 + 1;
        while let Some(c) = self.sums.get_mut(i) {
            *c = c.wrapping_add(1);
            i += i & i.wrapping_neg();
        }
    }

    /// How many values below `x` were added.
    pub(super) fn count_below(&self, x: usize) -> usize {
        let w = (x / 64).min(self.bits.len().saturating_sub(1));
        let mut sum = match self.bits.get(w) {
            Some(bits) if w == x / 64 => (bits & ((1u64 << (x % 64)) - 1)).count_ones() as usize,
            Some(bits) => bits.count_ones() as usize,
            None => 0,
        };
        let mut i = w;
        while i > 0 {
            sum += self.sums[i] as usize;
            i -= i & i.wrapping_neg();
        }
        sum
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::story::Session;
    use crate::layout::storyline::tests::Rng;
    use crate::model::EventRef;

    /// Some of `n` lines, shuffled, cut into blocks.
    fn random_order(rng: &mut Rng, n: usize) -> Order {
        let mut ls: Vec<usize> = (0..n).filter(|_| rng.below(4) != 0).collect();
        for i in (1..ls.len()).rev() {
            ls.swap(i, rng.below(i + 1));
        }
        let mut order = Order::new();
        while !ls.is_empty() {
            let take = 1 + rng.below(ls.len().min(4));
            let rest = ls.split_off(take);
            let g = (rng.below(2) == 0).then_some(Session::Event(EventRef(order.len())));
            order.push((g, ls));
            ls = rest;
        }
        order
    }

    #[test]
    fn crossings_match_a_count_of_every_pair() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for case in 0..300 {
            let n = 1 + case % 40;
            let orders: Vec<Order> = (0..1 + rng.below(5))
                .map(|_| random_order(&mut rng, n))
                .collect();
            let mut brute = 0;
            for w in orders.windows(2) {
                let place = |o: &Order, l: usize| o.iter().flat_map(|b| &b.1).position(|x| *x == l);
                for a in 0..n {
                    for b in a + 1..n {
                        if let (Some(a0), Some(b0), Some(a1), Some(b1)) = (
                            place(&w[0], a),
                            place(&w[0], b),
                            place(&w[1], a),
                            place(&w[1], b),
                        ) {
                            brute += usize::from((a0 < b0) != (a1 < b1));
                        }
                    }
                }
            }
            assert_eq!(crossings(&orders, n), brute, "case {case}: {orders:?}");
        }
    }

    #[test]
    fn inversions_match_a_count_of_every_pair() {
        let mut rng = Rng(42);
        let mut tree = Fenwick::default();
        for len in 0..200 {
            let mut v: Vec<usize> = (0..len).collect();
            for i in (1..len).rev() {
                v.swap(i, rng.below(i + 1));
            }
            let brute = (0..len)
                .flat_map(|i| (i + 1..len).map(move |j| (i, j)))
                .filter(|&(i, j)| v[i] > v[j])
                .count();
            assert_eq!(inversions(&v, len, &mut tree), brute, "{v:?}");
        }
        // Fully reversed: every pair.
        let v: Vec<usize> = (0..1000).rev().collect();
        assert_eq!(inversions(&v, 1000, &mut tree), 1000 * 999 / 2);
    }
}
