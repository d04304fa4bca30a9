//! Hop distances: how many links apart two nodes are, the target lengths of
//! every stress model here.

/// Distance of a node the search did not reach.
pub(super) const UNREACHED: u32 = u32::MAX;

/// Breadth-first hop distances from `s`; `UNREACHED` (`u32::MAX`) where there is no path.
pub(super) fn bfs(adj: &[Vec<usize>], s: usize, queue: &mut Vec<usize>) -> Vec<u32> {
    let mut d = vec![UNREACHED; adj.len()];
    d[s] = 0;
    queue.clear();
    queue.push(s);
    let mut head = 0;
    while let Some(&v) = queue.get(head) {
        head += 1;
        for &w in &adj[v] {
            if d[w] == UNREACHED {
                d[w] = d[v] + 1;
                queue.push(w);
            }
        }
    }
    d
}

/// Hop distances between all nodes (BFS from each); unreachable pairs get one more
/// than the longest finite distance, which keeps components near each other.
// Nodes are ids into the distance matrix rows and columns; indexing reads clearer.
#[allow(clippy::needless_range_loop)]
pub fn hop_distances(adj: &[Vec<usize>]) -> Vec<Vec<f64>> {
    let n = adj.len();
    let mut d = vec![vec![f64::INFINITY; n]; n];
    let mut queue = std::collections::VecDeque::new();
    for s in 0..n {
        d[s][s] = 0.0;
        queue.clear();
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            for &w in &adj[v] {
                if d[s][w].is_infinite() {
                    d[s][w] = d[s][v] + 1.0;
                    queue.push_back(w);
                }
            }
        }
    }
    let max = d
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .fold(1.0, f64::max);
    for row in &mut d {
        for x in row.iter_mut() {
            if x.is_infinite() {
                *x = max + 1.0;
            }
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separate_components_sit_one_hop_beyond_the_longest_path() {
        // 0 - 1 - 2 and 3 - 4: the longest path has 2 hops, so parts lie 3 apart.
        let adj = vec![vec![1], vec![0, 2], vec![1], vec![4], vec![3]];
        let d = hop_distances(&adj);
        assert_eq!(d[0][2], 2.0);
        assert_eq!(d[3][4], 1.0);
        assert_eq!(d[0][3], 3.0);
        assert_eq!(d[4][2], 3.0);
        let mut queue = Vec::new();
        assert_eq!(
            bfs(&adj, 0, &mut queue),
            vec![0, 1, 2, UNREACHED, UNREACHED]
        );
    }
}
