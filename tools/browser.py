"""Headless Chromium for the book: install it, serve target/book, drive pages.

Used by `tools/browser_check.py` (the checks `.ci/run` runs) and
`tools/book_pdf.py` (the printable edition). Standard library only: Chromium
is driven through the DevTools protocol over a pipe
(`--remote-debugging-pipe`: JSON messages ended by a NUL byte, Chromium
reading on its fd 3 and writing on its fd 4), so no WebDriver, no websocket
library and no browser download are needed.

Chromium comes from Debian's packages. `ensure_chromium()` installs the
pinned version when Debian still has it, and otherwise Debian's current one
(Debian replaces Chromium on every security release and drops the old
package, so a pin cannot hold for long); it prints which one it uses.
"""

import base64
import fcntl
import functools
import http.server
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading

# The version the checks were written against (Debian 12, bookworm-security).
PINNED_CHROMIUM = "156.0.8078.129-1~deb12u1"
# The longest wait for one answer or event (a page load of print.html included).
TIMEOUT = 120


def log(message):
    print(message, flush=True)


def _run(command):
    return subprocess.run(command, capture_output=True, text=True)


def ensure_chromium():
    """The path of a Chromium binary, installing Debian's package if needed."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            log(f"using {path} ({_installed_version() or 'not from a Debian package'})")
            return path
    if not shutil.which("apt-get"):
        sys.exit("no chromium on PATH and no apt-get to install it (Debian's `chromium` package)")
    log("installing Chromium from Debian's packages (about 2 minutes)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    available = _run(["apt-cache", "madison", "chromium"]).stdout
    wanted = "chromium"
    if f"| {PINNED_CHROMIUM} |" in available:
        wanted = f"chromium={PINNED_CHROMIUM}"
    else:
        log(f"NOTE: Debian no longer has chromium {PINNED_CHROMIUM}; installing its current one")
    # A font too: Chromium's packages do not pull one in, and without one every
    # letter is a box.
    subprocess.run(["apt-get", "install", "-y", "-qq", wanted, "fonts-dejavu-core"],
                   check=True, env=env)
    path = shutil.which("chromium")
    if not path:
        sys.exit("apt-get installed chromium, but it is not on PATH")
    log(f"using {path} ({_installed_version()})")
    return path


def _installed_version():
    out = _run(["dpkg-query", "-W", "-f=${Version}", "chromium"])
    return out.stdout.strip() if out.returncode == 0 else None


class Server:
    """Serves a folder over http://127.0.0.1:PORT/ from a thread, quietly."""

    def __init__(self, folder):
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class ProtocolError(Exception):
    pass


class Chromium:
    """One headless Chromium, spoken to over the DevTools pipe."""

    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="memview-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def plumb():  # in the child: its fd 3 reads our commands, fd 4 answers
            # via fds above 9, so that neither lands on the other's number
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w)]
            for target, fd in zip((3, 4), high):
                os.dup2(fd, target)
                os.set_inheritable(target, True)

        self.process = subprocess.Popen(
            [binary, "--headless", "--remote-debugging-pipe", "--no-sandbox",
             "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--hide-scrollbars", "--font-render-hinting=none",
             f"--user-data-dir={self.profile}", "about:blank"],
            preexec_fn=plumb, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next_id = 0
        self._buffer = b""
        self._events = []

    def forget_events(self):
        """Drops the events read so far: a page about to load waits for its
        own load event, not an earlier page's."""
        self._events.clear()

    def _write(self, message):
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._to_chrome, data):]

    def _read(self):
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_chrome], [], [], TIMEOUT)
            if not ready:
                raise ProtocolError(f"Chromium said nothing for {TIMEOUT} s")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise ProtocolError("Chromium closed the pipe (did it crash?)")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        """Sends a command and waits for its answer; events meanwhile are kept."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._write(message)
        while True:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise ProtocolError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self._events.append(answer)

    def wait_for(self, event, session):
        """Waits for an event of `session` (one already received counts)."""
        while True:
            for i, message in enumerate(self._events):
                if message.get("method") == event and message.get("sessionId") == session:
                    del self._events[i]
                    return message.get("params", {})
            self._events.append(self._read())

    def page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, session)

    def close(self):
        try:
            self.send("Browser.close")
        except (ProtocolError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """A tab: set its size and media, open a URL, run JavaScript, capture it."""

    def __init__(self, browser, session):
        self.browser, self.session = browser, session
        self.send("Page.enable")
        self.send("Runtime.enable")
        # print.html opens the print dialog by itself; here printing is ours.
        self.send("Page.addScriptToEvaluateOnNewDocument",
                  {"source": "window.print = function () {};"})

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def size(self, width, height, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def media(self, dark=False, print_=False):
        self.send("Emulation.setEmulatedMedia", {
            "media": "print" if print_ else "",
            "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})

    def open(self, url):
        # A tab in the background gets no animation frames and slow timers.
        self.send("Page.bringToFront")
        self.browser.forget_events()
        self.send("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session)
        # let scripts that run on load (highlighting, badges) finish
        self.eval("new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))")

    def closed_details(self):
        """(closed, total): the page's <details> that stay shut, of all."""
        return self.eval("[document.querySelectorAll('details:not([open])').length, "
                         "document.querySelectorAll('details').length]")

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ProtocolError(f"JavaScript failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, full_page=False):
        params = {"format": "png"}
        if full_page:
            width, height = self.eval(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def pdf(self, path):
        data = self.send("Page.printToPDF", {
            "printBackground": True, "preferCSSPageSize": False,
            "paperWidth": 8.27, "paperHeight": 11.69,  # A4, in inches
            "marginTop": 0.5, "marginBottom": 0.5, "marginLeft": 0.5, "marginRight": 0.5,
            "displayHeaderFooter": True,
            "headerTemplate": "<span></span>",
            "footerTemplate": ("<div style='font-size:8px;width:100%;text-align:center'>"
                               "<span class='pageNumber'></span> / <span class='totalPages'></span>"
                               "</div>"),
        })["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
