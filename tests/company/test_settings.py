"""Company settings: checks on every value, the logo served so it cannot run script."""

from __future__ import annotations

from io import BytesIO

import pytest

from hiring.company import services
from hiring.company.models import CompanySettings
from hiring.db import db
from hiring.errors import HiringError

PNG = services.PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + b"\x00" * 20
SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
       b'<script>alert(1)</script></svg>')


def _form(**overrides):
    data = {"name": "Acme Freight", "description": "We move things.", "location": "Ohio",
            "primary_color": "#1d4ed8", "time_zone": "Europe/Amsterdam",
            "sender": "jobs@acme.example"}
    data.update(overrides)
    return data


@pytest.mark.parametrize("color, ok", [("#1d4ed8", True), ("#000000", True),
                                       ("#ffff00", False), ("#cccccc", False),
                                       ("blue", False), ("#12345", False),
                                       ("#1d4ed8;}", False)])
def test_colour_must_be_hex_and_readable_with_white(color, ok):
    if ok:
        assert services.check_color(color) == color
    else:
        with pytest.raises(HiringError):
            services.check_color(color)


def test_too_light_colour_says_why():
    with pytest.raises(HiringError, match=r"too light.*contrast of 1\.\d:1"):
        services.check_color("#ffff00")


@pytest.mark.parametrize("zone, ok", [("Europe/Amsterdam", True), ("UTC", True),
                                      ("Mars/Olympus", False), ("../etc/passwd", False)])
def test_time_zone_must_be_known(zone, ok):
    if ok:
        assert services.check_time_zone(zone) == zone
    else:
        with pytest.raises(HiringError):
            services.check_time_zone(zone)


@pytest.mark.parametrize("data, expected", [(PNG, "image/png"), (SVG, "image/svg+xml"),
                                            (b"\xef\xbb\xbf<svg></svg>", "image/svg+xml")])
def test_logo_type_is_judged_by_its_bytes(data, expected):
    assert services.logo_type(data) == expected


@pytest.mark.parametrize("data", [b"GIF89a....", b"<html><svg></svg></html>", b"%PDF-1.4",
                                  PNG + b"0" * services.LOGO_MAX_BYTES])
def test_other_or_oversized_logos_are_refused(data):
    with pytest.raises(HiringError):
        services.logo_type(data)


def test_admin_saves_settings_shown_in_header_and_theme(app, client, login_as):
    login_as("admin")
    response = client.post("/company/settings", data={**_form(), "logo": (BytesIO(PNG), "l.png")},
                           content_type="multipart/form-data")
    assert response.headers["Location"].endswith("/company/settings")
    with app.app_context():
        settings = db.session.get(CompanySettings, 1)
        assert (settings.name, settings.time_zone, settings.logo_type) == (
            "Acme Freight", "Europe/Amsterdam", "image/png")
    anonymous = app.test_client()
    page = anonymous.get("/jobs/").get_data(as_text=True)
    assert "Acme Freight" in page and "/company/logo" in page and "/company/theme.css" in page
    assert "--pico-primary: #1d4ed8" in anonymous.get("/company/theme.css").get_data(
        as_text=True)


def test_unreadable_colour_is_refused_with_a_message(app, client, login_as):
    login_as("admin")
    response = client.post("/company/settings", data=_form(primary_color="#ffff00"))
    assert "too light" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(CompanySettings, 1) is None


def test_svg_logo_is_served_so_it_cannot_run_script(app, client, login_as):
    login_as("admin")
    client.post("/company/settings", data={**_form(), "logo": (BytesIO(SVG), "l.svg")},
                content_type="multipart/form-data")
    response = app.test_client().get("/company/logo")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy and "script" not in policy
    assert response.headers["Content-Disposition"].startswith("inline; filename=\"logo.svg\"")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_settings_are_for_admins_only(client, login_as):
    login_as("manager")
    assert client.get("/company/settings").status_code == 403


def test_acknowledgement_and_position_pdf_context_carry_the_name(app, make_position,
                                                                 make_candidate):
    from hiring.candidates.models import Candidate
    from hiring.mail import messages
    from hiring.positions.models import Position
    from hiring.positions.services import pdf_context

    position_id = make_position(title="AE")
    candidate_id = make_candidate(position_id=position_id)
    with app.app_context():
        services.save_settings(services.current(), name="Acme Freight", description="",
                               primary_color="", time_zone="UTC", sender="")
        candidate = db.session.get(Candidate, candidate_id)
        rendered = messages.render("application_received", {
            "candidate_name": candidate.name, "position_title": "AE"}, app.config)
        assert rendered.subject.startswith("Acme Freight:") and "Acme Freight" in rendered.text
        assert pdf_context(db.session.get(Position, position_id))["company"] == "Acme Freight"
