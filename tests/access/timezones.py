from tests.access import ANY_STAFF, CANDIDATE, Rule

RULES = {
    "timezones.account": Rule(ANY_STAFF),
    "timezones.candidate_zone": Rule(CANDIDATE, method="POST", data={"timezone": "Europe/Berlin"}),
}
