import json
from pathlib import Path

import pytest

from hiring.analysis import research
from hiring.analysis.research import (
    PERSONAL_CATEGORIES,
    SECTION_KEYS,
    SECTIONS,
    Executive,
    Fact,
    FactSheet,
    FactSheetError,
    check,
    join_sections,
    sentences,
    split_sections,
)

DEMO_DIR = Path(research.__file__).parents[2] / "research"

SHEET = FactSheet(
    name="Calder Logistics Group",
    aliases=("Calder Logistics", "Calder", "CLG"),
    executives=(
        Executive("Adaeze Okafor", "Chief Executive Officer"),
        Executive("Tomas Lindqvist", "Chief Financial Officer"),
        Executive("Priya Raman", "Vice President, Sales"),
        Executive("Jordan Price", "Chief Operating Officer"),
    ),
    services=("Temperature-Controlled Freight", "FreightView", "Returns Management"),
    customers=("Harbor Hill Foods", "Meridian Health Supply", "Tallgrass Home & Garden",
               "Northwind Traders Inc."),
    facts=(
        Fact("Calder employs about 1,100 people.", ("1,100",)),
        Fact("In 2023 Calder opened a temperature-controlled hub in Memphis.", ("Memphis", "hub")),
    ),
)


def codes(result):
    return [f.code for f in result.findings]


def spans_of(result, code):
    return [result.text[f.start : f.end] for f in result.findings if f.code == code]


def found_names(result, key):
    return [f.name for f in result.coverage[key].found]


# ---------------------------------------------------------------- fact sheet TOML


def test_fact_sheet_round_trips_through_toml_with_awkward_characters():
    sheet = FactSheet(
        name='Calder "Cold Chain" Logistics',
        aliases=("C\\L", "Cälder"),
        executives=(Executive("Zoë O'Neill", "Chief\tExecutive"),),
        services=("Line one\nline two",),
        customers=(),
        facts=(Fact("Up 12% in 2024", ("12%", "2024")),),
    )
    text = sheet.to_toml()
    assert FactSheet.from_toml(text) == sheet
    assert text.startswith("[company]\nname = ")


def test_demo_fact_sheet_is_valid_and_round_trips():
    sheet = FactSheet.from_toml((DEMO_DIR / "demo_facts.toml").read_text(encoding="utf-8"))
    assert 4 <= len(sheet.executives) <= 6
    assert len(sheet.facts) >= 6 and sheet.services and sheet.customers and sheet.aliases
    assert FactSheet.from_toml(sheet.to_toml()) == sheet
    assert "Calder" in (DEMO_DIR / "demo_about.txt").read_text(encoding="utf-8")


def test_fact_sheet_reports_every_problem_with_its_key_path():
    text = """
    colour = "blue"
    [company]
    aliases = ["ok", ""]
    [[executives]]
    name = "Ada Lee"
    [[executives]]
    name = "ada lee"
    title = "CEO"
    rank = 1
    [[services]]
    name = ""
    [[facts]]
    text = "Founded 2004"
    keywords = []
    """
    with pytest.raises(FactSheetError) as err:
        FactSheet.from_toml(text)
    problems = err.value.problems
    assert problems == [
        "colour: unknown key",
        "company.name: required, a non-empty string",
        "company.aliases[1]: must be a non-empty string",
        "executives[0].title: required, a non-empty string",
        "executives[1].rank: unknown key",
        "executives[1].name: duplicate 'ada lee'",
        "services[0].name: required, a non-empty string",
        "facts[0].keywords: required, a list of non-empty strings",
    ]
    assert isinstance(err.value, ValueError)
    assert "executives[1].rank: unknown key" in str(err.value)


def test_fact_sheet_rejects_broken_toml_and_wrong_shapes():
    with pytest.raises(ValueError, match="not valid TOML"):
        FactSheet.from_toml("[company\nname = 1")
    with pytest.raises(FactSheetError) as err:
        FactSheet.from_toml('company = "x"\nexecutives = "y"')
    assert err.value.problems == [
        "company: required table with a name",
        "executives: must be an array of tables ([[executives]])",
    ]


# ---------------------------------------------------------------- sections


def test_sections_are_the_six_parts_of_the_profile():
    assert SECTION_KEYS == ("company", "executives", "services", "customers", "target",
                            "opportunity")
    assert all(s.label and s.help for s in SECTIONS)


def test_join_sections_puts_each_body_under_its_heading_and_maps_spans_back():
    joined = join_sections({"services": "FreightView tracking.", "company": "Calder."})
    assert joined.text.startswith("## The company\nCalder.\n\n## Executives and decision-makers\n")
    assert joined.text.count("\n## ") == len(SECTIONS) - 1
    assert joined.bodies()["services"] == "FreightView tracking."
    start = joined.text.index("tracking")
    assert joined.locate(start, start + 8) == ("services", 12, 20)
    assert joined.locate(joined.text.index("Calder"), joined.text.index("Calder") + 6) == (
        "company", 0, 6)
    assert joined.locate(0, 2) is None  # a heading belongs to no section
    with pytest.raises(ValueError, match="unknown section"):
        join_sections({"hobbies": "golf"})


def test_split_sections_reads_the_joined_form_back_exactly():
    bodies = {key: f"Text for {key}.\n\nSecond paragraph\n" for key in SECTION_KEYS}
    bodies["target"] = ""
    joined = join_sections(bodies)
    again = split_sections(joined.text)
    assert again == joined
    assert again.bodies() == bodies
    crlf = split_sections(joined.text.replace("\n", "\r\n"))
    assert crlf.bodies() == {k: v.replace("\n", "\r\n") for k, v in bodies.items()}
    assert split_sections("Just a plain profile.") is None
    assert split_sections("Intro\n" + joined.text) is None


def test_check_on_sections_reports_spans_in_the_joined_text():
    result = check(
        {"executives": "Adaeze Okafor leads.", "opportunity": "Her husband golfs."}, SHEET
    )
    (finding,) = [f for f in result.findings if f.code == "personal_family"]
    assert result.text[finding.start : finding.end] == "husband"
    key, start, end = result.locate(finding.start, finding.end)
    assert key == "opportunity"
    assert "Her husband golfs."[start:end] == "husband"
    stored = check(result.text, SHEET)  # the joined form is recognised as sections again
    assert stored.findings == result.findings
    assert stored.locate(finding.start, finding.end) == ("opportunity", 4, 11)


def test_sentences_do_not_break_after_honorifics_or_initials():
    text = "Ms. Okafor met A. Lee today. Then we left!\nNew line"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Ms. Okafor met A. Lee today.",
        "Then we left!",
        "New line",
    ]


