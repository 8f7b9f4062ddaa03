"""Demo data: the company's name, description, logo, colour, time zone and sender."""

from hiring.company.models import CompanySettings
from hiring.db import db

ORDER = 5

LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
        b'<rect width="64" height="64" rx="12" fill="#1d4ed8"/>'
        b'<path d="M16 44 L28 28 L36 36 L48 20" stroke="#ffffff" stroke-width="6" '
        b'fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>')


def seed(demo) -> None:
    """Calder Logistics Group, based in Chicago: the company the research exercise's fact sheet
    describes, so candidates research the company they apply to."""
    db.session.add(CompanySettings(
        name="Calder Logistics Group",
        description="Temperature-controlled freight, cross-dock distribution, dedicated "
                    "fleets and returns management for mid-market shippers. Our salespeople "
                    "are measured by what their customers achieve.",
        logo=LOGO, logo_type="image/svg+xml", primary_color="#1d4ed8",
        time_zone="America/Chicago", location="Chicago, IL, US",
        sender="careers@calder.example"))
    if demo.positions:
        demo.positions[0].accepts_resume = True
    db.session.flush()
