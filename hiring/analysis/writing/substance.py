"""What an email offers the reader: how good its ask is, whether its claims can be checked,
and whether anything in it is about this reader.

Two findings that published critiques of sales emails name again and again (issue 14):

- a generic ask ("Would you like to schedule a demo to learn more?", "Let me know if you're
  interested", "I'd love to find a time to connect") asks the reader to give time to the
  writer's agenda; a specific, easy question about the reader's situation or an offer they can
  take up does not. The ask level is 4 for specific asks, 3 when any ask is generic or when
  there is no ask but the email leaves an offer open on purpose ("happy to pick this back up",
  a link: a closing email or a resource shared with no ask), 1 when there is nothing to answer
  or take up.
- a claim of results with nothing the reader could check ("Our platform helps teams save
  valuable time", "We've helped over 500 companies increase their revenue") is vague proof:
  a claim is supported when it, or the sentence after it, names a figure, a customer or a
  template field standing for one. A promise nobody could keep ("10x your revenue",
  "guaranteed results") is marked as implausible.
"""

from __future__ import annotations

import re

from hiring.analysis.findings import Finding
from hiring.analysis.writing.patterns import _READER_FIELD, _WORD, _business_words

# Wording that makes an ask generic. Each alternative is a fixed run of words (no nested
# quantifiers), so the pattern runs in linear time.
_WEAK_ASK = re.compile(
    r"\blearn\s+more\b"
    r"|\bdiscuss\s+(?:how|what|ways)\b|\bto\s+discuss\s*+[.!?]"
    r"|\bhow\s+(?:we|i)\s+(?:can|could|might)\s+(?:help|add\s+value|work\s+together|support)\b"
    r"|\bhow\s+(?:our\s+)?[\w-]++\s+(?:[\w-]++\s+)?(?:can|could|will)\s+(?:help|add\s+value"
    r"|benefit)\b"
    r"|\bsynerg\w*+"
    r"|\bconnect(?:ing)?\b|\bcontinue\s+the\s+conversation\b"
    r"|\blet\s+me\s+know\s+(?:if|when|whether)\s+(?:you(?:'re|\s+are)\s+)?"
    r"(?:interested|free|available)\b"
    r"|\bif\s+(?:you(?:'re|\s+are)\s+)?interested\b"
    # Help offered with nothing named, for the reader to find a use for: "Let me know if you
    # need any specific information regarding this", "... if you require anything else" (not
    # "Let me know if you need the Harbor rota by Friday", "... if you need more time").
    r"|\blet\s+me\s+know\s+if\s+you\s+(?:need|require|want|would\s+like)\s+"
    r"(?:anything|(?:any|more|further|additional|some)\s+(?:[\w-]++\s+)?(?:info|information"
    r"|details|help|assistance|support|clarification))\b"
    r"|\b(?:have|had)\s+(?:some\s+|any\s+)?(?:availability|questions)\b"
    # A bare "let me know", with nothing said about what: the reader has to invent the answer.
    r"|\blet\s+me\s+know\s*+(?:[.!,;]|$)"
    # Asking the reader to find the writer's contact for them.
    r"|\bright\s+(?:person|contact)\b|\bperson\s+responsible\b"
    r"|\b(?:forward|point|refer|direct)\s+me\b"
    r"|\b(?:30|45|60|90)[-\s]?min(?:ute)?s?\b|\ban\s+hour\b"
    r"|\b(?:a|an|quick|brief|short)\s+(?:[\w-]++\s+)?demo\b(?!\s+video)"
    r"|\b(?:jump|hop)\s+on\s+a\b"
    # The writer's wish ("I'd love to connect", "We would love to show you"); an invitation
    # to the reader to take part in something of the writer's ("We'd love to have you on our
    # show", "I'd love to invite you to speak", "... to have someone from your team present")
    # is a specific ask the reader can say yes to.
    r"|(?:\b(?:i'd|i\s+would|we'd|we\s+would)|(?<![\w,;:'][ \t\n])(?<![\w,;:'])would)\s+"
    r"(?:really\s+)?love\s+to\b(?!\s+(?:invite\s+you|have\s+(?:you\s+(?:on|as|join|speak"
    r"|present|talk)|someone\s+from\s+your\s+(?:team|organi[sz]ation|company|firm))"
    r")\b)"
    # An offer to send material nobody has named: "Can I send you some info?", "happy to send
    # over more details" (not "... send you the audit we ran on your site").
    # Also in the past or as another verb: "if I sent you some info", "May I provide you with
    # more information?".
    r"|\b(?:send|sent|sending|provide|providing|give)\s+(?:you\s+|over\s+|with\s+){0,3}"
    r"(?:some|more|further|additional|any)\s+"
    r"(?:info|information|details|materials?|literature|brochures?|collateral)\b"
    # Asking to be passed on to someone else: "Can I speak with someone from your team?"
    r"|\b(?:speak|talk)\s+(?:with|to)\s+someone\b|\bput\s+me\s+in\s+touch\b"
    # The writer's wish to meet, with no time: "I'd like to set up an appointment to discuss
    # our solutions" (not "I'd like to meet on Thursday at 10", "Would you like to meet?").
    r"|\b(?:i\s+would|i'd|we\s+would|we'd)\s+like\s+to\s+(?:set\s+up|schedule|arrange|book"
    r"|explore|discuss|meet|talk|speak|chat)\b(?![^.!?\n]{0,80}?\b(?:monday|tuesday|wednesday"
    r"|thursday|friday|tomorrow|today|tonight|(?:this|next)\s+week|\d{1,2}(?::\d\d)?\s*(?:am|pm)"
    r"|\d{1,2}:\d\d)\b)"
    # A conversation about nothing named: "Would you be available to have a conversation?".
    r"|\b(?:have|hold|arrange)\s+a\s+(?:quick\s+|brief\s+|short\s+)?conversation\b"
    r"(?!\s+(?:about|on|with|around|regarding)\b)"
    # The stock ask of a pitch, open to nothing in particular: "Would you be open to seeing how
    # they do it?", "Would you be open to a quick chat?" (not "... to a 15-minute call on ...").
    r"|\bwould\s+you\s+be\s+open\s+to\s+(?:(?:seeing|hearing|learning|exploring|discussing"
    r"|chatting|talking)\b|(?:a|an)\s+(?:quick|brief|short|casual|informal)\s+"
    r"(?:chat|call|conversation|talk)\b)",
    re.IGNORECASE,
)
# An offer the reader can take up later, in an email that asks nothing.
_OPEN_DOOR = re.compile(
    r"\b(?:happy|glad)\s+to\b|\bfeel\s+free\b|\bhesitate\s+to\b|\breach\s+out\b"
    r"|\bdown\s+the\s+road\b|\byours\s+to\s+keep\b|\bhere'?s\s+the\s+link\b"
    # "the door is open", "my door's always open".
    r"|\bdoor(?:'s|\s+is)\s+(?:always\s+|still\s+)?open\b"
    # "ping me if that changes", "just reply to this thread", "I'm around".
    r"|\b(?:ping|email|call|text|message|reach)\s+me\b|\bjust\s+reply\b|\breply\s+to\s+this\b"
    r"|\bi'?m\s+around\b|\bwhere\s+to\s+find\s+me\b|\bget\s+in\s+touch\b"
    r"|\{\{?\s*(?:link|url)\w*+|https?://|\bwww\.",
    re.IGNORECASE,
)
# Verbs of a claim the writer makes about what they or their product did for others.
_CLAIM_VERBS = frozenset(
    "help helps helped helping eliminate eliminates transform transforms streamline streamlines"
    " increase increases increased boost boosts improve improves improved drive drives deliver"
    " delivers delivered save saves saved cut cuts reduce reduces reduced grow grows grew"
    " achieve achieved serve serves served work worked".split()
)
_WRITER_SUBJECTS = frozenset("we we've we're our".split())
_CLIENT_NOUNS = frozenset(
    "companies businesses teams clients customers organizations organisations brands retailers"
    " firms leaders professionals".split()
)
# Quantities that are not a figure anyone could check.
_VAGUE_QUANTITIES = frozenset("hundreds thousands dozens millions many several countless".split())
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty"
    " fifty half double triple twice".split()
)
# Claims without a subject: "been helping companies like yours", "add significant value".
_CLAIM_PHRASE = re.compile(
    r"\bhelp(?:s|ed|ing)?\s+(?:companies|businesses|teams|clients|customers|organi[sz]ations"
    r"|brands|retailers|firms)\b|\b(?:companies|businesses)\s+(?:just\s+)?like\s+yours\b"
    r"|\badd\s+(?:significant\s+|real\s+)?value\b",
    re.IGNORECASE,
)
# A count of clients given as proof ("100+ businesses", "over 500 companies", "more than 2,000
# teams"): a floor or a round number nobody could check, even beside the names of the tools or
# channels those clients use ("100+ businesses running Facebook ads").
_CLIENT_COUNT = re.compile(
    r"(?:\b(?:over|more\s+than)\s++\d[\d,]{0,9}+\+?|(?<![\w,])\d[\d,]{0,9}+\+)\s*+"
    r"(?:[\w-]++\s++)?(?:companies|businesses|teams|clients|customers|organi[sz]ations|brands"
    r"|firms|retailers)\b",
    re.IGNORECASE,
)
# Names that stand for customers after a count: "100+ teams like Acme and Globex".
_NAMED_CUSTOMERS = re.compile(r"\b(?:like|including|such\s+as|among\s+them)\s++[A-Z\[{]")
# What the writer works on, not a result: "We help teams with onboarding", "we work with a few
# brokerages on lead response", "the problem we work on". A claim verb, the clients (hedged or
# not), then what the work is about.
_SERVICE_MENTION = re.compile(
    r"\b(?:help(?:s|ing)?|work(?:s|ing)?\s+with)\s++(?:(?:some|a\s+few|a\s+handful\s+of"
    r"|several)\s++)?(?:[\w-]++\s++)?[\w-]++\s++(?:with|on)\s"
    # The problem the writer works on, named with no result: "that's the problem we work on".
    r"|\b(?:we|i)\s+(?:work|are\s+working|focus)\s+on\b",
    re.IGNORECASE,
)
_IMPLAUSIBLE = re.compile(
    r"(?<![\w.])[1-9]\d++x\b|\b(?:double|triple|quadruple)\s+your\b|\bguarantee[ds]?\b"
    r"|\b100\s?%\s+(?:guaranteed|success|results?|satisfaction)\b|\bovernight\s+(?:results?|success)\b"
    r"|\bwon'?t\s+regret\b",
    re.IGNORECASE,
)
_FIELD = re.compile(r"\{\{[^{}\n]{1,40}\}\}|\{[A-Za-z_][\w.-]{0,39}\}|\[[^\[\]\n]{1,40}\]")