# ---------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    "text",
    [
        "Adaeze Okafor runs the company.",
        "adaeze okafor runs the company.",
        "Okafor runs the company.",
        "okafor runs the company.",
        "A. Okafor runs the company.",
        "Ms. Okafor runs the company.",
        "Dr Okafor runs the company.",
        "Adaeze N. Okafor runs the company.",
        "Okafor's plan is clear.",
    ],
)
def test_executive_name_variants_are_found(text):
    result = check(text, SHEET)
    assert found_names(result, "executives") == ["Adaeze Okafor"]
    (found,) = result.coverage["executives"].found
    assert "okafor" in found.evidence[0].text.lower()


def test_lower_case_surname_that_is_a_common_word_is_not_a_mention():
    assert found_names(check("The price is fair.", SHEET), "executives") == []
    assert found_names(check("Price runs operations.", SHEET), "executives") == ["Jordan Price"]


def test_shared_surname_alone_is_ambiguous():
    sheet = FactSheet(
        name="Acme",
        executives=(Executive("Ann Lee", "CEO"), Executive("Bo Lee", "CFO")),
    )
    assert found_names(check("Lee runs it.", sheet), "executives") == []
    assert found_names(check("B. Lee runs it.", sheet), "executives") == ["Bo Lee"]


def test_missing_entries_are_listed_by_name():
    result = check("Calder ships FreightView data for Harbor Hill Foods.", SHEET)
    assert found_names(result, "services") == ["FreightView"]
    assert result.coverage["services"].missing == (
        "Temperature-Controlled Freight",
        "Returns Management",
    )
    assert found_names(result, "customers") == ["Harbor Hill Foods"]
    assert result.measures["service_coverage"] == pytest.approx(1 / 3)
    assert result.measures["customer_coverage"] == pytest.approx(1 / 4)
    assert result.measures["executive_coverage"] == 0.0


def test_customer_without_its_legal_suffix_and_services_in_lower_case_are_found():
    result = check(
        "Northwind Traders moved to temperature-controlled freight and returns management.", SHEET
    )
    assert found_names(result, "customers") == ["Northwind Traders Inc."]
    assert found_names(result, "services") == [
        "Temperature-Controlled Freight",
        "Returns Management",
    ]


def test_fact_needs_all_keywords_close_together_and_tolerates_number_formats():
    near = check("They run a hub in Memphis. It employs 1100 people.", SHEET)
    assert [f.name for f in near.coverage["facts"].found] == [f.text for f in SHEET.facts]
    assert near.measures["fact_coverage"] == 1.0
    far = check("Memphis is busy. A. B. C. D. E. One. Two. Three. The hub is new.", SHEET)
    assert "In 2023 Calder opened a temperature-controlled hub in Memphis." in (
        far.coverage["facts"].missing
    )
    assert check("It employs 21,100 people.", SHEET).coverage["facts"].found == ()


def test_nothing_to_cover_counts_as_full_coverage():
    result = check("Acme sells widgets.", FactSheet(name="Acme"))
    assert result.measures["executive_coverage"] == 1.0
    assert result.measures["fact_coverage"] == 1.0


# ---------------------------------------------------------------- accuracy


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Ms. Okafor, the CFO, decides.", "Ms. Okafor, the CFO"),
        ("The CFO, Adaeze Okafor, decides.", "CFO, Adaeze Okafor"),
        ("Lindqvist is the chief executive officer.", "Lindqvist is the chief executive officer"),
        ("Okafor (VP Sales) decides.", "Okafor (VP Sales"),
    ],
)
def test_executive_given_someone_elses_title_is_pointed_out(text, wrong):
    result = check(text, SHEET)
    assert spans_of(result, "wrong_title") == [wrong]
    (finding,) = [f for f in result.findings if f.code == "wrong_title"]
    assert finding.category == "accuracy"
    assert result.measures["wrong_title_count"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Adaeze Okafor, the CEO, decides.",
        "CFO Tomas Lindqvist signs off.",
        "Raman is Vice President of Sales.",
        "Okafor reports to the board, and the CFO, Tomas Lindqvist, reports to Okafor.",
        "Okafor works closely with the CFO.",
        "Priya Raman and the CFO met.",
    ],
)
def test_correct_or_unrelated_titles_are_not_pointed_out(text):
    assert "wrong_title" not in codes(check(text, SHEET))


def test_unlisted_customer_and_service_names_are_pointed_out_for_review():
    result = check(
        "Customers include Harbor Hill Foods and Northgate Pharma Inc. "
        "Calder also offers the Warehouse Automation Suite. "
        "Meanwhile Priya Raman is based in North America.",
        SHEET,
    )
    assert spans_of(result, "unlisted_customer") == ["Northgate Pharma Inc"]
    assert spans_of(result, "unlisted_service") == ["Warehouse Automation Suite"]
    assert result.measures["unlisted_name_count"] == 2.0


def test_structured_customer_section_marks_unknown_names_as_customers():
    result = check({"customers": "Big accounts: Harbor Hill Foods, Blue Ridge Grocers."}, SHEET)
    assert spans_of(result, "unlisted_customer") == ["Blue Ridge Grocers"]
    result = check({"services": "Also Yard Management, and FreightView."}, SHEET)
    assert spans_of(result, "unlisted_service") == ["Yard Management"]


# ---------------------------------------------------------------- personal information


@pytest.mark.parametrize(
    "category, text, words",
    [
        ("family", "I noticed Okafor's wife is an architect.", "wife"),
        ("family", "Lindqvist's family moved recently.", "Lindqvist's family"),
        ("children", "Her two daughters play soccer.", "daughters"),
        ("school", "Her son attends a private high school downtown.", "high school"),
        ("religion", "He is a deacon at his church.", "church"),
        ("health", "She recently finished treatment: her cancer is in remission.", "cancer"),
        ("travel", "Raman spent her vacation in Lisbon.", "vacation"),
        ("travel", "Okafor's trip to Japan looked fun.", "Okafor's trip"),
        ("home", "Priya Raman lives in Dublin, Ohio.", "Raman lives in"),
        ("home", "I saw his new house on Zillow.", "his new house"),
        ("dating", "Lindqvist has a new girlfriend.", "girlfriend"),
        ("politics", "Okafor voted for the mayor.", "Okafor voted"),
        ("politics", "She voted for the mayor.", "She voted"),
        ("politics", "His political views are well known.", "His political"),
        ("politics", "She is a registered Democrat.", "Democrat"),
        ("age", "Okafor is 58 and nearing retirement.", "Okafor is 58"),
        ("age", "Okafor, 58, leads the company.", "Okafor, 58,"),
        ("job_search", "Raman's profile says she is open to work.", "open to work"),
        ("job_search", "Lindqvist seems to be job-hunting.", "job-hunting"),
    ],
)
def test_personal_information_is_flagged_with_its_category(category, text, words):
    result = check(text, SHEET)
    personal = [f for f in result.findings if f.code.startswith("personal_")]
    assert (category, words) in [(f.category, text[f.start : f.end]) for f in personal]
    assert all(f.code == "personal_" + f.category for f in personal)
    assert result.measures["personal_info_count"] == len(personal) >= 1


