"""The installable bundle: build time, size, and cold start of the frozen app to a painted window.

Run: python tests/benchmarks/bench_bundle.py   (needs PyInstaller: pip install -e '.[build]')
Goals (issue 6): bundle under 150 MB; frozen cold start under 1.5 s.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main():
    work = Path(tempfile.mkdtemp(prefix="mep-bundle-"))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath",
                    str(work / "dist"), "--workpath", str(work / "build"), "build.spec"], cwd=ROOT, check=True)
    build = time.perf_counter() - started
    folder = work / "dist" / "market-entry-planner"
    app = folder / "market-entry-planner"
    size = folder_size(folder)
    biggest = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                      for p in (folder / "_internal").iterdir() if not p.is_symlink()), reverse=True)[:6]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEP_EXIT_AFTER_PAINT": "1"}
    starts = []
    for _ in range(5):
        t0 = time.time()
        out = subprocess.run([str(app)], env=env, capture_output=True, text=True, timeout=60).stdout
        painted = float(next(line for line in out.splitlines() if line.startswith("painted")).split()[1])
        starts.append(painted - t0)
    print(f"build time: {build:.1f} s")
    print(f"bundle size: {size / 2**20:.1f} MB ({sum(1 for _ in folder.rglob('*'))} files)")
    print("largest parts: " + ", ".join(f"{name} {n / 2**20:.1f} MB" for n, name in biggest))
    print(f"frozen cold start to a painted window (offscreen): median {statistics.median(starts):.2f} s, "
          f"best {min(starts):.2f} s over {len(starts)} runs")


if __name__ == "__main__":
    main()
