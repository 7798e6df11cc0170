"""Virtual environments with memview's Python module, NumPy and pytest.

    python3 tools/python_env.py            # 3.11, and 3.12 / 3.13 where found
    python3 tools/python_env.py 3.11       # only these versions
    python3 tools/python_env.py --json     # the same, then one JSON line

For each CPython version it makes `target/python/3.X/` (a venv), installs the
pinned packages of `tools/python-requirements.txt` into it, and builds the
bridge (`bridge/`) into it with `maturin develop`, as the Python module
`memview`. A second run does only what changed: the packages when the
requirements change, the module when the Rust sources change (stamps in the
venv). The book check (`tests/book.rs`) and `.ci/run` call it; a reader runs
it once and then `target/python/3.11/bin/python`.

3.11 is required; 3.12 and 3.13 are looked for as `python3.12` on PATH and in
pyenv's versions, and a missing one is reported loudly, not silently skipped.
"""
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "tools" / "python-requirements.txt"
REQUIRED = ["3.11"]
OPTIONAL = ["3.12", "3.13"]


def target_dir():
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")).resolve()


def say(*words):
    print(*words, file=sys.stderr, flush=True)


def version_of(python):
    """'3.12' for a python that runs, else None."""
    try:
        out = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def find_python(version):
    """An interpreter of `version`: this one, `python3.X` on PATH, or pyenv's newest."""
    if "%d.%d" % sys.version_info[:2] == version:
        return sys.executable
    on_path = shutil.which("python" + version)
    if on_path and version_of(on_path) == version:
        return on_path
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(pyenv_root.glob("versions/%s.*/bin/python%s" % (version, version)),
                        key=lambda p: [int(x) if x.isdigit() else 0
                                       for x in p.parent.parent.name.split(".")])
    for candidate in reversed(candidates):
        if version_of(str(candidate)) == version:
            return str(candidate)
    return None


def digest(paths):
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def module_sources():
    """Everything the module is built from: the bridge and the library."""
    files = [ROOT / "Cargo.lock", ROOT / "Cargo.toml", ROOT / "build.rs"]
    for folder in ["bridge", "src"]:
        files += [p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and p.suffix in {".rs", ".toml"} and "tests" not in p.parts]
    return sorted(files)


def run(cmd, **kwargs):
    say("  $", " ".join(str(c) for c in cmd))
    # Their output goes to stderr: stdout carries only the --json answer.
    subprocess.run(cmd, check=True, stdout=sys.stderr, **kwargs)


def ensure(version, python):
    """Makes target/python/<version> up to date; returns its python."""
    env_dir = target_dir() / "python" / version
    env_python = env_dir / "bin" / "python"
    if not env_python.exists():
        say("python env %s: creating %s" % (version, env_dir))
        run([python, "-m", "venv", "--clear", str(env_dir)])
    stamps = {"packages": digest([REQUIREMENTS]), "module": digest(module_sources())}
    stamp_file = env_dir / "memview-stamps.json"
    old = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    if old.get("packages") != stamps["packages"]:
        say("python env %s: installing %s" % (version, REQUIREMENTS.name))
        run([str(env_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-r", str(REQUIREMENTS)])
        old = {"packages": stamps["packages"]}
        stamp_file.write_text(json.dumps(old))
    if old.get("module") != stamps["module"]:
        say("python env %s: building the memview module (maturin develop)" % version)
        env = dict(os.environ, VIRTUAL_ENV=str(env_dir),
                   PATH="%s:%s" % (env_dir / "bin", os.environ.get("PATH", "")),
                   # Its own target folder: maturin builds pyo3 for an
                   # extension module, cargo test for an embedded Python; in
                   # one folder each would undo the other's build.
                   CARGO_TARGET_DIR=str(target_dir() / "maturin"))
        env.pop("PYO3_PYTHON", None)
        run([str(env_dir / "bin" / "maturin"), "develop", "--quiet",
             "--manifest-path", str(ROOT / "bridge" / "Cargo.toml")], env=env, cwd=ROOT)
        stamp_file.write_text(json.dumps(stamps))
    return str(env_python)


def main(argv):
    as_json = "--json" in argv
    wanted = [a for a in argv if not a.startswith("--")] or REQUIRED + OPTIONAL
    started = time.monotonic()
    (target_dir() / "python").mkdir(parents=True, exist_ok=True)
    report, failed = [], False
    with open(target_dir() / "python" / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one run at a time (cargo test, CI, a reader)
        for version in wanted:
            python = find_python(version)
            if python is None:
                why = "no CPython %s found (not python%s on PATH, not in pyenv)" % (version, version)
                say("\n!!! PYTHON %s IS MISSING: %s; its checks are NOT run !!!\n" % (version, why))
                failed |= version in REQUIRED
                report.append({"version": version, "python": None, "why": why})
                continue
            try:
                report.append({"version": version, "python": ensure(version, python)})
            except subprocess.CalledProcessError as e:
                why = "setting up target/python/%s failed: %s" % (version, e)
                say("\n!!! %s !!!\n" % why)
                failed = True
                report.append({"version": version, "python": None, "why": why})
    for entry in report:
        if entry["python"]:
            say("python env %s: ready, %s" % (entry["version"],
                                              os.path.relpath(entry["python"], Path.cwd())))
    say("python envs: %.1f s" % (time.monotonic() - started))
    if as_json:
        print(json.dumps(report))
    return 1 if failed else 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main(sys.argv[1:]))
