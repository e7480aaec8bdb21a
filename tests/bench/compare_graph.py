#!/usr/bin/python3
"""Times the graph work of `ryuk bench graph` done with networkx and Graphviz dot.

The figures are meant to be read next to `ryuk bench graph --json`, measured
on the same machine in the same run:

  nx_build_s        parse the JSON v1 story and build a networkx.MultiDiGraph
                    of its LEADS_TO relationships                  (build_s)
  nx_flow_ms        story flow from the start scene                 (flow_ms)
  nx_validate_s     dead ends + reachability + unreachable scenes
                    + strongly connected components                 (validate_s)
  dot_layout_N_s    `dot -Tplain` on the LEADS_TO graph of an N-scene story
                                                                    (layout_10k_s)

The stories are written by `ryuk generate` into a temporary directory.  Run it
with Debian's interpreter (`/usr/bin/python3`, which is the shebang) so that
Debian's python3-networkx is the networkx being measured; the version used is
part of the output.

Needs: apt-get install python3-networkx graphviz
"""

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import networkx as nx

DOT_TIMEOUT_S = 600
FLOW_MAX_STEPS = 10
FLOW_MAX_PATHS = 100

SEMANTICS = (
    "networkx simple paths forbid repeated NODES; ryuk's story flow forbids "
    "repeated RELATIONSHIPS (a node may be visited again, e.g. around a loop). "
    "The networkx flow therefore returns a subset of ryuk's paths of each "
    "length, and its first 100 can differ where ryuk's include a path that "
    "comes back to a node. Within one length networkx returns paths in its "
    "depth-first order, not ryuk's order (next node id, then relationship "
    "id). The networkx figure includes "
    "preparing a virtual sink (BFS to depth 10, a copy of the subgraph it "
    "found, one edge from each Scene in it to the sink) and enumerating with "
    "all_simple_edge_paths by iterative deepening over lengths 1..10 "
    "(nx_flow_enumerate_ms is the enumeration alone). The LEADS_TO "
    "graph holds every Scene and Choice node (plus any other LEADS_TO "
    "endpoint) and every LEADS_TO relationship, keyed by relationship id; "
    "Character and Event nodes are left out. nx_validate_s covers dead ends "
    "(Scenes with no outgoing LEADS_TO and no ending flag), reachability, "
    "unreachable Scenes and all strongly connected components, unsorted; "
    "ryuk's validate also sorts its lists and finds dangling Choices, absent "
    "Characters and backwards sequences, which are not timed here. nx_build_s includes json.load "
    "of the whole file. dot figures are wall time of the dot process, "
    "including its start-up and reading the DOT file."
)

SINK = ("__ryuk_bench_sink__",)  # a tuple cannot clash with a string node id


def rss_mb(kib):
    return round(kib / 1024.0, 1)


def vm_hwm_kib(pid):
    """Peak resident set of a running process (VmHWM), or None once it has exited."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def run_child(argv, timeout_s=None, stdout=subprocess.DEVNULL):
    """Runs argv; returns (seconds, exit code or None on timeout, peak RSS MiB, stderr).

    The peak RSS is VmHWM sampled every 20 ms while the child runs: the
    rusage of a forked child counts the parent's pages too (Linux carries
    maxrss across execve), so it would report this script's size.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    timed_out = threading.Event()
    done = threading.Event()
    peak = [0]

    def kill():
        timed_out.set()
        proc.kill()

    def sample():
        while not done.is_set():
            kib = vm_hwm_kib(proc.pid)
            if kib:
                peak[0] = max(peak[0], kib)
            done.wait(0.02)

    timer = threading.Timer(timeout_s, kill) if timeout_s else None
    if timer:
        timer.start()
    sampler = threading.Thread(target=sample)
    sampler.start()
    # Read stderr on a thread so a chatty child cannot block on a full pipe.
    err_chunks = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    reader.start()
    # Wait for the exit without reaping, so the sampler never reads a reused pid.
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    elapsed = time.perf_counter() - t0
    if timer:
        timer.cancel()
    done.set()
    sampler.join()
    proc.wait()
    reader.join()
    proc.stderr.close()
    err = b"".join(err_chunks).decode("utf-8", "replace")
    code = None if timed_out.is_set() else proc.returncode
    return elapsed, code, (rss_mb(peak[0]) if peak[0] else None), err


