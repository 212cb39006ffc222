"""The application shell: settings, errors and the ``triage`` command line."""