def test_every_personal_category_is_covered_by_the_phrase_data():
    assert PERSONAL_CATEGORIES == (
        "family", "children", "school", "religion", "health", "travel", "home", "dating",
        "politics", "age", "job_search",
    )
    text = (
        "His wife. Her kids. Their PTA. A devout Catholic. His diagnosis: he was diagnosed with "
        "diabetes. Her vacation. His home address. Her boyfriend. His political views. "
        "Her birthday. His job search."
    )
    categories = {f.category for f in check(text, SHEET).findings}
    assert set(PERSONAL_CATEGORIES) <= categories


@pytest.mark.parametrize(
    "text",
    [
        "Calder's family of products covers cold and dry freight.",
        "They partner with travel-management software vendors.",
        "Their health-care customers bring 38% of revenue.",
        "Health care is their fastest-growing market.",
        "The home page lists every service.",
        "Calder's home market is Ohio.",
        "A company dating back to 2004.",
        "The holiday season doubles their volume.",
        "It is a family-owned business with a sister company in Texas.",
        "School districts are a new market for them.",
        "Meridian Health Supply and Tallgrass Home & Garden are customers.",
        "They sell baby products to Harbor Hill Foods.",
        "It is a 20-year-old company.",
        "We act in good faith with shippers.",
        "I would diagnose the bottleneck in their returns process.",
        "Price plans to travel to Memphis for the hub opening.",
    ],
)
def test_business_neutral_uses_are_not_flagged(text):
    result = check(text, SHEET)
    assert [f for f in result.findings if f.code.startswith("personal_")] == []
    assert result.measures["personal_info_count"] == 0


# ---------------------------------------------------------------- opportunity plan


GOOD_PLAN = (
    "Opportunity plan\n"
    "Calder wants to double cold-chain revenue by 2027. Within the first 90 days I would "
    "help your sales team win three pharmacy accounts in the Southeast, worth $400,000 "
    "a year to Calder. As a next step, I propose a 30-minute call with Priya Raman next week."
)
WEAK_PLAN = (
    "Opportunity plan\n"
    "I have sold logistics for years. I was the top rep in my region. My network is large and "
    "I know my product. I closed many deals."
)


def test_a_forward_customer_focused_concrete_plan_scores_high():
    result = check(GOOD_PLAN, SHEET)
    assert result.measures["opportunity_plan_score"] >= 0.9
    assert [c for c in codes(result) if c.startswith("plan_")] == []


def test_a_backward_seller_focused_vague_plan_scores_low_with_reasons():
    result = check(WEAK_PLAN, SHEET)
    assert result.measures["opportunity_plan_score"] < 0.3
    plan_codes = {f.code for f in result.findings if f.category == "opportunity_plan"}
    assert plan_codes == {
        "plan_not_forward",
        "plan_seller_focused",
        "plan_no_numbers",
        "plan_no_timeframe",
        "plan_no_next_step",
    }
    finding = next(f for f in result.findings if f.code == "plan_seller_focused")
    assert result.text[finding.start : finding.end].startswith("I have sold")


def test_plan_is_read_from_its_section_and_missing_plan_is_reported():
    good = check({"company": WEAK_PLAN, "opportunity": GOOD_PLAN}, SHEET)
    assert good.measures["opportunity_plan_score"] >= 0.9
    missing = check({"company": "Calder is a logistics company."}, SHEET)
    assert missing.measures["opportunity_plan_score"] == 0.0
    (finding,) = [f for f in missing.findings if f.code == "plan_missing"]
    assert missing.locate(finding.start, finding.end)[0] == "opportunity"


# ---------------------------------------------------------------- copied text

ABOUT = (
    "Calder Logistics Group moves what matters for growing manufacturers, distributors and "
    "pharmacies across the Midwest and the Southeast."
)


def test_long_verbatim_overlap_with_the_about_text_is_flagged():
    copied = (
        "Calder Logistics Group moves what matters for growing manufacturers, distributors "
        "and pharmacies"
    )
    text = f"In short, {copied.lower()} -- and they do it well."
    result = check(text, SHEET, about_text=ABOUT)
    (finding,) = [f for f in result.findings if f.code == "copied_text"]
    assert result.text[finding.start : finding.end] == copied.lower()
    assert finding.category == "copied"
    assert "12 words" in finding.message and "about text" in finding.message
    assert result.measures["copied_ratio"] == pytest.approx(12 / 19)


def test_copied_fact_sheet_text_is_flagged_and_short_overlaps_are_not():
    sheet = FactSheet(
        name="Calder",
        facts=(Fact("Calder runs fourteen distribution centers across the Midwest and the "
                    "Southeast for its customers", ("fourteen",)),),
    )
    result = check("Calder runs fourteen distribution centers across the Midwest and the "
                   "Southeast for its customers.", sheet)
    assert "the fact sheet" in next(f.message for f in result.findings if f.code == "copied_text")
    eleven = "Calder Logistics Group moves what matters for growing manufacturers, distributors and"
    short = check(" ".join(eleven.split()[:11]) + " more.", SHEET, about_text=ABOUT)
    assert "copied_text" not in codes(short)
    assert short.measures["copied_ratio"] == 0.0


# ---------------------------------------------------------------- contract


def test_to_dict_matches_the_command_line_contract():
    result = check(
        "Ms. Okafor, the CFO, said her kids love FreightView.", SHEET, about_text=ABOUT
    )
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"coverage", "findings"}
    assert set(data["coverage"]) == {"executives", "services", "customers", "facts"}
    for block in data["coverage"].values():
        assert set(block) == {"found", "missing"}
    assert data["coverage"]["executives"]["found"][0] == {
        "name": "Adaeze Okafor",
        "evidence": [{"start": 0, "end": 10, "text": "Ms. Okafor"}],
    }
    assert "Tomas Lindqvist" in data["coverage"]["executives"]["missing"]
    for f in data["findings"]:
        assert set(f) == {"code", "category", "message", "start", "end"}
        assert isinstance(f["start"], int) and f["start"] < f["end"]
    assert data["findings"] == sorted(data["findings"], key=lambda f: (f["start"], f["end"],
                                                                       f["code"]))
    assert {"personal_children", "wrong_title"} <= {f["code"] for f in data["findings"]}


def test_measures_carry_the_agreed_keys_in_range():
    result = check(GOOD_PLAN, SHEET, about_text=ABOUT)
    for key in (
        "executive_coverage", "service_coverage", "customer_coverage", "fact_coverage",
        "opportunity_plan_score", "copied_ratio",
    ):
        assert 0.0 <= result.measures[key] <= 1.0
    assert result.measures["personal_info_count"] == 0.0


# --- what real published profiles showed (issue 14) ----------------------------------------


