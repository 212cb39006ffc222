"""``triage serve``: the web server on the configured database and model, until stopped."""

from __future__ import annotations

import asyncio
import socket
import sys

import click
import uvicorn

from clinical.care_options import CareOptions
from core.errors import port_unavailable
from core.settings import Settings
from knowledge.base import KnowledgeBase
from triage.app import open_conversation


async def warm_knowledge(kb: KnowledgeBase | None) -> None:
    """Import the starter library into an empty knowledge base and build the search index
    now, so the first patient's question does not wait for either (a few seconds)."""
    if kb is None:
        return
    imported = await asyncio.to_thread(kb.ensure_starter_library)
    if imported:
        click.echo(
            f"Knowledge base: imported the starter library ({len(imported)} documents, "
            "sample content for the clinic to replace: triage kb list)"
        )
    await asyncio.to_thread(kb.index)


def listen(host: str, port: int) -> socket.socket:
    """Return a socket listening on ``host:port``, or raise :class:`PortUnavailable`."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=2048)
    except OSError as exc:
        raise port_unavailable(exc, host, port, option="--port") from exc


async def serve_forever(
    settings: Settings, *, sock: socket.socket, host: str, port: int, care: CareOptions | None
) -> None:
    """Open the conversation service, serve the web app on ``sock`` (from :func:`listen`)
    with the clinic's ``care`` options (already checked), and print its local URL."""
    from ui.server import build_server  # gradio is slow to import: only when serving

    async with open_conversation(settings) as conversation:
        await warm_knowledge(conversation.context.knowledge)
        server = uvicorn.Server(
            uvicorn.Config(
                build_server(conversation, settings, care=care),
                host=host,
                port=port,
                log_level="warning",
                access_log=False,  # request lines are not needed, and nothing private leaks
            )
        )
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not serving.done():
            await asyncio.sleep(0.05)
        if server.started:
            shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
            click.echo(f"Patient chat: http://{shown}:{port}/  (Ctrl-C stops it)")
            click.echo(f"Nurse workspace: http://{shown}:{port}/nurse/  (triage users add)")
            sys.stdout.flush()
        await serving
