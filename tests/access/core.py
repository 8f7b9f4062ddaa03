from tests.access import ANY_STAFF, CANDIDATE, PUBLIC, Rule

RULES = {
    "main.index": Rule(PUBLIC),
    "main.dashboard": Rule(ANY_STAFF),
    "auth.login": Rule(PUBLIC),
    "auth.logout": Rule(ANY_STAFF, method="POST"),
    "auth.redeem": Rule(PUBLIC, kwargs={"token": "not-a-real-token"}),
    "auth.candidate_leave": Rule(PUBLIC, method="POST"),
    "portal.home": Rule(CANDIDATE),
    "static": Rule(PUBLIC, kwargs={"filename": "css/app.css"}),
}