@pytest.mark.parametrize(("text", "category"), [
    ("Okafor grew up in a small town on the coast.", "home"),
    ("Originally from Lagos, she now runs the Memphis hub.", "home"),
    ("She lives with her partner in Memphis.", "home"),
    ("She graduated from Georgia Tech before joining Calder.", "school"),
    ("He is bringing up three daughters.", "children"),
    ("I am a mom and a seasoned sales leader.", "children"),
    ("My family is a big part of my life.", "family"),
    ("His parents ran a hardware store.", "family"),
    ("She got engaged last spring.", "dating"),
    ("A life full of faith and community.", "religion"),
])
def test_personal_details_in_real_profiles_are_flagged(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


def test_former_employers_and_places_are_not_unlisted_customers_or_services():
    text = ("With years of experience at companies like Auth0 and Hallmark Cards, Priya now "
            "serves customers across the US, including Richland County, SC. He served as VP "
            "of Software Development for CRW Systems.")
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("unlisted_")]


def test_a_named_customer_the_text_presents_as_one_is_still_checked():
    text = "Calder ships for clients such as Knowledge Adventure and Harbor Hill Foods."
    assert "unlisted_customer" in codes(check(text, SHEET))


# Issue 14: classes of detail and name that real profiles and notes use. The examples are
# written here, not taken from the corpus (tests/data/real), so the corpus stays a fair measure.
@pytest.mark.parametrize(("text", "category"), [
    ("Ines is a lifelong Clevelander.", "home"),
    ("A native New Yorker, Ines joined in 2019.", "home"),
    ("Ines hails from Leeds.", "home"),
    ("They call the Bay Area home.", "home"),
    ("I'm living in Denver these days.", "home"),
    ("Ines holds a PhD from Stanford.", "school"),
    ("He earned his MBA at Wharton.", "school"),
    ("I received my B.A. in History from Rutgers in 2009.", "school"),
    ("An alumnus of Georgia Tech, he joined in 2020.", "school"),
    ("With my better half, Jo, I restore old boats.", "family"),
    ("Some of my ancestors farmed this valley.", "family"),
    ("Our little ones keep us busy.", "children"),
    ("We took a road trip across Canada.", "travel"),
    ("I like to travel and see new places.", "travel"),
])
def test_more_personal_forms_are_flagged(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder is a proud partner of American Express and native to Salesforce.",
    "Calder works with proud Canadian retailers.",
    "Calder holds a master's license from the State of Ohio.",
    "Customers choose the degree of customisation at no cost.",
    "We are a native American-owned business.",
])
def test_business_look_alikes_are_not_personal(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


@pytest.mark.parametrize("text", [
    "Their platform team builds software in Go and TypeScript; their data tools use Apache Spark.",
    "Sarah Kim, their account lead, studied Computer Science before joining Calder.",
    "Their customers choose between the Gold Tier and Platinum Plus plans.",
    "Their services are sold through Jane Porter, who leads partnerships.",
    "Maria Lopez serves customers across the region.",
])
def test_languages_fields_people_and_tiers_are_not_unlisted_names(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("unlisted_")]


def test_a_name_the_text_presents_as_a_customer_or_offering_is_still_reported():
    text = ("Customers include Harbor Hill Foods and Bluewater Grocers. Rapid Yard Studio, "
            "their newest offering, launched in May.")
    result = check(text, SHEET)
    assert spans_of(result, "unlisted_customer") == ["Bluewater Grocers"]
    assert spans_of(result, "unlisted_service") == ["Rapid Yard Studio"]


def test_a_service_described_in_other_words_counts_as_covered():
    sheet = FactSheet(name="Brightline Metal", services=("custom enclosure fabrication",
                                                           "powder coating", "consulting services"))
    result = check("Brightline builds custom steel enclosures and applies powder coatings.", sheet)
    services = result.coverage["services"]
    assert [f.name for f in services.found] == ["custom enclosure fabrication", "powder coating"]
    # A name made only of generic words, or one shared word, is not enough.
    assert services.missing == ("consulting services",)
    assert check("Brightline is custom. It makes enclosures.", sheet).coverage[
        "services"].found == ()


@pytest.mark.parametrize("plan", [
    "I'd start by asking their plant manager where rework costs most. Offer a two-week trial "
    "on one line. Ask for a review meeting with the COO. Agree on a target of 20% less rework.",
    "- Start by asking the operations lead about late shipments.\n- Offer a trial of ten "
    "enclosures.\n- Propose a quarterly review.\n- Expand to their second plant.",
    "My approach: asking their buyer which suppliers miss dates, offering a pilot order, and "
    "proposing a joint forecast.",
])
def test_a_plan_written_as_steps_looks_ahead(plan):
    result = check(f"Opportunity plan:\n{plan}", SHEET)
    assert result.measures["plan_forward"] == 1.0
    assert "plan_not_forward" not in codes(result)


def test_a_plan_that_tells_the_past_still_looks_back():
    result = check("Opportunity plan:\nThey lost two carriers last year. Margins fell in "
                   "2023. Their CFO said costs were too high.", SHEET)
    assert "plan_not_forward" in codes(result)


def test_a_son_beside_a_wife_is_family_but_a_company_and_sons_is_not():
    found = {f.category for f in check("I live here with my wife and son.", SHEET).findings}
    assert "children" in found
    assert not [f for f in check("Our customer Hadley and Sons ships pallets.", SHEET).findings
                if f.code.startswith("personal_")]


# Second round of issue 14. Examples written here, not taken from the corpus.
@pytest.mark.parametrize("text", [
    "Ines attended Kansas State University before joining.",
    "He attended the University of Leeds.",
])
def test_a_school_attended_under_a_long_name_is_flagged(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "school" in found, found


@pytest.mark.parametrize("text", [
    "Before sales she worked as a nanny and cared for children in three households.",
    "Calder's volunteers teach kids to code at weekends.",
])
def test_children_a_job_serves_are_not_the_persons_own(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


def test_the_persons_own_children_are_still_flagged():
    text = "She cared for her children while running the Leeds office."
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "children" in found, found


# Third round of issue 14: where a person lives, was from or travels, named by its place, and
# the family as a whole. Examples written here, not taken from the corpus.
@pytest.mark.parametrize(("text", "category"), [
    ("Priya is a seller living in Leeds, Yorkshire.", "home"),
    ("Originally the Black Country, she moved south for work.", "home"),
    ("Home will always be Galway.", "home"),
    ("She won a scholarship to the Kelley School at Indiana.", "school"),
    ("Every August we make a trip to Cornwall.", "travel"),
    ("He is the one who keeps the whole family laughing.", "family"),
])
def test_a_place_a_trip_or_the_family_is_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "She made a business trip to Chicago to meet the buyer.",
    "Customers living in a world of rising costs want fewer suppliers.",
    "The platform was originally built for hospitals.",
])
def test_work_trips_and_lowercase_places_are_not_personal(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


# Fourth round: a dwelling named without its place, a child's school stage, and children or
# parents as a business's audience or field. Examples written here, not taken from the corpus.
@pytest.mark.parametrize(("text", "category"), [
    ("He and his partner live on a small farm with two dogs.", "home"),
    ("Both boys are just starting kindergarten this fall.", "children"),
    ("The youngest is in third grade.", "children"),
    ("My parents and kids came to the launch.", "family"),
])
def test_a_dwelling_or_a_childs_school_stage_is_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "The studio makes games that parents and children play together.",
    "The foundation funds children's literacy programs in rural counties.",
    "Their app is in school districts across Ohio.",
    "Our team lives on a shared calendar.",
])
def test_an_audience_a_field_or_a_market_is_not_personal(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


# Fifth round: a person's moves, studies, faith, parenthood and pastimes, and pets or
# treatments that only look personal. Examples written here, not taken from the corpus.
@pytest.mark.parametrize(("text", "category"), [
    ("I have also lived in Porto, Lyon and Oslo.", "home"),
    ("He moved to Denver for work and never left.", "home"),
    ("She relocated to Tucson with her husband in 2019.", "home"),
    ("Last spring I started the Master of Fine Arts program at Columbia.", "school"),
    ("He attended college at a small school in Vermont.", "school"),
    ("She majored in history before switching to sales.", "school"),
    ("I am a devout Catholic and a runner.", "religion"),
    ("When I'm not parenting I like to bake bread.", "children"),
    ("Weekends are for climbing, cooking or traveling.", "travel"),
])
def test_moves_studies_faith_parenthood_and_pastimes_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Proud dad to two rescue greyhounds and a very old cat.",
    "The clinic treats back pain without drugs or surgery.",
    "Their software helps teams avoid surgery scheduling errors.",
    "Christian Moreau runs the channel team.",
    "The company moved to Austin in 2015.",
    "The team is migrating to Snowflake for its reporting.",
    "Reps spend about a third of the month traveling to customer sites.",
])
def test_pets_treatments_given_names_and_company_moves_are_not_personal(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


# Sixth round: children counted or taken on outings, a person's own move to a town and its
# region, a place praised on the way, and where a person works remotely from. Examples written
# here, not taken from the corpus.
@pytest.mark.parametrize(("text", "category"), [
    ("He coaches soccer and adores his three little boys.", "children"),
    ("Our three wonderful boys keep us busy.", "children"),
    ("She spends Sundays taking the kids to the aquarium.", "children"),
    ("In 2012 we finally moved to Spokane, Washington.", "home"),
    ("She is happiest living in sunny Arizona.", "home"),
    ("I now work remotely from a farm outside the city.", "home"),
    ("He works remote from Lisbon most of the year.", "home"),
])
def test_children_counted_moves_and_remote_places_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "We moved to Salesforce last year and never looked back.",
    "The team works remotely from day one.",
    "Our data lives in your warehouse, not ours.",
    "The catalogue has two new product lines for boys and girls.",
])
def test_a_tool_change_remote_work_and_a_catalogue_are_not_personal(text):
    assert not [f for f in check(text, SHEET).findings if f.code.startswith("personal_")]


