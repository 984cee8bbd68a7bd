"""The API's routers, one per area; ``foedus.serve.app.create_app`` includes them in this order."""

from __future__ import annotations

from . import analysis, articles, code, commitments, dashboard, events

ROUTERS = [events.router, articles.router, analysis.router, commitments.router, code.router, dashboard.router]

__all__ = ["ROUTERS"]
