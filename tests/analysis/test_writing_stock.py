"""Stock openers and closers, and guilt put on the reader for a silence. Every example is
written here."""

import pytest

from hiring.analysis.writing import analyse


def codes(text):
    return {f.code for f in analyse(text, is_email=True).findings}


def spans(text, code):
    result = analyse(text, is_email=True)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


# The stock pleasantry that opens a pitch, and the stock lines of a meeting note ("It was a
# pleasure connecting", "Looking forward to next steps", "The reason I'm writing is") are worn
# phrases; wording about this reader's own business is not.
@pytest.mark.parametrize("line, code", [
    ("Hope you're well! Your Harbor site swaps shifts by phone.", "cliche"),
    ("I hope you are well. Your Harbor site swaps shifts by phone.", "cliche"),
    ("Hope all is well at your end. Your Harbor site swaps shifts by phone.", "cliche"),
    ("It was a pleasure connecting with you today.", "boilerplate"),
    ("The reason I'm writing is our new rota app.", "boilerplate"),
    ("Looking forward to next steps!", "boilerplate"),
    ("Looking forward to hearing your thoughts.", "boilerplate"),
])
def test_stock_openers_and_closers_are_marked(line, code):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert code in codes(email)
    assert analyse(email, is_email=True).measures["cliche_count"] == 1


