"""Tests for the triage intake agent."""
