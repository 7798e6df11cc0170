"""Instructions per item, counted by valgrind's callgrind: the figure a busy
machine cannot move.

Each per-item operation (a loop over 64 Ki items) runs under callgrind twice,
once and `REPS` times, in memview-bench (Rust) and in CPython; the difference
divided by the extra items is the cost of one item, with start-up and data
building taken out.

    python3 tools/bench/instructions.py [ID ...]   # needs a release memview-bench
"""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BENCH = ROOT / 'target' / 'release' / 'memview-bench'
ITEMS = 64 * 1024
# The per-item loops (group/name), each over ITEMS items a call.
COUNTED = [
    'item/index_1d_B', 'item/index_1d_d', 'item/index_2d_B', 'item/iter_1d_B',
    'item/index_1d_B_typed', 'item/index_1d_d_typed', 'item/index_2d_B_typed',
    'item/iter_1d_B_typed', 'item/tolist_1d_B', 'item/tolist_1d_d', 'item/tolist_2d_B',
]
RUST_REPS, PYTHON_REPS = 11, 4
PYTHON = '''
import gc, sys
sys.path.insert(0, {here!r})
import python_ops
stmt, names = python_ops.group('item')[{op!r}]
code = compile(stmt, '<bench>', 'exec')
gc.disable()
for _ in range({reps}):
    exec(code, names)
'''


def collected(cmd):
    """The instructions callgrind counted running `cmd`."""
    out = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null',
                          *map(str, cmd)], capture_output=True, text=True, check=True)
    return int(re.search(r'Collected : (\d+)', out.stderr).group(1))


def per_item(cmd_of, reps):
    once, many = collected(cmd_of(1)), collected(cmd_of(reps))
    return (many - once) / ((reps - 1) * ITEMS)


def rust(op, side='memview'):
    return per_item(lambda reps: [BENCH, 'count', f'{side}:{op}', reps], RUST_REPS)


def python(op, executable=sys.executable):
    twin = op.removesuffix('_typed')
    script = lambda reps: [executable, '-c', PYTHON.format(
        here=str(HERE), op=f'cpython:{twin}', reps=reps)]
    return per_item(script, PYTHON_REPS)


def count(ops=COUNTED, executable=sys.executable):
    """{group/name: {'memview': n, 'cpython': n}} instructions per item."""
    result, cpython = {}, {}
    for op in ops:
        twin = op.removesuffix('_typed')
        if twin not in cpython:
            cpython[twin] = python(op, executable)
        result[op] = {'memview': rust(op), 'cpython': cpython[twin]}
        print(f'{op:28} memview {result[op]["memview"]:7.1f}   '
              f'CPython {result[op]["cpython"]:7.1f} instructions per item', file=sys.stderr)
    return result


if __name__ == '__main__':
    json.dump(count(sys.argv[1:] or COUNTED), sys.stdout, indent=1)
    print()
