"""A stiff register: the reader's needs reasoned out for them, and courtesy in the passive.

Two kinds of sentence that publishers of sales-email critiques call robotic or official:

- the reader's needs worked out for them from a fact about them, in the language of a report
  ("Your award indicates fast growth, likely resulting in more enquiries", "A team that size
  suggests heavy call volume, requiring ..."): the writer presumes a problem instead of asking
  the reader about their situation. An inference verb in the third person (indicates, suggests,
  implies, signals, signifies) followed in the same sentence by a need or a consequence
  (likely, necessitating, requiring, resulting in, calling for) is marked; "that usually means"
  is how people talk and is not; a question is asking, not presuming.
- a courtesy or a feeling put in the passive with no one doing it ("Your patience is
  appreciated", "Your concern was noted", "You are reminded that ..."): the writer hides
  behind the form of an official notice.

A benefit presumed for the reader with nothing named ("you could greatly benefit from our
service", "might benefit from this") presumes a need the same way and is marked with the first,
as is a verdict on the reader's site from an analysis they have not seen ("Your website needs
immediate improvement", "we found several errors on your site").

All weigh on tone like a cliche.

Tone faults also come in kinds (TONE_FAULT_KINDS): stock wording, a relationship presumed,
proof nobody could check and a need presumed. One kind, even twice, is "a stock phrase or
two"; faults of two different kinds make the email generic in more than one way, which is
the rubric's "several stock phrases ... polite but generic" (tone_fault_kinds).

Pressure on the reader, which the rubric's tone names beside blame ("no pressure and no blame
placed on the reader"): the reader told what they must do for the writer ("a candidate you must
meet", "you must see this"), told they are lucky to be written to ("You're in luck"), or hurried
("act now", "before it's too late", "you can't afford to miss this", "don't miss out")
(pressure). A rule the reader faces ("You must file the rota by Friday"), someone else's
obligation ("Your nurses must see the rota") and the reader's own business ("You can't afford
to lose night staff") are not marked.

Exclamation marks all through an email, two or more outside its greeting line ("Your wards
swap shifts by phone! We fix that in a minute!"), raise its voice as capitals do and count
as shouting (exclamations); one, or the greeting's own ("Hi Kate!"), is a writer's warmth.

Talking down to the reader (condescension), weighed like blame: a compliment withdrawn in the
same breath, the reader's own word put in quotation marks, an offer to make their work sound
better.
"""

from __future__ import annotations

import re

from hiring.analysis.findings import Finding

# Bounded gaps and fixed alternatives: the patterns run in linear time.
# A sentence's characters: anything but its end or a blank line.
_IN_SENTENCE = r"(?:[^.!?\n]|\n(?![ \t]*+\n))"
_PRESUMED_NEED = re.compile(
    r"\b(?:indicates|suggests|implies|signals|signifies)\b" + _IN_SENTENCE + r"{0,160}?"
    r"\b(?:likely|necessitat(?:es|ing)|requir(?:es|ing)|result(?:s|ing)\s+in"
    r"|call(?:s|ing)\s+for)\b" + _IN_SENTENCE + r"{0,200}+(?P<end>[.!?]?)",
    re.IGNORECASE,
)
# A benefit presumed for the reader with nothing named: "you could greatly benefit from our
# service", "might benefit from this", "a service I believe Acme could benefit from", "my
# expertise could benefit your team" (not "could benefit from a similar result").
_PRESUMED_BENEFIT = re.compile(
    r"\b(?:might|could|may|would|will)\s+(?:really\s+|greatly\s+|definitely\s+)?benefit"
    r"(?:\s+from\s+(?:this|it|our|us|my|what\s+(?:we|i))\b|\s+from[ \t]*+(?=[.,;!?\n])"
    r"|\s+(?:your|you)\b)",
    re.IGNORECASE,
)
# A verdict on the reader's site from an analysis the reader has not seen: "Your website needs
# immediate improvement", "your site isn't ranking", "we found several errors on your site"
# (not "your site lists six clinics", "I checked your site and saw the new depot").
_SITE_FAULTS = (r"(?:some|a\s+few|several|many|multiple|major|serious|critical)\s+"
                r"(?:[\w-]++\s+){0,2}?(?:issues|errors|problems|mistakes)")
_SITE_VERDICT = re.compile(
    r"\byour\s+(?:web\s*)?site\s+(?:(?:really|urgently|badly)\s+)?(?:needs|requires|lacks"
    r"|(?:is\s+not|isn't)\s+(?:handling|optimi[sz]ed|ranking|mobile|secure|performing)"
    r"|has\s+" + _SITE_FAULTS + r")\b"
    r"|\b(?:found|noticed|discovered|detected)\s+" + _SITE_FAULTS
    + r"\s+(?:on|with|in)\s+your\s+(?:web\s*)?site\b",
    re.IGNORECASE,
)
_PASSIVE_COURTESY = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:greatly|much|deeply|duly|hereby|kindly)\s+)?"
    r"(?:regretted|appreciated|acknowledged|noted|hoped|desired|reminded|advised"
    r"|requested)\b(?![ \t]+by\b)",
    re.IGNORECASE,
)


