from tests.access import ADMINS, Rule

RULES = {
    "admin.index": Rule(ADMINS),
    "admin.rubrics": Rule(ADMINS),
}
