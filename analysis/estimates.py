"""Moved to :mod:`analysis.views.estimates`; this path stays until every caller imports from there."""
from .views.estimates import ESTIMATE_KINDS, conflicting_estimates, estimates_table

__all__ = ["ESTIMATE_KINDS", "conflicting_estimates", "estimates_table"]