def stiff_register(norm: str, findings: list[Finding]) -> dict:
    """Mark needs reasoned out for the reader and courtesy in the passive (see above)."""
    presumed = 0
    for m in _PRESUMED_NEED.finditer(norm):
        if m.group("end") == "?":
            continue
        presumed += 1
        msg = ("Reasons out the reader's needs for them in the language of a report: ask "
               "them about their situation instead of presuming it.")
        findings.append(Finding("presumed_need", msg, _sentence_start(norm, m.start()),
                                m.end()))
    for m in _PRESUMED_BENEFIT.finditer(norm):
        presumed += 1
        msg = (f"'{m.group()}': a benefit presumed for the reader with nothing named. Say what "
               "would change for them, or ask about their situation.")
        findings.append(Finding("presumed_need", msg, m.start(), m.end()))
    for m in _SITE_VERDICT.finditer(norm):
        presumed += 1
        msg = (f"'{m.group()}': a verdict on the reader's site from an analysis they have not "
               "seen. Show one thing you found, or ask about it.")
        findings.append(Finding("presumed_need", msg, m.start(), m.end()))
    official = 0
    for m in _PASSIVE_COURTESY.finditer(norm):
        official += 1
        msg = (f"'{m.group()}': a courtesy in the passive reads like an official notice. Say "
               "who feels it: 'I'm sorry', 'Thank you for ...'.")
        findings.append(Finding("officialese", msg, m.start(), m.end()))
    return {"presumed_need_count": presumed, "officialese_count": official}


# Praise of the reader's whole site, blog or campaign in a word anyone could write without
# reading it ("such a good blog", "your awesome campaign", "You have a very nice site", "I came
# across your site and think it's awesome", "... and I loved it", "its informative content"):
# flattery, as the phrase list's "your website looks great" is. Praise of one named piece ("your
# post on night shifts") is not marked, nor the writer's opinion of something that is not the
# reader's ("paper straws look great"). A dot inside a web address ("www.harbor.com") does not
# end the gap.
_PRAISE_WORD = (r"(?:awesome|great|amazing|fantastic|wonderful|excellent|brilliant|nice|lovely"
                r"|beautiful|interesting|informative|cool|impressive|good)")
_SITE = r"(?:blog|site|website|web\s+site|newsletter|podcast|channel)"
_SITE_PRAISE = re.compile(
    r"\b(?:such|so)\s+(?:an?\s+)?" + _PRAISE_WORD + r"\s+" + _SITE + r"\b"
    r"|\byour\s+" + _PRAISE_WORD + r"\s+(?:" + _SITE + r"|content|campaign)s?\b"
    r"|\byou(?:'ve|\s+have)\s+(?:got\s+)?(?:an?|such\s+an?)\s+(?:very\s+|really\s+|truly\s+)?"
    + _PRAISE_WORD + r"\s+" + _SITE + r"\b"
    r"|\b(?:its|it's|your)\s+(?:very\s+|really\s+)?" + _PRAISE_WORD + r"\s+content\b"
    r"|\b(?:site|website|blog|url)\b(?:[^.!?\n]|\.(?=\w)){0,60}?\band\s+(?:i\s+)?"
    r"(?:(?:really\s+)?lov(?:e|ed)\s+it\b|(?:think|thought|find|found)\s+it(?:'s|\s+is"
    r"|\s+was)?\s+(?:very\s+|really\s+|so\s+|truly\s+)?" + _PRAISE_WORD + r"\b)",
    re.IGNORECASE,
)


def site_praise(norm: str, findings: list[Finding]) -> int:
    """Mark praise of the reader's whole site or blog (see above) where no flattery found so
    far overlaps it (a stock opener that names the site, "came across your site", may);
    return how many."""
    taken = [(f.start, f.end) for f in findings if f.code == "flattery"]
    count = 0
    for m in _SITE_PRAISE.finditer(norm):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        count += 1
        msg = (f"'{m.group()}': Flattery: praise of a whole site anyone could write without "
               "reading it. Name the piece you read and what it changed for you.")
        findings.append(Finding("flattery", msg, m.start(), m.end()))
    return count


# The kind of tone fault each finding is: stock wording (a cliche, boilerplate, a greeting
# without the reader's name, officialese), a relationship presumed (flattery, invented
# familiarity), proof nobody could check (vague, unsupported, implausible) and a need presumed.
TONE_FAULT_KINDS = {
    "cliche": "stock", "boilerplate": "stock", "generic_greeting": "stock",
    "officialese": "stock", "flattery": "relationship", "false_familiarity": "relationship",
    "vague_proof": "proof", "unsupported_claim": "proof", "implausible_claim": "proof",
    "presumed_need": "need",
}


