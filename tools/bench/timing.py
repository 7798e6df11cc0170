"""The interleaved timing run: every operation in Rust (memview, ndarray,
memcpy) and in Python (CPython's memoryview, NumPy), round after round.

For each operation (a `group/name`), every side's twin is timed once per
round, A, B, C, B, C, A, C, A, B... for ROUNDS rounds: each sample is the
mean of as many calls as fill SAMPLE seconds, every side gets the same number
of samples, and the result is the fastest sample. A load that changes during
the run slows every side of an operation alike, since their samples
alternate within seconds of each other; the order turns each round, so that
no side is always the one that runs after the other process has filled the
caches with its own data. A copy's memcpy reference (`MEMCPY_REFERENCE` in
python_ops.py) is
timed in the copy's own rounds too, as the side `memcpy:` of its id.

The Rust side is memview-bench in `serve` mode, asked for one sample at a
time over a pipe; the Python side runs here, in this process, with the
garbage collector off while it is timed (as timeit does).

    python tools/bench/timing.py --bench target/release/memview-bench --out FILE
"""

import argparse
import json
import os
import subprocess
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import python_ops  # noqa: E402

SAMPLE = 0.01  # seconds a sample should last, at least
ROUNDS = 21


class Rust:
    """memview-bench serve: one sample per request."""

    def __init__(self, bench, env=None):
        self.proc = subprocess.Popen([bench, 'serve'], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)

    def sample(self, op_id, calls):
        self.proc.stdin.write(f'{op_id} {calls}\n')
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer.isdigit():
            raise SystemExit(f'memview-bench: {answer or "no answer"} for {op_id}')
        return int(answer) * 1e-9

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def python_sampler(statement, names):
    timer = timeit.Timer(statement, globals=names)
    return timer.timeit


def calls_for(sample):
    """How many calls make a sample of SAMPLE seconds: from the faster of two
    calls, after one that warms the caches and touches any lazily mapped
    buffer (a memcpy's destination faults its pages in on the first call)."""
    sample(1)
    once = min(sample(1), sample(1))
    return max(1, int(SAMPLE / max(once, 1e-9)))


def measure_group(group, rust_ids, rust, rounds, log):
    """{id: [seconds per call, one per round]} for every id of the group."""
    python = python_ops.group(group)
    samplers = {i: (lambda calls, i=i: rust.sample(i, calls)) for i in rust_ids}
    samplers.update({i: python_sampler(*python[i]) for i in python})
    for name, ref in python_ops.MEMCPY_REFERENCE.items():
        if f'memview:{name}' in samplers and f'memcpy:copy/{ref}' in samplers:
            samplers[f'memcpy:{name}'] = (
                lambda calls, ref=ref: rust.sample(f'memcpy:copy/{ref}', calls))
    return interleaved(samplers, rounds, log)


def interleaved(samplers, rounds, log):
    """{id: [seconds per call, one per round]}: the sides of each operation
    (the ids that share a `group/name`) timed round by round, the order of
    the sides turning each round."""
    by_name = {}
    for op_id in samplers:
        by_name.setdefault(op_id.split(':', 1)[1], []).append(op_id)
    out = {}
    for name, ids in sorted(by_name.items()):
        calls = {i: calls_for(samplers[i]) for i in ids}
        times = {i: [] for i in ids}
        for turn in range(rounds):
            turn %= len(ids)
            for i in ids[turn:] + ids[:turn]:
                times[i].append(samplers[i](calls[i]) / calls[i])
        for i in ids:
            out[i] = times[i]
            log(f'{i:36} {min(times[i]) * 1e9:14.1f} ns  ({calls[i]} calls a sample)')
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--bench', required=True, help='the memview-bench program')
    parser.add_argument('--rounds', type=int, default=ROUNDS)
    parser.add_argument('--groups', default=','.join(python_ops.GROUPS))
    parser.add_argument('--out', required=True)
    args = parser.parse_args()
    log = lambda line: print(line, file=sys.stderr, flush=True)
    listed = subprocess.run([args.bench, 'list'], capture_output=True, text=True,
                            check=True).stdout.split()
    rust = Rust(args.bench)
    # The big copies again with glibc's huge-pages switch: a process of its own.
    thp = Rust(args.bench, env=dict(os.environ, GLIBC_TUNABLES='glibc.malloc.hugetlb=1'))
    samples, loads = {}, {}
    for group in args.groups.split(','):
        loads[group] = [os.getloadavg()[0]]
        ids = [i for i in listed if i.split(':', 1)[1].startswith(group + '/')]
        samples.update(measure_group(group, ids, rust, args.rounds, log))
        if group == 'big':
            mine = {i: (lambda calls, i=i: thp.sample(i, calls))
                    for i in ids if i.startswith('memview:')}
            timed = interleaved(mine, args.rounds, log)
            samples.update({i.replace('memview:', 'memview+hugepages:'): t
                            for i, t in timed.items()})
        loads[group].append(os.getloadavg()[0])
    rust.close()
    thp.close()
    Path(args.out).write_text(json.dumps({
        'rounds': args.rounds, 'sample_seconds': SAMPLE, 'loads': loads,
        'numpy': getattr(python_ops.np, '__version__', None),
        'samples': samples,
    }, indent=1) + '\n')


if __name__ == '__main__':
    main()