def generate(ryuk, directory, scenes, seed):
    path = os.path.join(directory, f"story-{scenes}.json")
    argv = [ryuk, "generate", path, "--scenes", str(scenes), "--seed", str(seed), "--json"]
    out = subprocess.run(argv, check=True, capture_output=True, text=True)
    info = json.loads(out.stdout.strip().splitlines()[-1])
    return path, info


def load_leads_to_graph(path):
    """json.load of the story, then a MultiDiGraph of its LEADS_TO relationships."""
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        doc = json.load(f)
    t1 = time.perf_counter()
    G = nx.MultiDiGraph()
    G.add_nodes_from(
        (n["id"], {"type": n["type"], **n.get("properties", {})})
        for n in doc["nodes"]
        if n["type"] in ("Scene", "Choice")
    )
    G.add_edges_from(
        (r["from"], r["to"], r["id"], r.get("properties", {}))
        for r in doc["relationships"]
        if r["type"] == "LEADS_TO"
    )
    t2 = time.perf_counter()
    story_nodes = len(doc["nodes"])
    story_rels = len(doc["relationships"])
    del doc
    return G, t1 - t0, t2 - t0, story_nodes, story_rels


def find_starts(G):
    """The start Scenes as ryuk's validation takes them: those with "start": true,
    or, if none is marked, the Scene with the lowest (chapter, sequence, id)."""
    starts = [n for n, d in G.nodes(data=True) if d.get("type") == "Scene" and d.get("start") is True]
    if starts:
        return starts
    scenes = [(d.get("chapter", 0), d.get("sequence", 0), n.encode("utf-8"), n)
              for n, d in G.nodes(data=True) if d.get("type") == "Scene"]
    if not scenes:
        raise SystemExit("compare_graph: the story has no Scene")
    return [min(scenes)[3]]


def story_flow(G, start):
    """The first 100 LEADS_TO paths from start, 1..10 edges, ending at a Scene,
    shortest first -- done with networkx primitives.

    all_simple_edge_paths takes one target node (or a set of targets, but a
    path then stops at the first target it meets, and nearly every node is a
    Scene), so "ends at any Scene" becomes one virtual SINK with an edge from
    every Scene that can end a path. Timed, in this order:
      1. single_source_shortest_path_length(G, start, cutoff=10): the BFS
         that finds every node within 10 steps of start; no path of at most
         10 edges leaves that set;
      2. G.subgraph(those nodes).copy(), plus SINK and an edge to it from
         each Scene in the copy but start (networkx's simple paths can never
         come back to start). Adding SINK to G itself would mutate the
         shared graph and make the first query pay for growing G's node
         dicts (about 25 ms at 100,000 scenes);
      3. iterative deepening, for the shortest-first order: for L = 1..10,
         all_simple_edge_paths(H, start, SINK, cutoff=L+1), keeping the paths
         of exactly L+1 edges (the shorter ones were taken at an earlier L),
         without the SINK edge, until 100 paths are held.
    Returns the paths (lists of (from, to, relationship id)), the whole time
    and the time of step 3 alone, in milliseconds.
    """
    t0 = time.perf_counter()
    near = nx.single_source_shortest_path_length(G, start, cutoff=FLOW_MAX_STEPS)
    H = G.subgraph(near).copy()
    H.add_node(SINK)
    H.add_edges_from(
        (n, SINK) for n, t in G.subgraph(near).nodes(data="type") if t == "Scene" and n != start
    )
    t1 = time.perf_counter()
    paths = []
    for length in range(1, FLOW_MAX_STEPS + 1):
        for p in nx.all_simple_edge_paths(H, start, SINK, cutoff=length + 1):
            if len(p) == length + 1:
                paths.append(p[:-1])
                if len(paths) == FLOW_MAX_PATHS:
                    break
        if len(paths) == FLOW_MAX_PATHS:
            break
    t2 = time.perf_counter()
    return paths, (t2 - t0) * 1e3, (t2 - t1) * 1e3


