"""Peak memory: a 256 MiB buffer processed through views, then through copies.

The same work as benches/peak_memory.rs, in Python: strip a 64-byte header,
cut the payload into 4 KiB records and keep them in a list, then checksum
every record (zlib.adler32, summed modulo 2**32, so both languages print the
same checksum). Through views, the header is dropped with a memoryview slice
and the records are memoryview slices; through copies, they are slices of the
bytearray, which copy.

Each way must run in a process of its own (the peak is the process's):

    python3 tools/bench/peak_memory.py views
    python3 tools/bench/peak_memory.py copies

It prints one line of JSON, with the peak resident set size (VmHWM in
/proc/self/status, so Linux only) before the buffer was made and at the end.
"""

import json
import sys
import time
import zlib

from python_ops import pattern  # the same bytes: byte i is i % 251

HEADER = 64
PAYLOAD = 256 << 20
RECORD = 4096


def peak_rss_kib():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    return 0


def through_views(data):
    payload = memoryview(data)[HEADER:]
    records = [payload[i:i + RECORD] for i in range(0, PAYLOAD, RECORD)]
    return sum(zlib.adler32(record) for record in records) % 2**32


def through_copies(data):
    payload = data[HEADER:]
    records = [payload[i:i + RECORD] for i in range(0, PAYLOAD, RECORD)]
    return sum(zlib.adler32(record) for record in records) % 2**32


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    if mode not in ('views', 'copies'):
        sys.exit(__doc__)
    before = peak_rss_kib()
    data = pattern(HEADER + PAYLOAD)
    started = time.perf_counter()
    work = through_views if mode == 'views' else through_copies
    checksum = work(data)
    seconds = time.perf_counter() - started
    print(json.dumps({
        'lang': 'python', 'mode': mode, 'buffer_bytes': len(data),
        'before_kib': before, 'peak_kib': peak_rss_kib(),
        'seconds': round(seconds, 4), 'checksum': checksum,
    }))


if __name__ == '__main__':
    main()