@pytest.mark.parametrize("line", [
    "Hope your Harbor team is well staffed for winter.",
    "Looking forward to Thursday's walk-through of the rota.",
    "One reason your nurses swap shifts by phone is the old rota sheet.",
    "Connecting the rota to payroll saved Harbor Hill a day a week.",
])
def test_wording_about_the_readers_business_is_not_stock(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert analyse(email, is_email=True).measures["cliche_count"] == 0


# Asking whether the reader got the last email puts the silence on them; an offer to resend
# something the reader asked for, or checking a delivery of goods, does not.
@pytest.mark.parametrize("line", [
    "I wanted to make sure you received my note about rotas.",
    "Did you get my last email about the Harbor rota?",
    "Did you see my previous note on swaps?",
])
def test_asking_whether_the_reader_got_the_last_email_is_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" in codes(email)


@pytest.mark.parametrize("line", [
    "Did you get the rota samples we shipped to Harbor on Monday?",
    "To make sure your nurses get the new rota, we send it by text.",
    "Did you see the swap figures Harbor Hill published?",
])
def test_checking_a_delivery_or_a_result_is_not_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" not in codes(email)


# Praise of the reader's insight that the writer cannot know ("gives you a unique perspective",
# "your perspective stood out") is flattery; asking for the reader's perspective is not.
@pytest.mark.parametrize("line", [
    "Your years on the ward give you a unique perspective on rotas.",
    "Your perspective stood out in the Harbor panel.",
])
def test_praise_of_the_readers_insight_is_flattery(line):
    assert "flattery" in codes(f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam")


@pytest.mark.parametrize("line", [
    "I would value your perspective on how Harbor handles swaps.",
    "Harbor's swap data gave us unique numbers: 40 swaps a week.",
])
def test_asking_for_the_readers_perspective_is_not_flattery(line):
    assert "flattery" not in codes(f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam")


# A visit to the reader's website told as the opening ("I was on your website and noticed ...",
# "I was checking out your website", "I recently stumbled across your blog") claims research
# without showing any, as "I came across your website" does; the website named for what is on
# it, or the writer's own site, is not.
@pytest.mark.parametrize("line, marked", [
    ("I was on your website and noticed the Harbor rota page.", "was on your website"),
    ("I was checking out your website last week.", "was checking out your website"),
    ("I was looking at your website this morning.", "was looking at your website"),
    ("I recently stumbled across your blog on shift swaps.", "stumbled across your"),
    ("I visited your website before our call.", "visited your website"),
])
def test_a_visit_to_the_readers_website_is_a_stock_opener(line, marked):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert [marked in s for s in spans(email, "boilerplate")] == [True]


@pytest.mark.parametrize("line", [
    "The rota page on your website lists three Harbor sites.",
    "Your website was on the list the Leeds trust sent us.",
    "I was on your team's webinar about shift swaps.",
    "Visit our website for the Harbor case study.",
    "We checked your Harbor rota against the 2024 rules.",
])
def test_the_readers_website_named_for_what_is_on_it_is_not_a_stock_opener(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "boilerplate") == []


# A transformation promised the reader, whatever it is of ("Our app can transform your rota
# planning", "Ready to transform your night shifts?"), is a sales buzzword as "transform your
# business" is; so are "revolutionizes" and "supercharge your"; a question about a change the
# reader made, or a change named at another customer, is not.
@pytest.mark.parametrize("line, marked", [
    ("Our app can transform your rota planning.", "can transform your"),
    ("Ready to transform your night shifts?", "Ready to transform your"),
    ("RotaKit revolutionizes shift swaps for wards.", "revolutionizes"),
    ("We supercharge your rota team in a week.", "supercharge your"),
])
def test_a_transformation_promised_the_reader_is_a_cliche(line, marked):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "cliche") == [marked]


@pytest.mark.parametrize("line", [
    "How did you transform your rota after the Leeds merger?",
    "Harbor Hill used RotaKit to transform its rota in six weeks.",
    "The ward's revolution in shift swaps began with one sheet.",
])
def test_a_change_the_reader_made_or_one_named_elsewhere_is_not_a_cliche(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "cliche") == []


# Time said to have passed since a contact the reader may never have had ("It has been some
# time since we last spoke", "It's been too long") presumes a relationship, as "it's been a
# while" does; time told about the reader's work or the writer's own is not.
@pytest.mark.parametrize("line, marked", [
    ("It has been some time since we last spoke.", "It has been some time"),
    ("It's been some time, Kate.", "It's been some time"),
    ("It has been a while since Leeds.", "It has been a while"),
    ("It has been ages since we caught up.", "It has been ages"),
])
def test_time_said_to_have_passed_since_a_contact_is_familiarity(line, marked):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "false_familiarity") == [marked]


@pytest.mark.parametrize("line", [
    "It has been a busy winter on the Harbor wards.",
    "It took some time to move Harbor Hill's rota to the app.",
    "Some time ago Harbor Hill moved its rota online.",
    "It has been too long a wait for swaps at most wards: 3 days on average.",
])
def test_time_told_about_the_work_is_not_familiarity(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "false_familiarity") == []


# The writer's unanswered emails held up to the reader, as thanks for bearing them, praise for
# the silence or a show of giving up ("thanks for putting up with my emails", "I hope my
# persistence has been noticed", "I'm throwing in the towel"), put the silence on them; the
# same words about the reader's work are not.
@pytest.mark.parametrize("line", [
    "Thanks for putting up with my six emails this month.",
    "I hope my persistence has not gone unnoticed.",
    "Since you never write back, I am throwing in the towel.",
    "I admire your dedication to not answering a single note.",
])
def test_the_writers_unanswered_emails_held_up_to_the_reader_are_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" in codes(email)


@pytest.mark.parametrize("line", [
    "Your nurses put up with the old rota sheet for years.",
    "Harbor Hill's persistence with paper rotas cost it a day a week.",
    "Your dedication to the night shift shows in the Harbor figures.",
    "We never throw a rota out: Harbor keeps every version.",
])
def test_the_same_words_about_the_readers_work_are_not_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" not in codes(email)


# The reader's busyness presumed by a stranger ("I can only imagine how busy you have been",
# "I'm sure you've been busy", "I bet you're busy") puts their silence down to it, as "I know
# you're busy" does; a busy time named in the reader's own work, or the writer's, is not.
@pytest.mark.parametrize("line", [
    "I can only imagine how busy you have been this winter.",
    "I'm sure you've been busy with the Harbor move.",
    "I bet you're busy with the spring rota.",
    "I imagine you are busy with the new wards.",
])
def test_the_readers_busyness_presumed_is_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" in codes(email)


@pytest.mark.parametrize("line", [
    "Winter is the busiest time on the Harbor wards: 40 swaps a week.",
    "I imagine your nurses would rather swap shifts by text.",
    "We have been busy moving Harbor Hill's rota to the app.",
])
def test_a_busy_time_named_in_the_work_is_not_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" not in codes(email)


# The stock opener that claims a look at the reader's site without showing any, told with
# other verbs ("came across your site", "I've run into your blog", "I have seen your
# website"), is boilerplate, and praise of the site after it is still flattery; the reader's
# own site named in a question or a fact is not. Examples written here.
@pytest.mark.parametrize(("line", "phrase"), [
    ("I came across your site while looking for bakeries.", "came across your site"),
    ("Last week I've run into your blog by chance.", "run into your blog"),
    ("I have seen your website and the menu.", "have seen your website"),
    ("I've seen your site on a list of bakeries.", "I've seen your site"),
])
def test_a_look_at_the_readers_site_without_a_detail_is_boilerplate(line, phrase):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "boilerplate") == [phrase]


