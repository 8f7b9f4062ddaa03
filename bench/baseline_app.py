"""The baseline for the load benchmark: a bare Flask + SQLAlchemy page rendering a 50-row
table from the same database, served by the same gunicorn settings."""

import os

from flask import Flask, render_template_string
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

TEMPLATE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>
</head><body><table><thead><tr><th>Id</th><th>Name</th><th>Email</th><th>Stage</th></tr></thead>
<tbody>{% for row in rows %}<tr><td>{{ row.id }}</td><td>{{ row.name }}</td>
<td>{{ row.email }}</td><td>{{ row.stage }}</td></tr>{% endfor %}</tbody></table></body></html>"""

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)


@app.get("/")
def table():
    rows = db.session.execute(text(
        "SELECT id, name, email, stage FROM candidate ORDER BY id LIMIT 50")).all()
    return render_template_string(TEMPLATE, rows=rows)
