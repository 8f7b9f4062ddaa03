from tests.access import ADMINS, Rule

RULES = {
    "mail.index": Rule(ADMINS),
    "mail.edit": Rule(ADMINS, kwargs={"kind": "decision"}),
    "mail.reset": Rule(ADMINS, method="POST", kwargs={"kind": "decision"}),
}
