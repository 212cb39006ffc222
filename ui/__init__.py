"""Gradio apps (patient chat, nurse workspace), built from injected dependencies.

Empty until the Gradio issue lands; the terminal chat (`triage chat`) is the front end now.
"""
