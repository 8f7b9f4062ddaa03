from sqlalchemy import func, select

from hiring.db import db
from hiring.demo import DEMO_PASSWORD
from hiring.positions.models import Position
from hiring.reports.models import SelfIdentification
from tests.waiting import downloaded_pdf


def test_every_report_works_on_the_demo_data(app, client):
    from hiring.demo import load_demo

    with app.app_context():
        load_demo()
        db.session.commit()
        answered = db.session.scalar(select(func.count()).select_from(SelfIdentification))
        position_ids = db.session.scalars(select(Position.id)).all()
    assert answered > 0
    client.post("/login", data={"email": "admin@demo.test", "password": DEMO_PASSWORD})
    assert client.get("/reports/").status_code == 200
    for pid in position_ids:
        for suffix in ("", "/charts/funnel.svg", "/cost", "/validity", "/adverse-impact",
                       "/compare"):
            response = client.get(f"/reports/positions/{pid}{suffix}")
            assert response.status_code == 200, (pid, suffix, response.status_code)
    # Demo positions have pay set, so the calculator has real figures to print.
    assert downloaded_pdf(client, f"/reports/positions/{position_ids[0]}/cost.pdf").data \
        .startswith(b"%PDF")
