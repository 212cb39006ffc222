"""The triage agent: the LLM factory, the graph, its nodes and the conversation service."""