def test_praise_after_the_stock_opener_is_still_flattery():
    email = ("Hi Kate,\n\nI came across your site harborbakes.com and think it's brilliant."
             "\n\nWorth a call on Thursday?\n\nSam")
    measures = analyse(email, is_email=True).measures
    assert (measures["boilerplate_count"], measures["flattery_count"]) == (1, 1)


@pytest.mark.parametrize("line", [
    "Have you seen your site's load time on a phone?",
    "Our van ran into your site's gate on Monday, and we will pay for it.",
    "You have seen your bookings drop since March.",
])
def test_the_readers_site_in_a_question_or_a_fact_is_not_boilerplate(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert spans(email, "boilerplate") == []


# A closing that presumes the reader's answer or hurries it ("Looking forward to your positive
# response", "Eagerly awaiting your reply") is boilerplate; thanks for an answer given and a
# reply by a date the reader set are not. Examples written here.
@pytest.mark.parametrize(("line", "phrase"), [
    ("Looking forward to your positive response.", "Looking forward to your positive response"),
    ("Eagerly awaiting your reply.", "Eagerly awaiting your reply"),
    ("I hope to get your prompt reply on the rota.", "get your prompt reply"),
])
def test_a_closing_that_presumes_or_hurries_the_answer_is_boilerplate(line, phrase):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{line}\n\nSam"
    assert spans(email, "boilerplate") == [phrase]


@pytest.mark.parametrize("line", [
    "Thanks for your positive response to the pilot last week.",
    "Your prompt reply to the Harbor nurses kept the rota on time.",
    "I'll wait for your reply until Friday, as you asked.",
])
def test_an_answer_given_or_a_date_the_reader_set_is_not_boilerplate(line):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{line}\n\nSam"
    assert spans(email, "boilerplate") == []


# The reader's interest presumed by a writer who knows nothing of it is the stock line of any
# pitch; asking whether they are interested, or saying why the writer thought of them, is not.
@pytest.mark.parametrize("line", [
    "I thought you might be interested in our new rota app.",
    "With winter coming, you may be interested in a few tips on night cover.",
    "If you cover staffing, I thought you might have an interest in our survey.",
])
def test_the_readers_interest_presumed_is_boilerplate(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "boilerplate" in codes(email)


@pytest.mark.parametrize("line", [
    "Would you be interested in a rota trial at Harbor?",
    "I thought you'd find the Harbor Hill swap figures useful.",
    "You mentioned you might be hiring night nurses in March.",
])
def test_asking_about_interest_is_not_boilerplate(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "boilerplate" not in codes(email)


# The writer's disappointment in the reader, or their treatment of the writer, held up to them
# after a lost deal is guilt; regret over an event, or someone else's disappointment with a
# product, is not.
@pytest.mark.parametrize("line", [
    "I'm very disappointed that you went with another rota vendor.",
    "Frankly, I was disappointed in the way you ended our trial.",
    "It has been a struggle to get you on the phone since March.",
])
def test_disappointment_in_the_reader_is_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" in codes(email)


@pytest.mark.parametrize("line", [
    "Sorry we missed you at the Harbor fair last week.",
    "Nurses at Harbor Hill were disappointed by paper rotas until they switched.",
    "It is hard to get night nurses on the phone after a shift.",
])
def test_regret_over_an_event_is_not_blame(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert "blame" not in codes(email)