# Seventh round: going to a school (business school included), a course of study finished, a
# school named without "School", a person's move with the person as the subject, where a person
# grew up, a wish to travel, and a past event dated by age. Examples written here, not taken
# from the corpus.
@pytest.mark.parametrize(("text", "category"), [
    ("She went back to law school at thirty.", "school"),
    ("He spent two years going to design and business school in the evenings.", "school"),
    ("I loved my business school years.", "school"),
    ("After finishing his studies at Ridgeway Polytechnic he joined sales.", "school"),
    ("She attended Kingsford Senior High before university.", "school"),
    ("Marco relocated to Valencia in 2019.", "home"),
    ("She later moved to Galway and took up sailing.", "home"),
    ("I sold my car and relocated to Halifax.", "home"),
    ("He spent his early years in the town of Hexham.", "home"),
    ("She dreams of visiting Patagonia one day.", "travel"),
    ("He hopes to travel more once the kids are older.", "travel"),
    ("Okafor founded her first agency at the age of 22.", "age"),
])
def test_schooling_moves_childhood_wishes_and_ages_said_of_a_person_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "In 2019 the company relocated to Leeds.",
    "Calder Logistics relocated to Memphis in 2023.",
    "Brightwater Inc relocated to Dublin to be nearer its customers.",
    "Sales moved to HubSpot after the merger.",
    "The firm sponsors a case competition at Harvard's business school.",
    "Our recruiters go to college fairs every spring.",
    "The plan helps members retire at age 65 with a pension.",
    "The conference attendees hope to visit Memphis for the hub tour.",
])
def test_a_company_moving_a_school_as_an_institution_and_plans_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# Where a person was raised, leave taken for a child, grandparents, a season spent somewhere, a
# gap year, churchgoing and an age reached. Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("Tomas grew up near Uppsala and still sails there.", "home"),
    ("She was raised on a small sheep farm.", "home"),
    ("He was born and raised outside Cork.", "home"),
    ("Jordan is on shared parental leave until spring.", "children"),
    ("Priya's grandpa sold fabric door to door.", "family"),
    ("Lindqvist became a grandfather in May.", "family"),
    ("She spent last summer in Sardinia.", "travel"),
    ("He took a gap year before university.", "travel"),
    ("She is a lifelong churchgoer.", "religion"),
    ("He just turned 60 and shows no sign of slowing down.", "age"),
])
def test_upbringing_leave_grandparents_seasons_faith_and_age_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "The seed round was raised on a crowdfunding platform.",
    "Half the budget was raised by the regional partners.",
    "Existing customers keep their prices under a grandfather clause.",
    "Calder turned 25 this year and opened its Memphis hub.",
    "The warehouse spends the winter in peak season mode.",
])
def test_money_raised_a_grandfather_clause_and_a_company_birthday_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# Family visits and journeys to see one's own people, travel enjoyed whatever follows it, time
# with family, in-laws, studies paid for by work, and degrees named by their initials. Examples
# written here.
@pytest.mark.parametrize(("text", "category"), [
    ("Every August she flies to Lisbon to visit family.", "travel"),
    ("Dublin, where he gets to see family and the sea at once.", "travel"),
    ("Jordan travels to see his daughters in Perth each spring.", "travel"),
    ("Tomas enjoys chess and travelling to small islands.", "travel"),
    ("Priya loves cooking, cycling and traveling with her sister.", "travel"),
    ("Outside work he values time with family above all.", "family"),
    ("Her son-in-law runs a bakery.", "family"),
    ("Adaeze worked her way through law school at night.", "school"),
    ("He put himself through college driving a taxi.", "school"),
    ("Jordan holds an MPH from Emory University.", "school"),
    ("She earned her MSW at Columbia before joining.", "school"),
])
def test_family_visits_travel_enjoyed_in_laws_and_studies_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Our reps like traveling to meet customers in every region.",
    "Calder visits family offices and family businesses across the Midwest.",
    "Priya is a high school basketball coach on weekends.",
    "The app is used by high school students in 40 states.",
    "Adaeze worked through the night to close the Harbor Hill deal.",
])
def test_work_travel_family_firms_and_a_school_as_a_setting_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# Children in general or counted by the crowd, a business partner, an illness in a charity's
# name (no one's own); a place a person is a native or a resident of, a short degree with its
# school, and a place on a college team (personal). Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("A Vermont native, Dana joined us in 2019.", "home"),
    ("Luis is a longtime resident of Tucson.", "home"),
    ("She is a lifelong Albany resident and a runner.", "home"),
    ("Omar has a BS from Rutgers and ten years in logistics.", "school"),
    ("Kai earned an MA in History at Leeds before sales.", "school"),
    ("Rhea was captain of the varsity tennis team.", "school"),
    ("He played for the NCAA Division II rugby squad.", "school"),
    ("While studying Marine Biology at Bangor, Ola sold kayaks.", "school"),
    ("She took a night class in accounting at Pace before sales.", "school"),
    ("Noor lives with her partner in Brighton.", "dating"),
    ("His three children keep him busy.", "children"),
    ("Ana was diagnosed with diabetes last year.", "health"),
])
def test_natives_residents_short_degrees_and_college_teams_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder believes every kid deserves a safe ride to practice.",
    "The drive delivered books to 1,200 school children in Ghana.",
    "Volunteers reached hundreds of local kids this spring.",
    "Dana and her partner have co-founded two logistics firms.",
    "Dana and her business partner, Ola Berg, run the Leeds office.",
    "His partner at the firm handles tax work.",
    "Calder sponsors the American Cancer Society golf day.",
    "She raised funds for the Diabetes Research Institute.",
    "Calder ships a Salesforce native app.",
    "The resident expert on freight at Calder is Ola.",
    "We flew BA from Heathrow to Boston for the trade show.",
    "The university relations team at Calder hires from Leeds.",
    "Reps take a two-day course at Salesforce before their first call.",
    "While taking Harbor Hill live, the team worked weekends.",
])
def test_crowds_of_children_business_partners_charities_and_native_apps_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# The business of a person's own family, family holidays a person went on, travel a person
# did, dreams of or roams the world for, a passion for travel, time on the road in a van, a
# short degree said to be a person's own, a post-secondary diploma, settling down somewhere,
# where a person says they are from, and a move named by its direction. Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("In 2012 Noor joined the family business in Leeds.", "family"),
    ("As kids we took family skiing trips every winter.", "family"),
    ("After college I did a lot of traveling.", "travel"),
    ("Dana is a foodie and travel junkie.", "travel"),
    ("He spent six months on the road in a converted school bus.", "travel"),
    ("Ola is forever dreaming about the next trip.", "travel"),
    ("When she isn't roaming the globe, Dana coaches soccer.", "travel"),
    ("After finishing her BSc in nursing, Dana moved into sales.", "school"),
    ("Luis holds a post-secondary diploma in accounting.", "school"),
    ("Kai has since settled down near Boise.", "home"),
    ("My first job was in Leeds (I'm from Cork, Ireland).", "home"),
    ("Last spring Ola moved back home to be near friends.", "home"),
])
def test_family_businesses_holidays_travel_degrees_and_homes_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder is a family business that ships across the Midwest.",
    "The lodge offers family camping trips all summer.",
    "Calder helps shippers explore the world of freight data.",
    "Our trucks traverse the country every week.",
    "The travel industry is Calder's largest market.",
    "I'm from Northwind Freight and we ship pallets for retailers.",
    "The company moved overseas in 2019.",
    "The team settled the dispute in court.",
    "Post-secondary education providers buy from us.",
])
def test_family_firms_resort_trips_freight_and_company_moves_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# The family a person grew up among, being a parent named as one of a person's roles,
# homeschooling one's children, a school and degree listed with the year, a past dated by an
# age ("since the age of 15"), and travel in a list of things a person likes. Examples written
# here.
@pytest.mark.parametrize(("text", "category"), [
    ("Ines grew up with four older brothers on the coast.", "family"),
    ("Growing up among cousins taught Ola to negotiate.", "family"),
    ("He spent the winter surrounded by loving family.", "family"),
    ("Product lead, mother and marathon runner.", "children"),
    ("Father, engineer, occasional baker.", "children"),
    ("We homeschool our two girls in the mornings.", "children"),
    ("Dana would rather homeschool Milo than commute.", "children"),
    ("Lakeview University BSc, 2009: Chemistry", "school"),
    ("Wharton MBA '14, then five years at a bank.", "school"),
    ("Kai has sold door to door since the age of 15.", "age"),
    ("Ola has fixed bikes ever since she was 12.", "age"),
    ("When I was 9 my uncle taught me chess.", "age"),
    ("I love baking, chess, travel and long walks.", "travel"),
    ("She enjoys sailing, photography, and travel.", "travel"),
])
def test_upbringing_parenthood_homeschool_degree_years_ages_and_pastimes_are_personal(text,
                                                                                       category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "The vineyard is surrounded by family farms.",
    "Calder grew up with the internet economy.",
    "Mother and infant clinics order supplies from Calder.",
    "Calder sells homeschool curriculum kits to co-ops.",
    "Revenue at Calder grew 40% since 2019, MBA programs aside.",
    "Our Boston MA office opened in 2010.",
    "The kit suits learners from the age of 5.",
    "When it was 30 minutes late, the truck was rerouted.",
    "I love working with brands in retail, travel and hospitality.",
    "He enjoys selling to airlines, hotels, travel agencies and cruise lines.",
    "Our fleet serves retail, travel, and healthcare clients.",
])
def test_landscapes_care_services_curricula_states_audiences_and_markets_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# Aunts, uncles, nieces, nephews and step-parents said to be a person's own, a person's own
# homeschooling, and where a person grew up named some other way than "grew up in". Examples
# written here.
@pytest.mark.parametrize(("text", "category"), [
    ("Her uncle taught her to fish.", "family"),
    ("Ola's nephews visit every August.", "family"),
    ("My stepdad ran a hardware store.", "family"),
    ("Kai is a proud aunt of three.", "family"),
    ("He was homeschooled until high school.", "school"),
    ("Homeschooled through eighth grade, Ines then went to a public school.", "school"),
    ("Dana bought a house near the village where she grew up.", "home"),
    ("I grew up between Lagos and Leeds.", "home"),
    ("She mostly grew up abroad.", "home"),
])
def test_other_relatives_homeschooling_and_an_upbringing_said_otherwise_are_personal(text,
                                                                                     category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder's twin warehouses opened in 2020.",
    "Homeschooled students use the Calder reading app.",
    "The brand grew up across Europe before it came to Ohio.",
    "Calder ships where its customers grew up: the Midwest.",
])
def test_twin_sites_pupils_and_a_brand_growing_up_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# Travel a person did or counts (a backpacking trip, a trip through a country, countries
# visited), a degree a person holds or the school they are a graduate of, an age said as a
# decade or a birthday reached, a commute, a home split between places or placed by its
# distance, and worship a person goes to. Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("Ines backpacked across Chile before joining.", "travel"),
    ("Her two-week trip around Iceland ended in Reykjavik.", "travel"),
    ("Ola has visited 35 countries.", "travel"),
    ("Kai has been to every continent but one.", "travel"),
    ("Dana loves discovering new cities.", "travel"),
    ("Luis has a degree in philosophy.", "school"),
    ("Ines holds a master's in statistics.", "school"),
    ("Kai is a proud Purdue alum.", "school"),
    ("Ola is a first-generation college graduate.", "school"),
    ("Dana worked her way through community college.", "school"),
    ("Luis is in his late forties.", "age"),
    ("Ines celebrated her 50th in Lisbon.", "age"),
    ("Kai commutes in from Tacoma.", "home"),
    ("Ola splits her time between Leeds and Porto.", "home"),
    ("Dana lives twenty minutes north of the city.", "home"),
    ("They live by the sea with two cats.", "home"),
    ("Luis goes to temple on Saturdays.", "religion"),
])
def test_trips_degrees_held_decades_commutes_and_worship_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder runs 40 trips through Ohio each week.",
    "Calder ships to 40 countries.",
    "Our reps visited 60 customers last quarter.",
    "Calder has a high degree of automation.",
    "Calder hires from a Purdue graduate program every spring.",
    "Our drivers split their time between Denver and Austin.",
    "The depot is an hour outside Chicago.",
    "The new range goes to mass market in May.",
    "Event planners who attend worship conferences buy from Calder.",
])
def test_carrier_runs_shipping_reach_degrees_of_care_and_markets_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# A household's own pet, stepchildren, twins, the grade a person graduated with, a parish and
# its offices or a body named by its faith, a past dated by the age it came at, a lifetime
# counted, and a move said with the person left out. Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("The Okafors have a family cat called Miso.", "family"),
    ("Ines walks our rescue greyhound, Bolt, before work.", "family"),
    ("Kai and my two old beagles share the sofa.", "family"),
    ("Ola is stepmother to four stepchildren.", "children"),
    ("Dana and Luis are expecting twins in June.", "children"),
    ("Luis graduated with first-class honours in chemistry.", "school"),
    ("Ines graduated with a 2:2 in economics.", "school"),
    ("Kai sits on the parish council.", "religion"),
    ("Ola serves as a Eucharistic minister on Sundays.", "religion"),
    ("Dana is treasurer of the Catholic Women's League.", "religion"),
    ("At 17 she left Porto for Lyon.", "age"),
    ("In my forty years on this planet I have never missed a deadline.", "age"),
    ("Luis lived in Cork for a decade before moving to Boston.", "home"),
    ("Kai stayed on in Lagos until moving back to Leeds.", "home"),
    ("She taught for two years before relocating to Perth.", "home"),
])
def test_pets_stepchildren_twins_grades_parishes_ages_and_moves_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder sells premium dog food and cat treats.",
    "Our office is dog-friendly on Fridays.",
    "Calder built a digital twin of each depot.",
    "The accelerator graduated with 12 start-ups this year.",
    "Ines completed her product training at Calder in March.",
    "Kai finished his compliance coursework at the firm.",
    "The depot opens at 7 every morning.",
    "Calder has 30 years of experience in freight.",
    "Kai worked at Calder before moving to Northwind Logistics Inc.",
    # A career move, said the same way as a move of home: business, not personal.
    "Dana led sales at Calder for five years before moving to Northwind in 2019.",
    "Before moving to Northwind, Luis built the SDR team at Calder.",
    "Kai spent six years at Calder before moving to Northwind as a principal.",
    "After moving to Northwind, she doubled its partner revenue.",
])
def test_pet_products_digital_twins_cohorts_job_training_and_hours_are_not_personal(text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


# A person's year or schooling changed, the degree they graduated with named by its field, a
# state university named short, a faith said of people in their own words, theology read, a
# condition a person has or a fear of theirs, a co-parent, custody shared or a couple parted,
# a partner hoped for, a year of birth, a life event dated by an age, looks read as an age, a
# stay somewhere, a birth hospital, travel a person loves, states counted, a child's recital and
# a homeschool group. Examples written here.
@pytest.mark.parametrize(("text", "category"), [
    ("Ines met Luis in the spring of her junior year.", "school"),
    ("She changed schools three times as a girl.", "school"),
    ("Once I'm done with college I want to run a depot.", "school"),
    ("Dana graduated with a marine biology degree in 2011.", "school"),
    ("Luis attended Kansas State on a rowing scholarship.", "school"),
    ("We're Quakers, and it shapes how we work.", "religion"),
    ("Ola reads theology on long flights.", "religion"),
    ("Her youngest has type one diabetes.", "health"),
    ("Kai learned to dive despite a fear of water.", "health"),
    ("I pick up the kids from my co-parent on Fridays.", "family"),
    ("Dana and Luis share joint custody of their son.", "family"),
    ("We've been separated since last spring.", "family"),
    ("Ines hopes to meet someone to share her life with.", "dating"),
    ("I was born on 3 May 1990 in Leeds.", "age"),
    ("He was born in Porto in 1975.", "age"),
    ("Luis graduated from nursing school at 31.", "age"),
    ("I may look young, but I have run depots for years.", "age"),
    ("I've lived for a few years in Porto and Lyon.", "home"),
    ("Kai was born at Mercy General Hospital.", "home"),
    ("Dana likes to travel whenever the depot closes.", "travel"),
    ("Ola has visited 30 US states and 12 countries.", "travel"),
    ("Luis never misses his daughter's ballet recitals.", "children"),
    ("Ines runs the homeschool co-op on Tuesdays.", "children"),
])
def test_school_years_faith_conditions_custody_births_looks_stays_and_recitals_are_personal(
        text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Calder won the school district contract for bus parts.",
    "Calder switched college suppliers in 2021.",
    "The new hire graduated with a sales team of twelve behind her.",
    "Calder will exhibit at the Iowa State Fair next month.",
    "Ola met the buyers from Penn State Procurement last week.",
    "They are Christian publishers with a catalogue of 400 titles.",
    "Calder ships to a seminary that buys theology textbooks.",
    "Calder runs clinics for people with autism and ADHD.",
    "Calder holds sole custody of client assets under a trust deed.",
    "The two product lines were separated by the 2019 restructuring.",
    "We were separated from the main warehouse by the river.",
    "Calder will share life insurance quotes with brokers.",
    "The quarterly review started at 9 and ran until noon.",
    "Calder was founded on 3 May 1990 in Leeds.",
    "Calder's first depot opened at 6 on a Monday.",
    "The new depot looks modern and bright.",
    "Ola has visited 30 accounts in three states this quarter.",
    "Kai likes to travel to meet customers in person.",
    "Calder sells ticketing software to dance studios for their recitals.",
    "Calder delivers to Mercy General Hospital every night.",
])
def test_school_suppliers_faith_markets_asset_custody_hours_and_business_visits_are_not_personal(
        text):
    found = [(f.category, text[f.start:f.end]) for f in check(text, SHEET).findings
             if f.code.startswith("personal_")]
    assert not found, found


