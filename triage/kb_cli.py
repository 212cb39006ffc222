"""``triage kb import|list|remove`` and ``triage eval-qa``: the clinic's documents."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import click

from core.settings import Settings
from knowledge.base import KnowledgeBase
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade


def open_knowledge(settings: Settings) -> KnowledgeBase:
    """Return the knowledge base in the configured database (migrated first)."""
    upgrade(settings.database_url)
    return KnowledgeBase(make_session_factory(make_engine(settings.database_url)))


@click.group()
def kb() -> None:
    """The clinic's documents that health questions are answered from."""


@kb.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def kb_import(paths: tuple[Path, ...]) -> None:
    """Import files and folders (.md, .txt, .html, .pdf); a changed file is a new version."""
    from triage.cli_support import load_settings

    base = open_knowledge(load_settings())
    failed = 0
    for outcome in base.import_paths(list(paths)):
        if outcome.error:
            failed += 1
            click.echo(f"failed     {outcome.error}", err=True)
        elif outcome.changed:
            click.echo(
                f"imported   {outcome.key} v{outcome.version} ({outcome.chunks} passages)"
                f"  <- {outcome.path}"
            )
        else:
            click.echo(f"unchanged  {outcome.key} v{outcome.version}  <- {outcome.path}")
    if failed:
        raise SystemExit(1)


@kb.command("list")
def kb_list() -> None:
    """One line per current document: id, version, format, passages, title."""
    from triage.cli_support import load_settings

    documents = open_knowledge(load_settings()).documents()
    for d in documents:
        sample = "  [sample]" if d.sample else ""
        click.echo(f"{d.key}\tv{d.version}\t{d.format}\t{d.chunks}\t{d.title}{sample}")
    if not documents:
        click.echo("The knowledge base is empty: `triage kb import knowledge/library`.", err=True)


@kb.command("remove")
@click.argument("document_id")
def kb_remove(document_id: str) -> None:
    """Retire a document: LANG/ID (one language) or ID (all). Past answers keep citing it."""
    from triage.cli_support import load_settings

    count = open_knowledge(load_settings()).remove(document_id)
    if not count:
        raise click.ClickException(f"no current document {document_id!r} (see `triage kb list`)")
    click.echo(f"removed {count} document(s) {document_id}")


@click.command("eval-qa")
@click.argument("cases_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the report.")
def eval_qa(cases_file: Path, out: Path | None) -> None:
    """Score health-question answers on labelled cases (see the README)."""
    from agent.llm import make_llm
    from triage.cli_support import load_settings
    from triage.qa_evaluation import evaluate, load_cases, summary_lines

    settings = load_settings()
    try:
        cases = load_cases(cases_file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    base = open_knowledge(settings)
    base.ensure_starter_library()
    # The bundled model never writes answers (extractive only), so it need not run here.
    writes = settings.llm_backend != "llamacpp" and settings.llm_base_url is not None
    llm = make_llm(settings) if writes else None

    async def scored() -> dict[str, Any]:
        try:
            return await evaluate(cases, base, llm)
        finally:
            if llm is not None:
                await llm.aclose()  # its connections, in the loop that opened them

    figures = asyncio.run(scored())
    figures["library_version"] = base.version()
    figures["documents"] = len(base.documents())
    for line in summary_lines(figures):
        click.echo(line)
    if out is not None:
        out.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
