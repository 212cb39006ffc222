"""The model client's HTTP transport: aiohttp under the openai SDK's httpx client.

The SDK sends through an ``httpx2.AsyncClient``; its default transport is httpcore's pool with
h11 parsing every chunk of a chunked reply in Python, and the pool scans every connection on
each request and each close (encode/httpcore#1035). With 64 sessions in flight the model
client was the largest share of a turn's CPU (``bench/``, concurrency, N = 64: httpx and
httpcore about 27% of the event loop, h11 about 6%). :class:`AiohttpClient` is the same
httpx client with aiohttp's connector and its C response parser as the transport, as the
openai SDK's own ``DefaultAioHttpClient`` (extra ``openai[aiohttp]``) does, with three
differences that keep the agent's behaviour as it was on httpcore:

- the request's headers go out as httpx built them, their names' case included, so the
  server receives the same bytes (``tests/test_llm_client.py`` compares them);
- aiohttp's failures become the httpx exceptions httpcore raises for the same failure (a
  refused connection is ``ConnectError``, so the SDK raises ``APIConnectionError``, as the
  readiness probe and ``triage`` report it; a read timeout ``ReadTimeout``; a reply cut
  short ``RemoteProtocolError``), where the SDK's vendored transport turns every
  connection error into ``ConnectTimeout``;
- new sockets get the TCP keepalive options langchain-openai sets on its own default client
  (so a dead model server behind a load balancer is noticed the same way).

Everything above the transport is httpx's and the SDK's: URL, headers, timeouts (connect,
read, pool: read as the SDK's vendored transport reads them), proxies from the environment
(each proxy mount gets this transport too), redirects, response decoding.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any

import aiohttp
import httpx2
from yarl import URL

SocketOption = tuple[int, int, int]

# langchain-openai's default pool for the SDK client (its _DEFAULT_CONNECTION_LIMITS).
DEFAULT_LIMITS = httpx2.Limits(
    max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0
)

# aiohttp's failures, most specific first, as the httpx exceptions httpcore raises for them.
_ERRORS: tuple[tuple[type[BaseException], type[httpx2.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx2.ConnectTimeout),
    (aiohttp.SocketTimeoutError, httpx2.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx2.ReadTimeout),
    (aiohttp.ClientProxyConnectionError, httpx2.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx2.ProxyError),
    (aiohttp.ClientConnectorError, httpx2.ConnectError),
    (aiohttp.ServerDisconnectedError, httpx2.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx2.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx2.RemoteProtocolError),
    (aiohttp.InvalidURL, httpx2.UnsupportedProtocol),
    (aiohttp.ClientOSError, httpx2.NetworkError),
    (TimeoutError, httpx2.TimeoutException),
    (aiohttp.ClientError, httpx2.TransportError),
)


def httpx_error(exc: BaseException) -> httpx2.TransportError | None:
    """Return the httpx exception httpcore raises for the failure aiohttp raised as ``exc``
    (``None`` for anything that is not a transport failure)."""
    for aiohttp_type, httpx_type in _ERRORS:
        if isinstance(exc, aiohttp_type):
            return httpx_type(str(exc) or type(exc).__name__)
    return None


def keepalive_options() -> tuple[SocketOption, ...]:
    """Return the socket options langchain-openai sets on its default SDK client (TCP
    keepalive; none when ``LANGCHAIN_OPENAI_TCP_KEEPALIVE=0``), or none if a release has
    moved them."""
    try:
        from langchain_openai.chat_models._client_utils import _default_socket_options

        return tuple(_default_socket_options())
    except (ImportError, AttributeError, TypeError):
        return ()


class _Body(httpx2.AsyncByteStream):
    """A response body read from aiohttp as it arrives; closing it frees the connection."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while chunk := await content.readany():
                yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _mapped(exc) from exc

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end, else the connection is closed.
        self._response.release()


def _mapped(exc: BaseException) -> BaseException:
    return httpx_error(exc) or exc


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """An httpx transport that sends through one aiohttp session (made on first use, in the
    event loop that uses it)."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        socket_options: Sequence[SocketOption] = (),
        proxy: httpx2.Proxy | None = None,
    ) -> None:
        self._ssl = ssl_context
        self._limits = limits
        self._socket_options = tuple(socket_options)
        self._proxy = None if proxy is None else str(proxy.url)
        self._proxy_auth = (
            aiohttp.BasicAuth(*proxy.auth) if proxy is not None and proxy.auth else None
        )
        self._proxy_headers = dict(proxy.headers) if proxy is not None else None
        self._session: aiohttp.ClientSession | None = None

    def _socket(self, addr_info: Any) -> socket.socket:
        family, type_, proto, _, _ = addr_info
        sock = socket.socket(family=family, type=type_, proto=proto)
        for level, option, value in self._socket_options:
            sock.setsockopt(level, option, value)
        return sock

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._ssl,
            socket_factory=self._socket if self._socket_options else None,
        )
        return aiohttp.ClientSession(connector=connector, auto_decompress=False)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = self._session
        if session is None or session.closed:
            session = self._session = self._open()
        timeout = request.extensions.get("timeout", {})
        try:
            content: bytes | httpx2.AsyncByteStream | None = request.content or None
        except httpx2.RequestNotRead:
            content = request.stream  # type: ignore[assignment]
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        if content is not None and not isinstance(content, bytes):
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),  # as httpx encoded it
                headers=headers,
                data=content,
                allow_redirects=False,
                compress=False,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
                server_hostname=request.extensions.get("sni_hostname"),
                proxy=self._proxy,
                proxy_auth=self._proxy_auth,
                proxy_headers=self._proxy_headers,
            )
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _mapped(exc) from exc
        extensions: dict[str, Any] = {
            "http_version": f"HTTP/{response.version.major}.{response.version.minor}".encode()
            if response.version
            else b"HTTP/1.1"
        }
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx2.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_Body(response),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class AiohttpClient(httpx2.AsyncClient):
    """``httpx2.AsyncClient`` whose transports (direct and through proxies) are
    :class:`AiohttpTransport`."""

    def __init__(self, *, socket_options: Iterable[SocketOption] = (), **kwargs: Any) -> None:
        self._socket_options = tuple(socket_options)
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)

    def __del__(self) -> None:
        # As langchain-openai's default SDK client does: a client dropped unclosed inside a
        # running loop closes its connections there.
        try:
            if not self.is_closed:
                asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass

    def _init_transport(  # type: ignore[override]
        self,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        transport: httpx2.AsyncBaseTransport | None = None,
        **_: Any,
    ) -> httpx2.AsyncBaseTransport:
        if transport is not None:
            return transport
        return AiohttpTransport(
            ssl_context=httpx2.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env),
            limits=limits,
            socket_options=self._socket_options,
        )

    def _init_proxy_transport(  # type: ignore[override]
        self,
        proxy: httpx2.Proxy,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        **_: Any,
    ) -> httpx2.AsyncBaseTransport:
        return AiohttpTransport(
            ssl_context=httpx2.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env),
            limits=limits,
            socket_options=self._socket_options,
            proxy=proxy,
        )
