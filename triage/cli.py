"""The ``triage`` command line. Every subcommand honours the TRIAGE_* settings."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from core.settings import Settings, get_settings
from triage.cli_support import check_model, load_settings, run

VLLM_DEFAULTS = {"max_model_len": 32768, "gpu_memory_utilization": 0.9, "port": 8000}


class TriageGroup(click.Group):
    """The ``triage`` group: every subcommand, wherever defined, runs inside one handler
    that shows a known failure as its cause and remedy, exit code 1, no traceback unless
    ``-v`` (``triage.failures``)."""

    def invoke(self, ctx: click.Context) -> object:
        from triage.failures import explain_or_raise

        with explain_or_raise(
            verbose=bool(ctx.params.get("verbose")), database_url=_database_url()
        ):
            return super().invoke(ctx)


def _database_url() -> str | None:
    try:
        return get_settings().database_url
    except ValidationError:
        return None


@click.group(cls=TriageGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log at INFO level (never health data).")
def main(verbose: bool) -> None:
    """Patient-intake triage agent."""
    # SIGTERM (a service manager stopping us) unwinds like Ctrl-C, so the local model server
    # we started is stopped too instead of being left running.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "openai", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


# --- chat -------------------------------------------------------------------------------


@main.command()
@click.option("--session", "session_id", help="Resume this session id.")
@click.option(
    "--script",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read patient messages from FILE, one per line.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per agent reply.")
@click.option("--language", type=click.Choice(["en", "zh"]), help="Language of the greeting.")
def chat(session_id: str | None, script: Path | None, as_json: bool, language: str | None) -> None:
    """Chat in the terminal (interactive, or scripted with --script)."""
    from triage.chat import chat_loop

    if script is None and not click.get_current_context().find_root().params["verbose"]:
        logging.getLogger().setLevel(logging.ERROR)  # keep the conversation readable
    settings = load_settings()
    check_model(settings)
    lines = None
    if script is not None:
        lines = [ln for ln in script.read_text(encoding="utf-8").splitlines() if ln.strip()]
    run(chat_loop(settings, session_id=session_id, lines=lines, as_json=as_json, language=language))


# --- serve ------------------------------------------------------------------------------


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=7860, show_default=True, type=int, help="Port to listen on.")
def serve(host: str, port: int) -> None:
    """Serve the patient chat in the browser (on the configured database and model)."""
    from clinical.care_options import load_care_options
    from triage.web import listen, serve_forever

    settings = load_settings()
    sock = listen(host, port)  # first: a port in use stops it before anything starts
    care = load_care_options(settings.care_options_file)  # a wrong file: before anything opens
    check_model(settings)
    run(serve_forever(settings, sock=sock, host=host, port=port, care=care))


# --- eval -------------------------------------------------------------------------------


@main.command("eval")
@click.argument("cases_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--rules-only",
    is_flag=True,
    help=(
        "Score the deterministic layer alone (no model): the red-flag rules and the "
        "four-level decision, then the semantic channel unless "
        "TRIAGE_SEMANTIC_CHANNEL=false."
    ),
)
@click.option(
    "--model",
    "fake_model",
    type=click.Choice(["least-urgent"]),
    help="Converse with a built-in fake model instead of the configured one: least-urgent "
    "answers every question with the least urgent option and no red flags.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the JSON report to this file (rewritten after every case while it runs).",
)
@click.option("--concurrency", default=1, show_default=True, help="Cases run at the same time.")
@click.option("--max-turns", default=25, show_default=True, help="Patient turns per case.")
@click.option(
    "--database-url",
    help="Keep the evaluation sessions in this database, each case naming its session in the "
    "report (default: a throwaway SQLite file).",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Keep the cases already in --out (an interrupted run) and run only the others.",
)
@click.option(
    "--retry-broken",
    is_flag=True,
    help="With --resume: run again the kept cases whose conversation broke off (a failed "
    "turn, e.g. the model server too slow for the turn budget).",
)
def eval_command(
    cases_file: Path,
    rules_only: bool,
    fake_model: str | None,
    out: Path | None,
    concurrency: int,
    max_turns: int,
    database_url: str | None,
    resume: bool,
    retry_broken: bool,
) -> None:
    """Measure triage accuracy on CASES_FILE (JSONL: {"id", "text", "gold_triage", ...})."""
    import json

    from triage.evaluation import (
        broke_off,
        evaluate,
        load_cases,
        model_settings,
        resumable_results,
        run_description,
        summary_lines,
    )

    settings = load_settings()
    try:
        cases = load_cases(cases_file)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    done_before = []
    if retry_broken and not resume:
        raise click.UsageError("--retry-broken goes with --resume")
    if fake_model and rules_only:
        raise click.UsageError("--model runs conversations; --rules-only runs no model")
    if resume and not rules_only:
        if out is None:
            raise click.UsageError("--resume needs --out: the report to continue")
        if out.exists():
            try:
                earlier = json.loads(out.read_text("utf-8"))
                about = run_description(model_settings(settings, fake_model), max_turns)
                done_before = resumable_results(earlier, about)
            except (ValueError, KeyError, TypeError) as exc:
                raise click.ClickException(f"cannot resume from {out}: {exc}") from exc
            if retry_broken:
                broken = [r.id for r in done_before if broke_off(r)]
                done_before = [r for r in done_before if not broke_off(r)]
                click.echo(f"running again {len(broken)} that broke off: {broken}", err=True)
            click.echo(f"resuming: {len(done_before)} case(s) already in {out}", err=True)
    if not rules_only and fake_model is None:
        check_model(settings)
    report: dict[str, object] = {}

    def write(partial: dict[str, object]) -> None:
        if out is not None:
            out.write_text(json.dumps(partial, ensure_ascii=False, indent=2) + "\n", "utf-8")

    async def go() -> None:
        report.update(
            await evaluate(
                settings,
                cases,
                rules_only_mode=rules_only,
                concurrency=concurrency,
                max_turns=max_turns,
                database_url=database_url,
                checkpoint=write,
                done_before=done_before,
                model=fake_model,
            )
        )

    run(go())
    write(report)
    click.echo("\n".join(summary_lines(report)))
    if out is not None:
        click.echo(f"report: {out}")


# --- db ---------------------------------------------------------------------------------


@main.group()
def db() -> None:
    """Database schema (Alembic migrations)."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Upgrade the schema of TRIAGE_DATABASE_URL."""
    from storage.migrate import current, upgrade

    settings = load_settings()
    upgrade(settings.database_url, revision)
    click.echo(f"database at revision {current(settings.database_url)}")


