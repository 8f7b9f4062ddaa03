from tests.access import ADMINS, PUBLIC, Rule

RULES = {
    "company.settings": Rule(ADMINS),
    "company.logo": Rule(PUBLIC),
    "company.theme": Rule(PUBLIC),
}