def graph_algorithms(path, info):
    res = {}
    G, parse_s, build_s, story_nodes, story_rels = load_leads_to_graph(path)
    res["nx_parse_s"] = round(parse_s, 4)
    res["nx_build_s"] = round(build_s, 4)
    gc.collect()
    starts = find_starts(G)
    start = starts[0]
    scenes = [n for n, t in G.nodes(data="type") if t == "Scene"]

    paths, flow_ms, enum_ms = story_flow(G, start)
    res["nx_flow_ms"] = round(flow_ms, 3)
    res["nx_flow_enumerate_ms"] = round(enum_ms, 3)
    res["nx_flow_paths"] = len(paths)
    res["nx_flow_path_lengths"] = {
        str(k): sum(1 for p in paths if len(p) == k) for k in sorted({len(p) for p in paths})
    }

    # Dead ends: Scenes with no outgoing LEADS_TO, unless marked "ending": true.
    t0 = time.perf_counter()
    dead_ends = [n for n in scenes if G.out_degree(n) == 0 and G.nodes[n].get("ending") is not True]
    dead_s = time.perf_counter() - t0

    # Reachability from the start scene (from each start, if several are marked).
    t0 = time.perf_counter()
    reach = nx.descendants(G, start)
    for other in starts[1:]:
        reach |= nx.descendants(G, other)
    reach_s = time.perf_counter() - t0

    # Unreachable scenes: every Scene neither a start nor reached.
    t0 = time.perf_counter()
    start_set = set(starts)
    unreachable = [n for n in scenes if n not in start_set and n not in reach]
    unreach_s = time.perf_counter() - t0

    # Strongly connected components, materialised.
    t0 = time.perf_counter()
    sccs = list(nx.strongly_connected_components(G))
    scc_s = time.perf_counter() - t0

    res["nx_dead_ends_s"] = round(dead_s, 4)
    res["nx_reach_s"] = round(reach_s, 4)
    res["nx_unreachable_s"] = round(unreach_s, 4)
    res["nx_scc_s"] = round(scc_s, 4)
    res["nx_validate_s"] = round(dead_s + reach_s + unreach_s + scc_s, 4)
    res["graph"] = {
        "scenes": info["scenes"],
        "story_nodes": story_nodes,
        "story_relationships": story_rels,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "start": start,
        "starts": len(starts),
        "dead_ends": len(dead_ends),
        "reachable_from_start": len(reach),
        "unreachable_scenes": len(unreachable),
        "scc_count": len(sccs),
        "scc_nontrivial": sum(1 for c in sccs if len(c) > 1),
        "scc_largest": max((len(c) for c in sccs), default=0),
        "generate_s": info["generate_s"],
        "json_bytes": info["bytes"],
    }
    del G, reach, sccs, paths, scenes, dead_ends, unreachable
    gc.collect()
    return res


def dot_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(story_path, dot_path):
    """The LEADS_TO graph as DOT: Scene and Choice nodes, LEADS_TO edges, nothing else."""
    with open(story_path, "rb") as f:
        doc = json.load(f)
    nodes = [n["id"] for n in doc["nodes"] if n["type"] in ("Scene", "Choice")]
    edges = [(r["from"], r["to"]) for r in doc["relationships"] if r["type"] == "LEADS_TO"]
    with open(dot_path, "w", encoding="utf-8") as out:
        out.write("digraph {\n  rankdir=TB;\n")
        for n in nodes:
            out.write(f"  {dot_quote(n)};\n")
        for u, v in edges:
            out.write(f"  {dot_quote(u)} -> {dot_quote(v)};\n")
        out.write("}\n")
    seen = set(nodes)
    extra = {x for e in edges for x in e if x not in seen}
    return len(nodes) + len(extra), len(edges)


def layout(story_path, info, directory):
    scenes = info["scenes"]
    dot_path = os.path.join(directory, f"story-{scenes}.dot")
    n_nodes, n_edges = write_dot(story_path, dot_path)
    secs, code, peak, err = run_child(["dot", "-Tplain", dot_path], timeout_s=DOT_TIMEOUT_S)
    entry = {
        "scenes": scenes,
        "nodes": n_nodes,
        "edges": n_edges,
        "dot_bytes": os.path.getsize(dot_path),
        "dot_peak_rss_mb": peak,
    }
    if code is None:
        value = None
        entry["note"] = f"dot timed out after {DOT_TIMEOUT_S} s and was killed"
    elif code != 0:
        value = None
        entry["note"] = f"dot exited with {code}: {err.strip()[:300]}"
    else:
        value = round(secs, 3)
    return value, entry