def ask_level(norm: str, asks: list[tuple[int, int]], findings: list[Finding]) -> dict:
    """Mark each generic ask and rate the email's ask (see the module docstring)."""
    weak = 0
    for a, b in asks:
        m = _WEAK_ASK.search(norm, a, b)
        if m:
            weak += 1
            msg = (f"Generic ask ('{m.group()}'): it asks the reader to give time to your "
                   "agenda. Ask one specific, easy question about their situation instead.")
            findings.append(Finding("weak_ask", msg, a, b))
    if asks:
        level = 3 if weak else 4
    else:
        level = 3 if _OPEN_DOOR.search(norm) else 1
    return {"ask_level": level, "weak_ask_count": weak}


def unsupported_claims(norm: str, units: list[tuple[int, int]], asks: list[tuple[int, int]],
                       findings: list[Finding]) -> dict:
    """Mark claims of results that name nothing the reader could check."""
    ask_set = set(asks)
    count = 0
    for i, (a, b) in enumerate(units):
        counted = _CLIENT_COUNT.search(norm, a, b)
        # Beside a count of clients, a name is proof only when it names those clients.
        names = not counted or bool(_NAMED_CUSTOMERS.search(norm, counted.end(), b))
        if not _is_claim(norm, a, b) or _is_concrete(norm, a, b, names=names):
            continue
        if not counted and _is_service_mention(norm, a, b):
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt and nxt not in ask_set and _is_concrete(norm, *nxt):
            continue  # "We built a smart safe ... {{Similar_Retailer}} saved 11 hours."
        count += 1
        msg = ("A claim of results with nothing the reader could check: name a customer, a "
               "figure or a date.")
        if counted:
            msg = (f"'{counted.group()}': a count of clients proves nothing the reader could "
                   "check. Name one and what changed for them.")
        findings.append(Finding("unsupported_claim", msg, a, b))
    for m in _IMPLAUSIBLE.finditer(norm):
        count += 1
        msg = f"'{m.group()}': a promise few readers believe. Show a result a customer had."
        findings.append(Finding("implausible_claim", msg, m.start(), m.end()))
    return {"unsupported_claim_count": count}