@pytest.mark.parametrize(("text", "category"), [
    # A person's favourite places and the places they wish to see.
    ("Favourite travel destinations: Lisbon and the Scottish Highlands", "travel"),
    ("Her favorite vacation spot is a cabin on Lake Tahoe.", "travel"),
    ("Places I'd like to visit: Patagonia, Japan", "travel"),
    ("Ines lists the countries she still hopes to see one day.", "travel"),
    ("He runs marathons and goes on a silent retreat each winter.", "travel"),
    # A person's time at school, the degree they set out to earn, what they studied and the
    # team they captained.
    ("While in college, Marta waited tables at a diner.", "school"),
    ("During grad school he sold phones on weekends.", "school"),
    ("She was very active in college as treasurer of the chess society.", "school"),
    ("He rowed competitively in college.", "school"),
    ("Omar chose to pursue a Marine Biology degree at Plymouth.", "school"),
    ("She enrolled as a Chemistry major at the renowned Aldgate Institute.", "school"),
    ("Dev was a History and Politics major and a debater at Durham.", "school"),
    ("Lena captained the women's hockey team for two seasons.", "school"),
    ("I was co-captain of my high school tennis team.", "school"),
    # Where a person grew up, named by its kind, and the family they come from.
    ("Growing up on a dairy farm, Kofi learned to start early.", "home"),
    ("She comes from a family of nurses.", "family"),
    ("He loves time with friends and family at the lake.", "family"),
    ("Ask about my three-year-old niece and you will see photos.", "family"),
])
def test_travel_wishes_school_years_upbringing_and_relatives_said_in_new_ways_are_personal(
        text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


@pytest.mark.parametrize("text", [
    "Since birth I have lived with no sense of taste.",
    "She lost her hearing after a fever at nine.",
    "He is deaf in one ear, so sit on his left.",
])
def test_a_sense_a_person_lacks_is_health(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "health" in found, found


# Touring by bike, motorbike or camper, a person calling themselves a globetrotter, countries a
# person has been to counted against other people, and a graduation said with the -ing form
# are personal.
@pytest.mark.parametrize(("text", "category"), [
    ("Weekends mean cycle touring along the coast for Ravi.", "travel"),
    ("She spent May motorcycle touring in the Alps.", "travel"),
    ("He fancies himself a globetrotter and collects stamps.", "travel"),
    ("Ines is an avid globe-trotter.", "travel"),
    ("Dana has eaten street food in more countries than anyone I know.", "travel"),
    ("Graduating from Carleton College in 2001, Ama moved into sales.", "school"),
    ("After graduating from the University of Ghana, he joined a bank.", "school"),
    ("She was graduating from Leeds Polytechnic when the firm called.", "school"),
])
def test_touring_a_globetrotter_countries_counted_and_graduating_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


# A birthplace or the parents named after the day of a birth, degrees a person holds by their
# letters, training received at a school, a year of study, a person's own weight, a person
# describing themselves by decade, a small child called a little girl or boy, and a faith said
# with its article or a practice qualifier are personal.
@pytest.mark.parametrize(("text", "category"), [
    ("I was born on a snowy morning in February in Duluth, Minnesota.", "home"),
    ("She was born in 1971 to Ada and Tom Reyes.", "family"),
    ("I have a BS in biology and an MBA.", "school"),
    ("He holds an MEd from a state school.", "school"),
    ("She received her formal training at Leeds City College.", "school"),
    ("He received his certification as a paralegal from the Kestrel Institute.", "school"),
    ("Sam is a second-year law student at Leeds.", "school"),
    ("I am mildly overweight and walk every morning.", "health"),
    ("I am a cheerful, mid-50s woman with two dogs.", "age"),
    ("I hate leaving my little girl at daycare.", "children"),
    ("I am a lapsed Catholic and still sing in the choir.", "religion"),
    ("She is a practising Seventh-day Adventist.", "religion"),
])
def test_births_degrees_training_weight_decade_little_ones_and_faith_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


# Where a person's own education began, a sports scholarship a person earned to a university,
# and a person who has lived all over are personal.
@pytest.mark.parametrize(("text", "category"), [
    ("Ines began her education at the Baltic Maritime Institute in Gdynia.", "school"),
    ("He continued his studies at Northfield Polytechnic.", "school"),
    ("Her sprinting earned her a full scholarship to run track for Coastal State University.",
     "school"),
    ("He has lived all over: Ohio, Lisbon and now Perth.", "home"),
])
def test_education_begun_a_sports_scholarship_and_a_life_all_over_are_personal(text, category):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert category in found, found


# A child named by birth order at a school stage or an age is the person's child.
@pytest.mark.parametrize("text", [
    "Our oldest is in college now.",
    "My youngest just started kindergarten.",
    "Her eldest turns 12 in May.",
    "His youngest is 4 years old.",
])
def test_a_child_named_by_birth_order_at_school_or_an_age_is_personal(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "children" in found, found


# A home a person buys, a person moving home again and again, and a family moved to a place
# named by its kind are the person's home.
@pytest.mark.parametrize("text", [
    "We bought a small house near the lake.",
    "She and her husband bought their first home in 2010.",
    "As a child, I moved a lot.",
    "We moved around often when I was young.",
    "Dad moved us from Tulsa to a little town in Kansas.",
    "Then came another move to a little larger, small town.",
])
def test_a_home_bought_and_moves_of_a_family_are_personal(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "home" in found, found


# A partner met or married as the love of a person's life, and a couple's years together, are
# the person's partner.
@pytest.mark.parametrize("text", [
    "He met Ines, the love of his life, in 1950.",
    "She married the love of her life in June.",
    "They spent 60 wonderful years together.",
    "We shared forty-one happy years of marriage.",
])
def test_a_partner_met_as_the_love_of_a_life_and_a_couples_years_are_personal(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "dating" in found, found


# A named school that a person went to, or that acted towards the person, stays their school.
@pytest.mark.parametrize("text", [
    "He went to Lincoln High School.",
    "Lincoln High School named her athlete of the year.",
    "She graduated from Lincoln High School in 1990.",
    "Lincoln High School called me to say I had passed.",
    "I attended Lincoln High School then hired a tutor.",
])
def test_a_named_school_a_person_went_to_stays_personal(text):
    found = {f.category for f in check(text, SHEET).findings if f.code.startswith("personal_")}
    assert "school" in found, found
