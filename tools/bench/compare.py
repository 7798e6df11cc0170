"""memview against CPython, NumPy, ndarray and memcpy: one command measures
everything and rewrites the book's figures.

    python3 tools/bench/compare.py                 # measure everything, 3 times
    python3 tools/bench/compare.py --report-only   # rebuild the figures from
                                                   # book/figures/bench-results.json
    python3 tools/bench/compare.py --check         # are the figures measured at
                                                   # the code as it is? (.ci/run)

It measures three times over (`--runs`), so that the report can say whether
runs agree; the tables show the last run, and every run's deciding numbers
are kept beside it. Each run does, in order:
  1. `cargo build --release -p memview-bench` (tools/bench/rust: memview,
     ndarray 0.17.2 and memcpy) and a virtual environment with NumPy
     (pinned below) in target/bench-venv;
  2. tools/bench/timing.py under that environment's Python: every operation
     in both languages, interleaved round by round (see its docstring);
  3. tools/bench/instructions.py: instructions per item under callgrind, for
     the per-item loops, memview and CPython;
  4. the peak-memory programs (benches/peak_memory.rs, peak_memory.py);
then tools/bench/report.py writes book/figures/bench-*.{md,json,svg}.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIGURES = ROOT / 'book' / 'figures'
VENV = ROOT / 'target' / 'bench-venv'
BENCH = ROOT / 'target' / 'release' / 'memview-bench'
# The project's one NumPy pin (tools/python-requirements.txt, which
# tools/python_env.py installs for the book check and CI).
NUMPY = next(line.strip() for line in (ROOT / 'tools' / 'python-requirements.txt')
             .read_text().splitlines() if line.startswith('numpy=='))
sys.path.insert(0, str(HERE))
from freshness import COMMAND, measured_commit, problems  # noqa: E402


def run(cmd, **kwargs):
    print('$', ' '.join(str(c) for c in cmd), file=sys.stderr, flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, text=True, **kwargs)


def out(cmd):
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout.strip()


def machine():
    cpu = next((l.split(':', 1)[1].strip() for l in Path('/proc/cpuinfo').read_text().splitlines()
                if l.startswith('model name')), 'unknown')
    kib = int(Path('/proc/meminfo').read_text().split()[1])
    pretty = [l for l in Path('/etc/os-release').read_text().splitlines()
              if l.startswith('PRETTY_NAME=')]
    os_name = pretty[0].split('=', 1)[1].strip('"') if pretty else platform.system()
    commit, dirty = measured_commit()
    thp = Path('/sys/kernel/mm/transparent_hugepage/enabled')
    return {
        'cpu': cpu, 'cores': os.cpu_count(), 'memory': f'{kib / (1 << 20):.0f} GiB',
        'os': f'{os_name}, Linux {platform.release()}',
        'rustc': out(['rustc', '-V']), 'python': f'CPython {platform.python_version()}',
        'date': datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'),
        'commit': commit, 'dirty': dirty,
        'transparent_hugepages': thp.read_text().strip() if thp.exists() else 'unknown',
    }


def venv_python():
    python = VENV / 'bin' / 'python'
    if not python.exists():
        run([sys.executable, '-m', 'venv', VENV])
    check = subprocess.run([python, '-c', 'import numpy; print(numpy.__version__)'],
                           capture_output=True, text=True)
    if check.stdout.strip() != NUMPY.split('==')[1]:
        run([python, '-m', 'pip', 'install', '--quiet', NUMPY])
    return python


def measure(rounds):
    started = time.monotonic()
    raw = {'machine': machine(), 'command': COMMAND}
    raw['commit'] = raw['machine']['commit']  # what the freshness check compares
    raw['machine']['load_before'] = os.getloadavg()[0]
    run(['cargo', 'build', '--release', '--quiet', '-p', 'memview-bench'])
    python = venv_python()
    # OpenBLAS tuning variables change nothing measured here; unset, so that
    # NumPy runs as it does on a plain machine.
    env = {k: v for k, v in os.environ.items()
           if k not in ('OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE')}
    timing = ROOT / 'target' / 'bench-timing.json'  # kept if a later step fails
    run([python, HERE / 'timing.py', '--bench', BENCH, '--rounds', rounds,
         '--out', timing], env=env)
    raw['timing'] = json.loads(timing.read_text())
    import instructions
    raw['instructions'] = instructions.count(executable=str(python))
    memory = []
    lines = run(['cargo', 'bench', '--quiet', '--bench', 'peak_memory'],
                capture_output=True).stdout
    memory += [json.loads(l) for l in lines.splitlines() if l.startswith('{')]
    for mode in ('views', 'copies'):
        line = run([sys.executable, HERE / 'peak_memory.py', mode], capture_output=True).stdout
        memory.append(json.loads(line))
    raw['memory'] = memory
    raw['machine']['load_after'] = os.getloadavg()[0]
    raw['seconds'] = round(time.monotonic() - started)
    return raw


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--report-only', action='store_true',
                        help='rebuild the figures from book/figures/bench-results.json')
    parser.add_argument('--check', action='store_true',
                        help='fail unless the figures were measured at the measured code\'s '
                             'last commit, without uncommitted changes')
    parser.add_argument('--rounds', type=int, default=21, help='samples per side (21)')
    parser.add_argument('--runs', type=int, default=3,
                        help='whole measurements, to see whether they agree (3)')
    parser.add_argument('--keep', metavar='FILE', help='also copy the raw results here')
    args = parser.parse_args()
    results = FIGURES / 'bench-results.json'
    import report
    if args.check:
        found = problems()
        if found:
            sys.exit('\n'.join(found))
        print('book/figures are measured at the measured code\'s last commit, and drawn by '
              'the report as it is now')
        return
    if args.report_only:
        raw = json.loads(results.read_text())
    else:
        runs = []
        for n in range(1, args.runs + 1):
            print(f'run {n} of {args.runs}', file=sys.stderr, flush=True)
            runs.append(report.deciding(raw := measure(args.rounds)))
        raw['runs'] = runs  # the deciding numbers of every run, this one last
        FIGURES.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(raw, indent=1) + '\n')
        if args.keep:
            Path(args.keep).write_text(json.dumps(raw, indent=1) + '\n')
    print(report.write(raw, FIGURES))


if __name__ == '__main__':
    main()