def _is_claim(norm: str, a: int, b: int) -> bool:
    if _CLAIM_PHRASE.search(norm, a, b):
        return True
    words = [w.lower() for w in _WORD.findall(norm, a, b)]
    for i, word in enumerate(words):
        if word in _WRITER_SUBJECTS and any(w in _CLAIM_VERBS for w in words[i + 1 : i + 6]):
            return True
    return False


def _is_service_mention(norm: str, a: int, b: int) -> bool:
    """Whether the claim only says what the writer works on ("We help teams with onboarding"),
    with no result verb of its own after the clients."""
    m = _SERVICE_MENTION.search(norm, a, b)
    if not m:
        return False
    words = [w.lower() for w in _WORD.findall(norm, a, b)]
    return not any(w in _RESULT_VERBS for w in words)


# Verbs of a result the writer claims for clients (a subset of _CLAIM_VERBS).
_RESULT_VERBS = frozenset(
    "eliminate eliminates transform transforms streamline streamlines increase increases"
    " increased boost boosts improve improves improved save saves saved cut cuts reduce reduces"
    " reduced grow grows grew achieve achieved close double doubled".split()
)


def _is_concrete(norm: str, a: int, b: int, names: bool = True) -> bool:
    """A figure (not a bare count of clients), a name inside the sentence (when `names`), or a
    template field that is not the reader's own (for example {{Similar_Company}}). The words
    of a field for the reader ("[Company]", "{{first_name}}") name nobody the reader could ask."""
    reader_fields = []
    for m in _FIELD.finditer(norm, a, b):
        if not _READER_FIELD.fullmatch(m.group()):
            return True
        reader_fields.append(m.span())
    words = [w for w in _WORD.finditer(norm, a, b)
             if not any(x <= w.start() < y for x, y in reader_fields)]
    for i, m in enumerate(words):
        word = m.group()
        lower = word.lower()
        if any(c.isdigit() for c in word) or lower in _NUMBER_WORDS:
            after = {w.group().lower() for w in words[i + 1 : i + 4]}
            if not after & _CLIENT_NOUNS:
                return True
        elif (names and i > 0 and word[0].isupper() and not word.isupper()
              and lower not in ("i", "i'm") and lower not in _VAGUE_QUANTITIES
              and norm[words[i - 1].end() : m.start()].strip() not in (".", ":", "!", "?")):
            return True
    return False


