#!/usr/bin/env python3
"""Collects the Gatling runs of run.sh into one table (stdout), report.json and report.md.

usage: report.py TARGET_DIR MEASURE_SECONDS PGBENCH_TPS RUSH_CHECK MACHINE [WARMUP_SECONDS]
Each scenario's Gatling report is TARGET_DIR/gatling-<scenario>/<run>/index.html (Gatling 3.15 writes no
stats.json any more; its statistics table is read instead); only requests named 'measure ...' count. Throughput = measured requests / measure seconds (the rush: its applications /
the window from the first submit to the last answer, from rush-window.properties).
"""
import glob
import html
import json
import os
import re
import sys

# Columns of Gatling's statistics table: 2 total, 3 ok, 4 ko, 5 % ko, 6 cnt/s, 7 min, 8 p50, 9 p75, 10 p95,
# 11 p99, 12 max, 13 mean, 14 std dev.
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')

# scenario, request name, goal (text), goal req/s, goal p99 ms
SCENARIOS = [
    ("login", "measure login", "≥ 90 % of the raw hash rate", None, None),
    ("announcement", "measure announcement", "≥ 10,000/s, ≥ 50 % of static", 10000, None),
    ("positions", "measure positions", "≥ 10,000/s, ≥ 50 % of static", 10000, None),
    ("page", "measure page", "≥ 10,000/s, ≥ 50 % of static", 10000, None),
    ("static", "measure static", "reference for the public pages", None, None),
    ("apply", "measure apply", "≥ 1,500/s, p99 ≤ 100 ms", 1500, 100),
    ("apply", "measure withdraw", "(the loop's second write)", None, None),
    ("rush", "measure rush apply", "≥ 500/s, none lost or doubled", 500, None),
    ("mine", "measure my applications", "≥ 10,000/s, p99 ≤ 50 ms", 10000, 50),
]


def stats(target, scenario, request):
    files = sorted(glob.glob(os.path.join(target, "gatling-" + scenario, "*", "index.html")))
    if not files:
        return None
    with open(files[-1], encoding="utf-8") as f:
        page = f.read()
    start = page.find('class="ellipsed-name">' + html.escape(request) + "</span>")
    if start < 0:
        return None
    row = page[start : page.find("</tr>", start)]
    cols = {int(c): v.replace(",", "") for c, v in CELL.findall(row)}
    number = lambda c: float(cols[c]) if cols.get(c, "-") not in ("-", "") else 0.0
    return {
        "numberOfRequests": {"total": int(number(2)), "ok": int(number(3)), "ko": int(number(4))},
        "percentiles1": {"total": number(8)},
        "percentiles3": {"total": number(10)},
        "percentiles4": {"total": number(11)},
    }


def rush_window(target):
    try:
        with open(os.path.join(target, "rush-window.properties"), encoding="utf-8") as f:
            values = dict(line.strip().split("=", 1) for line in f if "=" in line)
        return (int(values["lastAnswered"]) - int(values["firstSent"])) / 1000.0
    except (OSError, KeyError, ValueError):
        return None


def main():
    if sys.argv[1] == "--rate":  # --rate TARGET SCENARIO REQUEST SECONDS: measured requests per second
        s = stats(sys.argv[2], sys.argv[3], sys.argv[4])
        print(round(s["numberOfRequests"]["ok"] / float(sys.argv[5]), 2) if s else 0)
        return
    target, measure, pgbench_tps, rush_check, machine = sys.argv[1:6]
    warmup = float(sys.argv[6]) if len(sys.argv) > 6 else 0.0
    measure, pgbench_tps = float(measure), float(pgbench_tps)
    rows = []
    for scenario, request, goal, goal_rate, goal_p99 in SCENARIOS:
        s = stats(target, scenario, request)
        seconds = measure
        note = ""
        if s is None and warmup:
            # So slow that no request was sent inside the measured window: report the whole run instead.
            s = stats(target, scenario, "warmup" + request[len("measure"):])
            seconds, note = warmup + measure, " (whole run: none sent in the measured window)"
        if s is None:
            rows.append({"scenario": request[len("measure "):], "missing": True, "goal": goal})
            continue
        n = s["numberOfRequests"]
        if scenario == "rush":
            seconds = rush_window(target) or measure
        rate = n["total"] / seconds if seconds else 0.0
        row = {
            "scenario": request[len("measure "):],
            "requests": n["total"],
            "errors": n["ko"],
            "throughput": round(rate, 1),
            "p50": s["percentiles1"]["total"],
            "p95": s["percentiles3"]["total"],
            "p99": s["percentiles4"]["total"],
            "ratioToBaseline": round(rate / pgbench_tps, 3) if pgbench_tps else None,
            "goal": goal + note,
        }
        met = True
        if goal_rate is not None and rate < goal_rate:
            met = False
        if goal_p99 is not None and row["p99"] > goal_p99:
            met = False
        if row["errors"]:
            met = False
        row["goalMet"] = met if (goal_rate or goal_p99) else None
        rows.append(row)
    static = next((r for r in rows if r["scenario"] == "static" and "throughput" in r), None)
    for r in rows:
        if static and r["scenario"] in ("announcement", "positions", "page") and "throughput" in r:
            r["ratioToStatic"] = round(r["throughput"] / static["throughput"], 3)
            if r["ratioToStatic"] < 0.5:
                r["goalMet"] = False
    report = {
        "machine": machine,
        "measureSeconds": measure,
        "pgbenchInsertTps": pgbench_tps,
        "rushCheck": rush_check,
        "scenarios": rows,
    }
    with open(os.path.join(target, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
    header = "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to pgbench | goal | met |"
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in rows:
        if r.get("missing"):
            lines.append(f"| {r['scenario']} | – | – | – | – | – | – | {r['goal']} | not run |")
            continue
        extra = f" ({r['ratioToStatic']:.0%} of static)" if "ratioToStatic" in r else ""
        met = {True: "yes", False: "**no**", None: "–"}[r["goalMet"]]
        lines.append(
            f"| {r['scenario']} | {r['throughput']:,.1f}{extra} | {r['p50']} | {r['p95']} | {r['p99']} | "
            f"{r['errors']}/{r['requests']} | {r['ratioToBaseline']} | {r['goal']} | {met} |")
    lines.append(f"| pgbench single-row insert | {pgbench_tps:,.1f} | | | | | 1.0 | baseline | |")
    text = "\n".join(lines)
    with open(os.path.join(target, "report.md"), "w", encoding="utf-8") as f:
        f.write(f"Machine: {machine}\n\nRush check: {rush_check}\n\n{text}\n")
    print(text)
    print(f"Rush check: {rush_check}")


if __name__ == "__main__":
    main()