def versions():
    out = {
        "networkx_version": nx.__version__,
        "python_version": platform.python_version(),
        "python_executable": sys.executable,
    }
    try:
        p = subprocess.run(["dot", "-V"], capture_output=True, text=True)
        out["graphviz_version"] = (p.stderr or p.stdout).strip()
    except OSError:
        out["graphviz_version"] = None
    if shutil.which("dpkg-query"):
        p = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "graphviz"], capture_output=True, text=True
        )
        out["graphviz_package"] = p.stdout.strip() if p.returncode == 0 else None
    return out


def parse_sizes(text):
    return [int(s) for s in text.replace(" ", "").split(",") if s]


def print_table(result):
    rows = []
    for key, value in result.items():
        if isinstance(value, dict):
            for k2, v2 in value.items():
                rows.append((f"{key}.{k2}", v2))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                for k2, v2 in item.items():
                    rows.append((f"{key}[{i}].{k2}", v2))
        else:
            rows.append((key, value))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        if k == "semantics":
            continue
        shown = "null" if v is None else (json.dumps(v) if isinstance(v, dict) else v)
        print(f"{k:<{width}}  {shown}")
    print()
    print("semantics:", result["semantics"])


def main():
    ap = argparse.ArgumentParser(
        description="Times networkx and Graphviz dot on the graph work of `ryuk bench graph`."
    )
    ap.add_argument("--ryuk", required=True, help="path to the ryuk binary")
    ap.add_argument("--scenes", type=int, default=100000,
                    help="scenes of the story for the graph algorithms (default 100000; 0 skips)")
    ap.add_argument("--layout-scenes", default="1000,10000",
                    help="comma-separated story sizes for the dot layouts ('' skips)")
    ap.add_argument("--seed", type=int, default=42, help="seed for ryuk generate (default 42)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--no-ryuk-bench", action="store_true",
                    help="skip `ryuk bench graph` (by default it runs first, in the same run)")
    args = ap.parse_args()

    ryuk = os.path.abspath(args.ryuk)
    if not os.access(ryuk, os.X_OK):
        ap.error(f"not an executable: {args.ryuk}")
    layout_sizes = parse_sizes(args.layout_scenes)
    if layout_sizes and shutil.which("dot") is None:
        ap.error("dot not found: apt-get install graphviz (or pass --layout-scenes '')")
    if not nx.__version__.startswith("2.8"):
        print(f"compare_graph: note: networkx {nx.__version__}, not Debian's 2.8 "
              f"(run with /usr/bin/python3)", file=sys.stderr)

    result = {"seed": args.seed, "scenes": args.scenes, **versions()}
    t_all = time.perf_counter()
    # Our own figures first, on a story of the same size and seed, so both
    # sides of the comparison come from one run on one machine state.
    if not args.no_ryuk_bench and args.scenes > 0:
        out = subprocess.run([ryuk, "bench", "graph", "--scenes", str(args.scenes), "--json"],
                             check=True, capture_output=True, text=True).stdout
        result["ryuk"] = json.loads(out)
    with tempfile.TemporaryDirectory(prefix="ryuk-compare-") as tmp:
        if args.scenes > 0:
            t0 = time.perf_counter()
            path, info = generate(ryuk, tmp, args.scenes, args.seed)
            info["generate_s"] = round(time.perf_counter() - t0, 3)
            info["scenes"] = args.scenes
            result.update(graph_algorithms(path, info))
            os.remove(path)
        layouts = []
        for n in layout_sizes:
            t0 = time.perf_counter()
            path, info = generate(ryuk, tmp, n, args.seed)
            info["generate_s"] = round(time.perf_counter() - t0, 3)
            info["scenes"] = n
            value, entry = layout(path, info, tmp)
            result[f"dot_layout_{n}_s"] = value
            layouts.append(entry)
        if layouts:
            result["layouts"] = layouts
    result["total_s"] = round(time.perf_counter() - t_all, 2)
    result["peak_rss_mb"] = rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    result["semantics"] = SEMANTICS

    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
