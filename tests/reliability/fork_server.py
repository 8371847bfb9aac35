"""Starts processes of the program quickly, to be killed: each request runs in a process forked
from this one, which has already imported the program (a fresh interpreter spends most of a
second importing it, for every kill).

Requests come on stdin, one JSON object a line::

    {"target": "cli" | "edits", "args": [...], "output": FILE, "kill_after": SECONDS | null,
     "kill_when_exists": PATH (optional)}

``cli`` runs ``welcome_desk.cli.main.main(args)``, the ``welcome-desk`` command itself; ``edits``
runs ``edit_worker.main(args)``. The child writes its stdout and stderr to FILE. The server kills
it with SIGKILL ``kill_after`` seconds after the fork (after PATH appears, when given) unless it
has ended by then (the server is its parent: the process id cannot have been reused by another
process), then answers one JSON line: ``{"code": EXIT-CODE (-9 when killed), "killed": bool,
"seconds": float, "appeared": seconds until PATH appeared, or null}``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback
from typing import Any

import edit_worker

from welcome_desk.cli.main import main as cli_main


def _child(request: dict[str, Any]) -> int:
    output = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(output, 1)
    os.dup2(output, 2)
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)
    if request["target"] == "cli":
        return cli_main(request["args"])
    return edit_worker.main(request["args"])


def _run(request: dict[str, Any]) -> dict[str, Any]:
    sys.stdout.flush()
    sys.stderr.flush()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the server's loop
        code = 1
        try:
            code = _child(request)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)

    def ended() -> int | None:
        done, status = os.waitpid(pid, os.WNOHANG)
        return status if done else None

    delay = request.get("kill_after")
    deadline = None if delay is None else started + delay
    status = None
    appeared = None
    trigger = request.get("kill_when_exists")
    if trigger is not None:  # the delay counts from the moment this file appears
        while status is None and not os.path.exists(trigger):
            status = ended()
            time.sleep(0.0005)
        if status is None:
            appeared = time.monotonic() - started
            deadline = None if delay is None else time.monotonic() + delay
    while status is None and deadline is not None and time.monotonic() < deadline:
        status = ended()
        if status is None:
            time.sleep(min(0.002, max(0.0, deadline - time.monotonic())))
    if status is None:
        if deadline is not None:  # not reaped yet: the id is still this child's
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return {
        "code": code,
        "killed": code == -signal.SIGKILL,
        "seconds": time.monotonic() - started,
        "appeared": appeared,
    }


def serve() -> int:
    for line in sys.stdin:
        print(json.dumps(_run(json.loads(line))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(serve())
