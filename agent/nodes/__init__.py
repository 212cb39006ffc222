"""One module per graph node; each node is ``async def name(state, runtime) -> dict``."""