def tone_fault_kinds(findings: list[Finding]) -> int:
    """How many different kinds of tone fault the findings hold (see TONE_FAULT_KINDS)."""
    return len({TONE_FAULT_KINDS[f.code] for f in findings if f.code in TONE_FAULT_KINDS})


_PRESSURE = re.compile(
    r"\byou\s+(?:really\s+|simply\s+|absolutely\s+)?must\s+(?:meet|see|try|hear|check\s+out"
    r"|watch|act|read|book|join|have)\b"
    r"|\byou(?:'re|\s+are)\s+in\s+luck\b"
    r"|\bact\s+now\b|\bbefore\s+it(?:'s|\s+is)\s+too\s+late\b"
    r"|\bcan(?:'t|not)\s+afford\s+to\s+(?:miss|ignore|pass\s+(?:this\s+)?up|wait)\b"
    r"|\bdon't\s+miss\s+out\b",
    re.IGNORECASE,
)


def pressure(norm: str, findings: list[Finding]) -> dict:
    """Mark wording that presses the reader to act (see the module docstring)."""
    count = 0
    for m in _PRESSURE.finditer(norm):
        count += 1
        msg = (f"'{m.group()}': pressure on the reader. Give them a reason to reply and let "
               "them decide.")
        findings.append(Finding("pressure", msg, m.start(), m.end()))
    return {"pressure_count": count}


# How far back the start of a marked sentence is looked for.
_SENTENCE_LOOKBACK = 400


def _sentence_start(norm: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last sentence end or blank line
    (within _SENTENCE_LOOKBACK characters, else at the inference verb itself)."""
    low = max(0, at - _SENTENCE_LOOKBACK)
    start = max(norm.rfind(mark, low, at) for mark in (". ", "! ", "? ", ".\n", "\n\n"))
    if start >= 0:
        return start + 2
    return 0 if low == 0 else at


# An exclamation mark, or a run of them ("!!!" is also a slip of mechanics), outside a greeting
# line ("Hi Kate!", "Hello there!"): a greeting's is how people say hello.
_EXCLAMATION = re.compile(r"!++")
_GREETING_LINE = re.compile(
    r"[ \t]*+[\"“]?(?i:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening))\b"
    r"[^\n]{0,40}$", re.MULTILINE)
# This many exclamations in one email raise the writer's voice throughout, as capitals do; one
# is a writer's warmth.
EXCLAMATIONS_RAISED = 2


def exclamations(norm: str, findings: list[Finding]) -> int:
    """1 when the email has EXCLAMATIONS_RAISED exclamations outside its greeting line, else 0;
    the last is marked."""
    found = [m for m in _EXCLAMATION.finditer(norm)
             if not _GREETING_LINE.match(norm, norm.rfind("\n", 0, m.start()) + 1, m.end())]
    if len(found) < EXCLAMATIONS_RAISED:
        return 0
    last = found[-1]
    msg = (f"{len(found)} exclamation marks: the email raises its voice as capitals do. Keep "
           "the enthusiasm for one line, if any, and let the facts carry the rest.")
    findings.append(Finding("shouting", msg, last.start(), last.end()))
    return 1


# ------------------------------------------------------------------ talking down to the reader
#
# A compliment withdrawn in the same breath ("Nice content, but ...") and the reader's own word
# put in quotation marks (your "voice") tell the reader their work falls short; publishers call
# such openers condescending. An offer to make the reader's work "sound better" says the same.
_BACKHANDED = re.compile(
    r"(?:^|[.!?]\s++|:\s*+)(?:nice|great|good|cool|love|loved|lovely|interesting|impressive)"
    r"\b[^.!?\n,]{0,40},\s*+but\b",
    re.IGNORECASE | re.MULTILINE,
)
_SCARE_QUOTES = re.compile(r"\byour\s+\"[\w ]{1,30}\"", re.IGNORECASE)
_SOUND_BETTER = re.compile(
    r"\b(?:sound|look|read)\s+(?:better|more\s+professional|less\s+amateur\w*+)\b"
    r"|\bbetter\s+written\b",
    re.IGNORECASE,
)


def condescension(norm: str, findings: list[Finding]) -> dict:
    """Mark wording that talks down to the reader (see above)."""
    count = 0
    for pattern, what in ((_BACKHANDED, "a compliment taken back with 'but'"),
                          (_SCARE_QUOTES, "the reader's own word put in quotation marks"),
                          (_SOUND_BETTER, "an offer to make the reader's work sound better")):
        for m in pattern.finditer(norm):
            count += 1
            msg = (f"'{m.group().strip(' .:')}': {what} talks down to the reader. Say what "
                   "you would change and why it helps them.")
            findings.append(Finding("condescension", msg, m.start(), m.end()))
    return {"condescension_count": count}
