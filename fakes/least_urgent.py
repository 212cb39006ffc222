"""The least-urgent model: a responder for `FakeOpenAIServer` that never raises the alarm.

Every structured reply is the least urgent valid answer to the JSON schema it was asked for,
worked out from the schema itself, so a schema added or changed later is answered the same
way without editing this module:

- a choice of care levels picks ``self_care``; any other choice picks its first option;
- lists (red-flag findings, reasons, extracted symptoms) are as short as the schema allows,
  empty when it can be; optional fields are left out, nullable ones are ``null``;
- booleans are ``false``, numbers their minimum, strings a bland sentence;
- the question to ask next is the first candidate, in the bank's own wording.

`triage eval FILE --model least-urgent` runs whole conversations against it, which measures
what the deterministic layer holds on its own: with this model every emergency the rules
raise must still end ``emergency``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fakes.llm_scripts import first_candidate
from fakes.responders import Reply, schema_of

# Least urgent first: the values a level field can take (states.disposition.Disposition).
LEVELS_LEAST_URGENT_FIRST = ("self_care", "non_urgent", "urgent", "emergency")
BLAND = "You can look after this at home."


def least_urgent(body: dict[str, Any]) -> Reply:
    """Answer one chat-completions request with the least urgent valid reply."""
    schema = schema_of(body)
    if schema is None:
        return Reply(content=BLAND)
    if schema.get("title") == "NextQuestion":
        try:
            return first_candidate(body)
        except (KeyError, IndexError, TypeError, StopIteration):
            pass  # no candidates in the prompt: any valid reply; the bank's wording is used
    return Reply(content=json.dumps(least_urgent_instance(schema), ensure_ascii=False))


def least_urgent_instance(schema: Mapping[str, Any]) -> Any:
    """Return the least urgent value that is valid for ``schema`` (a JSON schema)."""
    return _value(schema, schema.get("$defs") or schema.get("definitions") or {})


def _value(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Any:
    if "$ref" in schema:
        return _value(defs[str(schema["$ref"]).rsplit("/", 1)[-1]], defs)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return _least_urgent_choice(list(schema["enum"]))
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        if any(option.get("type") == "null" for option in options):
            return None
        return _value(options[0], defs)
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _value(schema["allOf"][0], defs)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = "null" if "null" in kind else kind[0]
    match kind:
        case "object":
            properties = schema.get("properties") or {}
            return {name: _value(properties[name], defs) for name in schema.get("required", [])}
        case "array":
            return [_value(schema.get("items") or {}, defs)] * int(schema.get("minItems", 0))
        case "string":
            return BLAND.ljust(int(schema.get("minLength", 0)))
        case "boolean":
            return False
        case "integer" | "number":
            return schema.get("minimum", schema.get("exclusiveMinimum", 0))
        case "null":
            return None
    return None


def _least_urgent_choice(options: list[Any]) -> Any:
    for level in LEVELS_LEAST_URGENT_FIRST:
        if level in options:
            return level
    return options[0]
