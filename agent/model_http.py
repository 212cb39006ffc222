"""The model client's connection pool, made cheaper to scan: each idle connection's socket is
kept, not looked up through AnyIO on every check.

httpcore's pool (``httpcore2.AsyncConnectionPool``, under the openai SDK's httpx client)
checks every idle kept-alive connection each time a request is added or a response closed:
``has_expired()`` asks the connection's stream whether its socket is readable (the server
closed it). The AnyIO stream answers by building AnyIO's whole table of typed socket
attributes to find the raw socket, then polls it. With 64 sessions in flight that was about
110 checks per turn and the largest single cost of the model client in the profile
(``bench/``, concurrency, N = 64; encode/httpcore#1035). :class:`KeptSocketStream` keeps the
raw socket from the moment it connects and polls it the same way, so every check gives the
same answer for less.

:func:`keep_sockets` puts this in front of the network backend of the pool the SDK already
built (the one langchain-openai configures: limits, TCP keepalive, proxies from the
environment), and changes nothing else. Those are private attributes of httpx and httpcore:
when a release renames them, nothing is changed and the client works as before, only
slower; ``tests/test_llm_client.py`` says so.
"""

from __future__ import annotations

import select
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2


def socket_readable(sock: socket.socket | None) -> bool:
    """Return whether ``sock`` has something to read now (or is gone), without reading:
    httpcore's own check (``httpcore2._utils.is_socket_readable``) on a socket at hand."""
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True  # no socket any more: as good as closed by the server
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


class KeptSocketStream(httpcore2.AsyncNetworkStream):
    """A network stream that answers ``is_readable`` from the socket it was opened on."""

    def __init__(self, inner: httpcore2.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: socket.socket | None = inner.get_extra_info("socket")
        # Reads and writes go straight to the inner stream: no extra coroutine per chunk.
        self.read = inner.read  # type: ignore[method-assign]
        self.write = inner.write  # type: ignore[method-assign]
        self.aclose = inner.aclose  # type: ignore[method-assign]

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        return KeptSocketStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._socket is not None:
            return socket_readable(self._socket)
        return self._inner.get_extra_info(info)


class KeptSocketBackend(httpcore2.AsyncNetworkBackend):
    """The pool's own network backend, with its streams wrapped in :class:`KeptSocketStream`."""

    def __init__(self, inner: httpcore2.AsyncNetworkBackend) -> None:
        self.inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        stream = await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return KeptSocketStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        stream = await self.inner.connect_unix_socket(path, timeout, socket_options)
        return KeptSocketStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def keep_sockets(http_client: Any) -> int:
    """Wrap the network backend of every connection pool of an httpx client (the openai
    SDK's ``_client``) in :class:`KeptSocketBackend`; return how many pools use it now."""
    transports = [getattr(http_client, "_transport", None)]
    transports += list((getattr(http_client, "_mounts", None) or {}).values())
    wrapped = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if not isinstance(pool, httpcore2.AsyncConnectionPool) or backend is None:
            continue
        if not isinstance(backend, KeptSocketBackend):
            pool._network_backend = KeptSocketBackend(backend)
        wrapped += 1
    return wrapped