_LIST_ITEM = re.compile(r"[ \t]*+(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]++\S")
_READER = re.compile(r"\b(?:you|your|yours|you're|you've|you'll)\b", re.IGNORECASE)
_WRITER = re.compile(r"\b(?:we|our|us|i|my|we're|we've|i'm|i've)\b", re.IGNORECASE)
FEATURE_LIST_ITEMS = 3


# An introduction to what others say or struggle with ("I keep hearing three answers:", "Most
# are dealing with:"): the list that follows is the reader's problems, not the writer's offer.
_PROBLEMS_INTRO = re.compile(
    r"\b(?:hear|hears|hearing|heard|deal(?:s|ing)?\s+with|struggl(?:e|es|ing)\s+with"
    r"|fac(?:e|es|ing)|run(?:s|ning)?\s+into|tell\s+me|ask\s+me|complain(?:s|ing)?)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def _offers(norm: str, intro: tuple[int, int], items: list[tuple[int, int]]) -> bool:
    """Whether a list introduced by the line `intro` lists what the writer offers: the intro is
    about the writer, not the reader or what others struggle with, nothing in it is about the
    reader, and most items are not results with a figure ("Sales cycle: 9 months -> 4")."""
    text = norm[intro[0] : intro[1]]
    body = norm[items[0][0] : items[-1][1]]
    figures = sum(bool(_DIGIT.search(norm, _LIST_ITEM.match(norm, a, b).end() - 1, b))
                  for a, b in items)
    return bool(_WRITER.search(text) and not _READER.search(text)
                and not _PROBLEMS_INTRO.search(text) and not _READER.search(body)
                and not _READER_FIELD.search(body) and figures * 2 <= len(items))


def feature_lists(norm: str, findings: list[Finding]) -> dict:
    """Lists of what the writer offers with no word about the reader: a run of three or more
    list lines without "you"/"your" (or a field for the reader's company), introduced by a line
    about the writer ("Our platform includes:"), also across a blank line; not a list of what
    others struggle with or of results with figures (see _offers)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in norm.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    count = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LIST_ITEM.match(norm, lines[j][0], lines[j][1]):
            j += 1
        # The line that introduces the list, also across a blank line ("including:", "", "- ...").
        k = i - 1 if j - i >= FEATURE_LIST_ITEMS else -1
        while k >= 0 and not norm[lines[k][0] : lines[k][1]].strip():
            k -= 1
        if k >= 0 and _offers(norm, lines[k], lines[i:j]):
            count += 1
            msg = (f"A list of {j - i} things you offer with no word about the reader: say "
                   "which of their problems it solves.")
            findings.append(Finding("feature_list", msg, lines[k][0], lines[j - 1][1]))
        i = max(j, i + 1)
    return {"feature_list_count": count}


# ------------------------------------------------------------------ a pitch that fits anyone
#
# Publishers mark down a pitch that could go to anyone: nothing in its body is about this
# reader (no name, company, role or event of theirs, no exchange with them), only the
# writer's offer. A body is about this reader when it has one of: a research or contact verb
# ("saw", "noticed", "congrats", "as promised", "following up", "you mentioned"), a role the
# writer puts the reader in ("as a busy executive"), a problem of theirs told concretely ("your
# team loses an hour a day"), a capitalised name inside a sentence (their company, a
# competitor, a tool they use), or a template field that is not the writer's own ([Company],
# {{company}}, [specific challenge]; not [Your Name] or [link]).

_RESEARCH = re.compile(
    r"\b(?:saw|seen|noticed|notice\s+that|read|heard|congrat\w*+|came\s+across|spotted|caught"
    r"|looked\s+at|watched|listened|spoke|talked|discussed|conversation|follow(?:ing)?\s+up"
    r"|as\s+promised|reached\s+out|you\s+(?:mentioned|said|asked|told)"
    r"|your\s+(?:note|post|talk|article|tweet|comment|question|email|message|reply|role|stage)"
    r"|last\s+(?:week|month|time|email|note|quarter)|broke\s+ground"
    r"|(?:just|recently)\s+(?:launched|raised|hired|opened|announced|closed|posted|published"
    r"|joined|moved|expanded|crossed|signed|won)"
    r"|(?:you're|you\s+are|is|are)\s+(?:hiring|expanding|scaling|growing|launching|moving))\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\bas\s+an?\s+(?:[\w-]++\s+){0,2}?(?:executive|founder|ceo|cto|cfo|coo|cmo|vp|director"
    r"|manager|head|leader|owner|marketer|engineer|recruiter|buyer)s?\b",
    re.IGNORECASE,
)
# A template field standing for the writer or for something that is not about the reader.
_WRITER_FIELD = re.compile(
    r"\b(?:your|my|our|sender|agent|rep|signature|link|url|calendar|calendly|title|phone"
    r"|email|website|name)\b",
    re.IGNORECASE,
)
# A problem of the reader's, told concretely: "Your receiving team loses an hour a day".
_READER_PROBLEM = re.compile(
    r"\b(?:you|your|you're)\b[^.!?\n]{0,60}?\b(?:lose|loses|losing|lost|spend|spends|spending"
    r"|waste|wastes|wasting|struggle|struggles|struggling|miss|misses|missing|pay|pays|paying"
    r"|cost|costs|costing)\b",
    re.IGNORECASE,
)
_MID_NAME = re.compile(r"(?<=[a-z,;:)] )[A-Z][\w&'.-]*+")
# An acronym joined to a describing word ("AI-powered", "API-first"): a description, not a name.
_ACRONYM_COMPOUND = re.compile(r"[A-Z]{2,}s?-[a-z]")
# The writer introducing themselves or their company through a field ("I'm the founder of
# [Startup]", "I'm Tariq from [Company]", "We're [one-line description]"): the fields of that
# sentence describe the writer's side, not the reader.
_OWN_INTRO = re.compile(
    r"\b(?:i'm|i\s+am|we're|we\s+are|this\s+is)\s+(?:(?:the|a|an)\s+)?(?:[\w-]++\s+){0,2}?"
    r"(?:of|from|at|with)\s+(?=[\[{])"
    r"|\b(?:we're|we\s+are)\s+(?=[\[{])",
    re.IGNORECASE,
)
# How far back the sentence that introduces the writer may start.
_INTRO_LOOKBACK = 200
_PRONOUN_CAPS = frozenset("I I'm I've I'd I'll".split())
# What the writer offers: a sentence that pitches.
_PITCH = re.compile(
    r"\b(?:i|we)\s+(?:help|offer|provide|supply|sell|specialise|specialize|deliver|build|make"
    r"|run|focus|could|can|have\s+an?\s+\w++|work\s+with)\b"
    r"|\b(?:i'm|we're|we\s+are|i\s+am)\s+(?:an?|the|building|hosting|running|offering)\b"
    r"|\b(?:our|my)\s+(?:[\w-]++\s+){0,2}?(?:platform|product|service|services|solution"
    r"|software|tool|app|api|agency|firm|coaching|program|programme|course|offer)\b"
    r"|\bme\s+to\s+help\b",
    re.IGNORECASE,
)
# A meeting asked for, also as the minutes of the reader's time ("15 minutes this week?").
_MEETING = re.compile(r"\b(?:call|chat|meeting|meet|demo|talk|conversation)\b"
                      r"|\b\d{1,2}[\s-]*+min(?:ute)?s?\b", re.IGNORECASE)


# Relevance left to chance: "If you're doing any stories on mobile payments", "if you are
# writing a piece about ...": the writer does not know what this reader covers, so the pitch
# could go to anyone, whatever else it names.
_CONDITIONAL_BEAT = re.compile(
    r"\bif\s+you(?:'re|\s+are)\s+(?:currently\s+|ever\s+)?(?:doing|writing|working\s+on"
    r"|planning|putting\s+together|covering|researching)\s+(?:any|a|an)\s+(?:[\w-]++\s+)?"
    r"(?:stor(?:y|ies)|pieces?|articles?|features?|posts?|segments?)\b",
    re.IGNORECASE,
)


def generic_pitch(norm: str, body: tuple[int, int], asks: list[tuple[int, int]],
                  findings: list[Finding]) -> dict:
    """Mark a pitch with nothing in its body about this reader, and its request for the
    reader's time as a generic ask (a meeting asked for on the writer's behalf alone)."""
    a, b = body
    beat = _CONDITIONAL_BEAT.search(norm, a, b)
    if beat:
        msg = (f"'{beat.group()}': a pitch that leaves its relevance to chance could go to "
               "anyone. Say what this reader covers and why this fits it.")
        findings.append(Finding("generic_pitch", msg, beat.start(), beat.end()))
        return {"generic_pitch_count": 1, "generic_meeting_asks": 0}
    pitch = _PITCH.search(norm, a, b)
    if not pitch or _about_this_reader(norm, a, b):
        return {"generic_pitch_count": 0, "generic_meeting_asks": 0}
    start = norm.rfind("\n", a, pitch.start()) + 1 or a
    end = norm.find("\n", pitch.end(), b)
    msg = ("A pitch that could go to anyone: nothing in the email is about this reader (no "
           "name, company, role or event of theirs). Open with something true about them.")
    findings.append(Finding("generic_pitch", msg, max(start, a), end if end > 0 else b))
    meetings = 0
    for ask_start, ask_end in asks:
        if _MEETING.search(norm, ask_start, ask_end) and not _WEAK_ASK.search(norm, ask_start,
                                                                               ask_end):
            meetings += 1
            msg = ("Generic ask: a meeting asked for with no reason tied to the reader gives "
                   "them nothing to say yes to.")
            findings.append(Finding("weak_ask", msg, ask_start, ask_end))
    return {"generic_pitch_count": 1, "generic_meeting_asks": meetings}


def _about_this_reader(norm: str, a: int, b: int) -> bool:
    if (_RESEARCH.search(norm, a, b) or _ROLE.search(norm, a, b)
            or _READER_PROBLEM.search(norm, a, b)):
        return True
    if any(not _WRITER_FIELD.search(m.group()) and not _writers_own(norm, a, m.start())
           for m in _FIELD.finditer(norm, a, b)):
        return True
    business = _business_words()
    return any(m.group() not in _PRONOUN_CAPS and not _ACRONYM_COMPOUND.match(m.group())
               and m.group().rstrip(".").lower() not in business
               for m in _MID_NAME.finditer(norm, a, b))


def _writers_own(norm: str, a: int, at: int) -> bool:
    """Whether the field at `at` stands in a sentence where the writer introduces themselves."""
    start = max(a, at - _INTRO_LOOKBACK)
    start = max(start, *(norm.rfind(mark, start, at) + 1 for mark in ".!?"))
    return bool(_OWN_INTRO.search(norm, start, at + 1))

