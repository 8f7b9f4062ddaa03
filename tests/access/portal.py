from tests.access import CANDIDATE, Rule

# The matrix's candidate has no shared plan: they get through to a 404, everyone else is
# refused; tests/plans/test_plan_sharing.py covers the pages with a plan.
RULES = {
    "portal.plan": Rule(CANDIDATE),
    "portal.respond": Rule(CANDIDATE, method="POST", data={"response": "Looks right."}),
    "portal.plan_pdf": Rule(CANDIDATE),
    "portal.plan_pdf_status": Rule(CANDIDATE),
}
