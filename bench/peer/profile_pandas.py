#!/usr/bin/env python3
"""The pandas peer: what a FinOps analyst's notebook does with exported CloudWatch metrics.

Reads the lookback window's hourly samples and the inventory as CSV (exported by the benchmark with DuckDB's COPY),
merges the rows of an hour (several sources), and computes per workload the statistics Analyzer's demand profile
starts from: hours observed, mean and p50 of the hourly average CPU, p90/p95/p99/p99.5 and max of the hourly peak CPU
(in vCPUs), p95 and max of memory (in GiB) and the active hours (average CPU above the threshold).
Prints one line: seconds, peak RSS in MiB, workloads profiled.
Usage: profile_pandas.py SAMPLES_CSV WORKLOADS_CSV IDLE_THRESHOLD_PCT
"""
import resource
import sys
import time

import pandas as pd

started = time.perf_counter()
samples_csv, workloads_csv, threshold = sys.argv[1], sys.argv[2], float(sys.argv[3])

samples = pd.read_csv(
    samples_csv,
    usecols=["workload_id", "hour", "cpu_avg_pct", "cpu_max_pct", "mem_avg_pct", "mem_max_pct"],
    dtype={"workload_id": "string", "hour": "string", "cpu_avg_pct": "float64", "cpu_max_pct": "float64",
           "mem_avg_pct": "float64", "mem_max_pct": "float64"},
)
workloads = pd.read_csv(workloads_csv, usecols=["workload_id", "vcpu", "memory_gib"],
                        dtype={"workload_id": "string", "vcpu": "float64", "memory_gib": "float64"})

samples["cpu_peak_pct"] = samples["cpu_max_pct"].fillna(samples["cpu_avg_pct"])
samples["mem_peak_pct"] = samples["mem_max_pct"].fillna(samples["mem_avg_pct"])
hourly = samples.groupby(["workload_id", "hour"], sort=False).agg(
    cpu_avg_pct=("cpu_avg_pct", "mean"), cpu_peak_pct=("cpu_peak_pct", "max"), mem_peak_pct=("mem_peak_pct", "max"))
hourly["active"] = hourly["cpu_avg_pct"].fillna(hourly["cpu_peak_pct"]).fillna(0) > threshold
by = hourly.groupby(level="workload_id", sort=False)
profile = pd.DataFrame({
    "hours_observed": by.size(),
    "cpu_mean_pct": by["cpu_avg_pct"].mean(),
    "cpu_p50_pct": by["cpu_avg_pct"].quantile(0.5),
    "cpu_p90_pct": by["cpu_peak_pct"].quantile(0.90),
    "cpu_p95_pct": by["cpu_peak_pct"].quantile(0.95),
    "cpu_p99_pct": by["cpu_peak_pct"].quantile(0.99),
    "cpu_p995_pct": by["cpu_peak_pct"].quantile(0.995),
    "cpu_max_pct": by["cpu_peak_pct"].max(),
    "mem_p95_pct": by["mem_peak_pct"].quantile(0.95),
    "mem_max_pct": by["mem_peak_pct"].max(),
    "active_hours": by["active"].sum(),
}).join(workloads.set_index("workload_id"), how="left")
for column in ["cpu_mean", "cpu_p50", "cpu_p90", "cpu_p95", "cpu_p99", "cpu_p995", "cpu_max"]:
    profile[column + "_vcpu"] = profile[column + "_pct"] * profile["vcpu"] / 100
profile["memory_p95_gib"] = profile["mem_p95_pct"] * profile["memory_gib"] / 100
profile["memory_max_gib"] = profile["mem_max_pct"] * profile["memory_gib"] / 100

elapsed = time.perf_counter() - started
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:.2f}\t{peak_mib:.0f}\t{len(profile)}")
