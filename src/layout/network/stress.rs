//! Full stress majorization (Gansner, Koren & North 2004), the model behind
//! Graphviz neato, and the stress it lowers. Quadratic in time and memory.

use super::hops::hop_distances;

/// splitmix64: a tiny deterministic generator for the starting positions.
pub(super) struct Rng(pub(super) u64);
impl Rng {
    pub(super) fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Normalised stress: Σ (|xi − xj| − dij)² / dij² over pairs, after the scale that
/// fits the positions best, divided by the number of pairs.
pub fn stress(pos: &[(f64, f64)], d: &[Vec<f64>]) -> f64 {
    let n = pos.len();
    let (mut num, mut den) = (0.0, 0.0);
    for i in 0..n {
        for j in i + 1..n {
            let e = ((pos[i].0 - pos[j].0).powi(2) + (pos[i].1 - pos[j].1).powi(2)).sqrt();
            let w = 1.0 / (d[i][j] * d[i][j]);
            num += w * d[i][j] * e;
            den += w * e * e;
        }
    }
    let s = if den > 0.0 { num / den } else { 1.0 };
    let mut total = 0.0;
    let mut pairs = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            let e = s * ((pos[i].0 - pos[j].0).powi(2) + (pos[i].1 - pos[j].1).powi(2)).sqrt();
            total += (e - d[i][j]).powi(2) / (d[i][j] * d[i][j]);
            pairs += 1.0;
        }
    }
    if pairs > 0.0 { total / pairs } else { 0.0 }
}

/// Stress majorization from a seeded start; `pinned` stays at the origin.
pub fn majorize(adj: &[Vec<usize>], seed: u64, pinned: Option<usize>) -> Vec<(f64, f64)> {
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let d = hop_distances(adj);
    let mut rng = Rng(seed);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| {
            (
                (rng.next_f64() - 0.5) * n as f64,
                (rng.next_f64() - 0.5) * n as f64,
            )
        })
        .collect();
    if let Some(p) = pinned {
        pos[p] = (0.0, 0.0);
    }
    let mut last = f64::MAX;
    for _ in 0..400 {
        for i in 0..n {
            if Some(i) == pinned {
                continue;
            }
            let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
            for j in 0..n {
                if i == j {
                    continue;
                }
                let w = 1.0 / (d[i][j] * d[i][j]);
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let e = (dx * dx + dy * dy).sqrt().max(1e-9);
                sx += w * (pos[j].0 + d[i][j] * dx / e);
                sy += w * (pos[j].1 + d[i][j] * dy / e);
                sw += w;
            }
            if sw > 0.0 {
                pos[i] = (sx / sw, sy / sw);
            }
        }
        let s = stress(&pos, &d);
        if (last - s).abs() < 1e-6 * last.max(1e-9) {
            break;
        }
        last = s;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majorization_recovers_a_path() {
        // A path of 5 nodes: distances on the page should follow hop distances.
        let adj = vec![vec![1], vec![0, 2], vec![1, 3], vec![2, 4], vec![3]];
        let pos = majorize(&adj, 1, None);
        let d = hop_distances(&adj);
        assert!(stress(&pos, &d) < 0.01, "{}", stress(&pos, &d));
        assert_eq!(pos, majorize(&adj, 1, None), "deterministic");
    }
}
