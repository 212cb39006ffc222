"""The leaf every layer may import: settings (``core.settings``) and errors (``core.errors``).

It imports nothing of ours, so the layers above it point one way: interfaces (``ui/``,
``triage/``) → ``agent/`` → ``clinical/``, ``states/`` → ``storage/`` → ``core/``.
"""
