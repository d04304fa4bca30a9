//! Stress of coopline's network layout (full stress majorization up to 300 nodes,
//! sparse stress beyond) against Graphviz neato and sfdp on the same graphs,
//! exported as DOT. Needs `neato` and `sfdp` on the PATH (Debian: graphviz).
//!
//! ```sh
//! cargo run --release --example network_stress            # 50, 200, 500, 1000, 2000 nodes
//! cargo run --release --example network_stress -- 50 200  # chosen sizes
//! cargo run --release --example network_stress -- big.yaml # a dataset
//! ```

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

use coopline::{
    ExportFormat, SourceSet, build_graph, export,
    internals::{hop_distances, place, stress},
};

/// Node positions from `neato|sfdp -Tplain`.
fn graphviz(tool: &str, dot: &str) -> Option<HashMap<String, (f64, f64)>> {
    let mut child = Command::new(tool)
        .args(["-Tplain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(dot.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut pos = HashMap::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("node ") else {
            continue;
        };
        let (name, rest) = if let Some(q) = rest.strip_prefix('"') {
            let end = q.find('"')?;
            (q[..end].to_string(), &q[end + 1..])
        } else {
            let mut it = rest.splitn(2, ' ');
            (it.next()?.to_string(), it.next().unwrap_or(""))
        };
        let nums: Vec<f64> = rest
            .split_whitespace()
            .take(2)
            .filter_map(|v| v.parse().ok())
            .collect();
        if nums.len() == 2 {
            pos.insert(name, (nums[0], nums[1]));
        }
    }
    Some(pos)
}

fn main() {
    // Sizes of generated graphs, or YAML files to measure as they are.
    let cases: Vec<String> = {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.is_empty() {
            ["50", "200", "500", "1000", "2000"]
                .map(String::from)
                .to_vec()
        } else {
            args
        }
    };
    println!(
        "| nodes | edges | coopline stress | neato stress | sfdp stress | coopline / neato | coopline / sfdp | coopline s | neato s | sfdp s |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for case in cases {
        let mut sources = SourceSet::new();
        match case.parse::<usize>() {
            Ok(n) => sources.add(
                "generated.yaml",
                coopline::generate(n, n / 8 + 2, n * 2, 42),
            ),
            Err(_) => sources.add(
                &case,
                std::fs::read_to_string(&case).expect("readable dataset"),
            ),
        };
        let model = coopline::check(&sources).expect("valid dataset").model;
        let g = build_graph(&model);
        let keys: Vec<String> = g
            .graph
            .node_indices()
            .map(|v| g.graph[v].key(&model).to_string())
            .collect();
        let adj = g.adjacency();
        let d = hop_distances(&adj);
        let t = Instant::now();
        let ours = stress(&place(&adj, 7), &d);
        let our_time = t.elapsed().as_secs_f64();
        let dot = export(&model, &g, ExportFormat::Dot);
        let mut theirs = Vec::new();
        for tool in ["neato", "sfdp"] {
            let t = Instant::now();
            let s = graphviz(tool, &dot).map(|pos| {
                let p: Vec<(f64, f64)> = keys
                    .iter()
                    .map(|k| pos.get(k).copied().unwrap_or((0.0, 0.0)))
                    .collect();
                stress(&p, &d)
            });
            theirs.push((s, t.elapsed().as_secs_f64()));
        }
        let fmt = |s: Option<f64>| s.map_or("n/a".into(), |v| format!("{v:.4}"));
        let ratio = |s: Option<f64>| s.map_or("n/a".into(), |v| format!("{:.2}", ours / v));
        println!(
            "| {} | {} | {:.4} | {} | {} | {} | {} | {:.2} | {:.2} | {:.2} |",
            g.graph.node_count(),
            g.graph.edge_count(),
            ours,
            fmt(theirs[0].0),
            fmt(theirs[1].0),
            ratio(theirs[0].0),
            ratio(theirs[1].0),
            our_time,
            theirs[0].1,
            theirs[1].1
        );
    }
}
