"""A TCP relay between the desk and its PostgreSQL server, that the tests cut and restore: a
network outage (or the server going away) as the desk meets it — connections broken in the
middle, and new ones refused — without touching the server other tests share."""

from __future__ import annotations

import socket
import threading
from contextlib import suppress

from sqlalchemy.engine import URL, make_url


def upstream_of(url: URL) -> tuple[int, object]:
    """The server's address: a Unix socket (``?host=/folder``) or host and port."""
    host = url.query.get("host") or url.host or "localhost"
    port = url.port or 5432
    if isinstance(host, tuple):
        host = host[0]
    if str(host).startswith("/"):
        return socket.AF_UNIX, f"{host}/.s.PGSQL.{port}"
    return socket.AF_INET, (host, port)


class OutageProxy:
    def __init__(self, server: str) -> None:
        self.family, self.address = upstream_of(make_url(server))
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()

    def url(self, server: str) -> str:
        """``server``'s URL, through the relay (its database, user and password kept)."""
        through = make_url(server).set(host="127.0.0.1", port=self.port)
        query = {k: v for k, v in through.query.items() if k != "host"}
        return through.set(query=query).render_as_string(hide_password=False)

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        self.port = listener.getsockname()[1]
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Every connection broken, and nothing listening any more."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._open = self._open, []
        if listener is not None:
            with suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
            listener.close()
        for sock in sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                if self._listener is not listener:  # cut meanwhile
                    client.close()
                    return
                server = socket.socket(self.family, socket.SOCK_STREAM)
                server.connect(self.address)  # type: ignore[arg-type]
                self._open += [client, server]
            for one, other in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(one, other), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with suppress(OSError):
            sink.shutdown(socket.SHUT_WR)
