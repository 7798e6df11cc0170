// memview's additions to mdBook's pages (book.toml: additional-js). It runs
// after mdBook's book.js has highlighted the code, on every page and on
// print.html:
//
// - labels each block that is not plain working code: "Output", "rustc
//   says", and badges on blocks that do not compile, panic, or are not run
//   (not on a "Check yourself" question, where the badge would give the
//   answer away);
// - shows Python blocks as sessions: the `>>>` prompt in bold, what Python
//   prints in plain text (no keyword colours), tracebacks apart;
// - opens every <details> (answers, hints, checks) for printing, so that a
//   printed book has its answers.
//
// tools/browser_check.py checks all three in a real browser.
(function () {
    'use strict';

    // [class of the <code>, label, class of the <pre>]
    const KINDS = [
        ['compile_fail', 'Does not compile', 'mv-badge-fail'],
        ['should_panic', 'Panics', 'mv-badge-panic'],
        ['no_run', 'Compiled, not run', 'mv-badge-skip'],
        ['ignore', 'Not compiled', 'mv-badge-skip'],
    ];

    // Is `pre` a question of a "Check yourself" section (not its answer)?
    function isQuestion(pre) {
        if (pre.closest('details')) {
            return false;
        }
        let node = pre;
        while (node.parentElement && node.parentElement.tagName !== 'MAIN') {
            node = node.parentElement;
        }
        for (let el = node; el; el = el.previousElementSibling) {
            if (/^H[12]$/.test(el.tagName)) {
                return /^check-yourself/.test(el.id);
            }
        }
        return false;
    }

    function label(pre, code) {
        const classes = code.classList;
        if (classes.contains('output')) {
            pre.dataset.mvLabel = 'Output';
            return;
        }
        if (classes.contains('rustc')) {
            pre.dataset.mvLabel = 'rustc says';
            return;
        }
        for (const [cls, text, badge] of KINDS) {
            if (!classes.contains(cls) || isQuestion(pre)) {
                continue;
            }
            const codes = Array.from(classes).filter((c) => /^E\d{4}$/.test(c));
            let words = text;
            if (classes.contains('exercise')) {
                words = 'Does not compile yet: your task is to make it compile';
            } else if (codes.length) {
                words += ': ' + codes.join(', ');
            }
            pre.dataset.mvLabel = words;
            pre.classList.add(badge);
            return;
        }
    }

    // A Python block is a session typed at the `>>>` prompt. highlight.js has
    // a grammar for that (`python-repl`), which highlights only what follows
    // a prompt; the rest is what Python printed.
    function session(code) {
        const text = code.textContent;
        code.classList.remove('language-python');
        code.classList.add('language-python-repl');
        code.textContent = text;
        if (window.hljs) {
            window.hljs.highlightBlock(code);
        }
        let traceback = false;
        code.innerHTML = code.innerHTML.split('\n').map((line) => {
            const plain = line.replace(/<[^>]*>/g, '');
            if (/^(&gt;&gt;&gt;|\.\.\.)( |$)/.test(plain) || plain === '') {
                traceback = false;
                return line;
            }
            if (plain.startsWith('Traceback (most recent call last):')) {
                traceback = true;
            }
            const cls = traceback ? 'mv-py-traceback' : 'mv-py-output';
            // The exception's own line (`TypeError: ...`) ends the traceback.
            if (traceback && /^\S/.test(plain) && !plain.startsWith('Traceback')) {
                traceback = false;
            }
            return '<span class="' + cls + '">' + line + '</span>';
        }).join('\n');
    }

    function openAll() {
        document.querySelectorAll('details').forEach((d) => {
            d.open = true;
        });
    }

    document.querySelectorAll('main pre > code').forEach((code) => {
        if (code.classList.contains('language-python')) {
            session(code);
        }
        label(code.parentElement, code);
    });

    window.addEventListener('beforeprint', openAll);
    if (/(^|\/)print\.html$/.test(window.location.pathname)) {
        openAll();
    }
})();
