"""Pages for plans, by section; `bp` is the blueprint every section adds its routes to.

    common.py       the blueprint, loading a plan or candidate with its access check
    overview.py     the plans page and a position's plan template
    development.py  development plans: drafting, editing, reaction, sharing, progress reviews
    onboarding.py   onboarding plans and their checklist
    pdfs.py         a plan's PDF and a month's cohort printed as one PDF
"""

from hiring.plans.views import development, onboarding, overview, pdfs  # noqa: F401
from hiring.plans.views.common import bp

__all__ = ["bp"]
