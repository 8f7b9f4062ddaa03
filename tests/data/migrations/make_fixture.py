"""Capture a release's demo data as the upgrade test's fixture.

Run it from a checkout of the release itself (its code writes the demo as that release did):

    python tests/data/migrations/make_fixture.py 0.1.0

It builds a fresh SQLite database with that checkout's migrations, loads the demo data and
writes every table's rows with `flask db export`'s format to tests/data/migrations/<release>/.
Commit that directory on the current branch; tests/test_upgrades.py picks it up.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))


def main(release: str) -> None:
    from flask_migrate import upgrade

    from hiring import create_app
    from hiring.db import db
    from hiring.demo import load_demo
    from hiring.transfer import export

    target = HERE / release
    if target.exists():
        shutil.rmtree(target)
    with tempfile.TemporaryDirectory() as scratch:
        app = create_app({"INSTANCE_PATH": scratch, "SECRET_KEY": "fixture",
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{scratch}/demo.sqlite3"})
        with app.app_context():
            upgrade()
            load_demo()
            db.session.commit()
            with db.engine.connect() as connection:
                counts = export(connection, target)
            db.engine.dispose()
    print(f"{sum(counts.values())} rows of {len(counts)} tables in {target}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