@db.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Downgrade the schema of TRIAGE_DATABASE_URL to REVISION (e.g. base)."""
    from storage.migrate import current, downgrade

    settings = load_settings()
    downgrade(settings.database_url, revision)
    click.echo(f"database at revision {current(settings.database_url)}")


# --- config -----------------------------------------------------------------------------


SECRET_FIELDS = ("llm_api_key",)


def shown_value(name: str, value: object) -> str:
    """Return a setting as ``triage config`` prints it: secrets and passwords masked."""
    if value is None:
        return "(unset)"
    if name in SECRET_FIELDS:
        return "(set)" if value not in ("", "EMPTY") else str(value)
    if name == "database_url":
        from sqlalchemy.engine import make_url

        return make_url(str(value)).render_as_string(hide_password=True)
    return str(value)


@main.command("config")
def config() -> None:
    """Print the effective settings (environment, .env, defaults), secrets masked."""
    settings = load_settings()
    for name, field in Settings.model_fields.items():
        line = f"TRIAGE_{name.upper()}={shown_value(name, getattr(settings, name))}"
        click.echo(f"{line}\t# {field.description}" if field.description else line)


# --- llm --------------------------------------------------------------------------------


@main.group()
def llm() -> None:
    """The language model: the bundled local server, or the vLLM command."""


@llm.command("local")
@click.option("--port", type=int, help="Port on 127.0.0.1 (default TRIAGE_LLM_LOCAL_PORT).")
def llm_local(port: int | None) -> None:
    """Serve the bundled (or TRIAGE_LLM_GGUF_PATH) model until Ctrl-C."""
    from agent.local_model import LocalModelServer

    # Ctrl-C stops it even when started from a shell that had SIGINT ignored (a background
    # job of a non-interactive shell inherits it ignored, and Python then leaves it so).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    settings = load_settings()
    if port is not None:
        settings = settings.model_copy(update={"llm_local_port": port})
    server = LocalModelServer(settings, strict_port=True)  # the port you will configure
    server.start()
    click.echo(f"Serving {server.path.name} at {server.base_url} (Ctrl-C stops it).")
    click.echo(f"Use it: TRIAGE_LLM_BACKEND=llamacpp TRIAGE_LLM_BASE_URL={server.base_url}")
    try:
        assert server.process is not None
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def vllm_command(
    *,
    model: str,
    served_name: str,
    max_model_len: int,
    gpu_memory_utilization: float,
    tensor_parallel_size: int,
    port: int,
) -> str:
    """Return the `vllm serve` command line the agent is built for."""
    parts = [
        f"vllm serve {model}",
        f"--served-model-name {served_name}",
        f"--max-model-len {max_model_len}",
        f"--gpu-memory-utilization {gpu_memory_utilization}",
        f"--tensor-parallel-size {tensor_parallel_size}",
        "--enable-prefix-caching",
        "--host 0.0.0.0",
        f"--port {port}",
    ]
    return " \\\n  ".join(parts)


@llm.command("vllm-command")
@click.option("--model", default="Qwen/Qwen2.5-7B-Instruct", show_default=True)
@click.option("--max-model-len", default=VLLM_DEFAULTS["max_model_len"], show_default=True)
@click.option(
    "--gpu-memory-utilization", default=VLLM_DEFAULTS["gpu_memory_utilization"], show_default=True
)
@click.option(
    "--tensor-parallel-size",
    "-tp",
    default=1,
    show_default=True,
    help="Number of GPUs to shard the model over.",
)
@click.option("--port", default=VLLM_DEFAULTS["port"], show_default=True)
@click.option(
    "--host-for-app",
    default="GPU-HOST",
    show_default=True,
    help="How the app reaches the vLLM machine.",
)
def llm_vllm_command(
    model: str,
    max_model_len: int,
    gpu_memory_utilization: float,
    tensor_parallel_size: int,
    port: int,
    host_for_app: str,
) -> None:
    """Print the vLLM launch command and the matching TRIAGE_* settings."""
    click.echo("# On the GPU machine:")
    click.echo(
        vllm_command(
            model=model,
            served_name=model,
            max_model_len=max_model_len,
            gpu_memory_utilization=gpu_memory_utilization,
            tensor_parallel_size=tensor_parallel_size,
            port=port,
        )
    )
    click.echo("\n# For the app (environment or .env):")
    click.echo("TRIAGE_LLM_BACKEND=vllm")
    click.echo(f"TRIAGE_LLM_BASE_URL=http://{host_for_app}:{port}/v1")
    click.echo(f"TRIAGE_LLM_MODEL={model}")


# --- in their own modules: triage/kb_cli.py, triage/admin_cli.py ----------------------

from triage.admin_cli import sessions, users  # noqa: E402  (kept in its own module)
from triage.kb_cli import eval_qa, kb  # noqa: E402  (kept in its own module)

main.add_command(kb)
main.add_command(eval_qa)
main.add_command(sessions)
main.add_command(users)


if __name__ == "__main__":  # pragma: no cover
    main()
