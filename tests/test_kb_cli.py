"""``triage kb import|list|remove`` and ``triage eval-qa`` on a real database, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.kb_data import write_library
from triage.cli import main


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, database_url: str) -> CliRunner:
    monkeypatch.setenv("TRIAGE_DATABASE_URL", database_url)
    return CliRunner()


def test_import_list_update_remove(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_library(tmp_path / "lib")
    (tmp_path / "notes.docx").write_bytes(b"PK")

    done = runner.invoke(main, ["kb", "import", str(folder)])
    assert done.exit_code == 0, done.output
    assert done.output.count("imported ") == 5 and "README" not in done.output

    listed = runner.invoke(main, ["kb", "list"])
    lines = listed.output.splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "en/diabetes-diet",
        "zh/diabetes-diet",
        "zh/hand-hygiene",
        "en/sleep",
        "en/sprains",
    ]
    assert lines[0].split("\t")[1:4] == ["v1", "md", "2"] and lines[0].endswith("[sample]")

    leaflet = folder / "en" / "sleep.txt"
    leaflet.write_text(leaflet.read_text() + "\nAvoid screens before bed.\n", encoding="utf-8")
    again = runner.invoke(main, ["kb", "import", str(folder)])
    assert "imported   en/sleep v2" in again.output
    assert again.output.count("unchanged ") == 4

    bad = runner.invoke(main, ["kb", "import", str(tmp_path / "notes.docx")])
    assert bad.exit_code == 1 and "not a supported format" in bad.output

    removed = runner.invoke(main, ["kb", "remove", "en/sleep"])
    assert removed.exit_code == 0 and "removed 1" in removed.output
    assert "en/sleep" not in runner.invoke(main, ["kb", "list"]).output
    missing = runner.invoke(main, ["kb", "remove", "en/sleep"])
    assert missing.exit_code == 1 and "no current document" in missing.output


def test_eval_qa_reports_the_figures(runner: CliRunner, tmp_path: Path) -> None:
    assert (
        runner.invoke(main, ["kb", "import", str(write_library(tmp_path / "lib"))]).exit_code == 0
    )
    cases = tmp_path / "qa.jsonl"
    rows = [
        {
            "id": "1",
            "question": "What should diabetics eat?",
            "lang": "en",
            "leaflet": "diabetes-diet",
            "kind": "direct",
        },
        {
            "id": "2",
            "question": "糖尿病患者饮食应注意哪些事项？",
            "lang": "zh",
            "leaflet": "diabetes-diet",
            "kind": "direct",
        },
        {
            "id": "3",
            "question": "how can I sleep well?",
            "lang": "en",
            "leaflet": "sleep",
            "kind": "paraphrase",
        },
        {
            "id": "4",
            "question": "how do I renew my passport",
            "lang": "en",
            "leaflet": None,
            "kind": "out_of_library",
        },
    ]
    cases.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = tmp_path / "report.json"

    done = runner.invoke(main, ["eval-qa", str(cases), "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert "retrieval hit@3: 100.0%" in done.output
    report = json.loads(out.read_text())
    assert report["hit_at_3"] == 1.0
    assert report["no_information_out_of_library"] == 1.0
    assert report["answers_without_source"] == 0 and report["cites_retrieved"] == 1.0
    assert report["answer_path"] == "extractive"  # the bundled model never writes answers
    assert report["latency_s"]["median"] is not None
    assert [c["answer_kind"] for c in report["cases"]] == [
        "extractive",
        "extractive",
        "extractive",
        "no_information",
    ]
