"""Forward- versus backward-looking interview questions, with a suggested forward-looking form."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hiring.analysis.findings import Finding

PHRASES = Path(__file__).parent / "phrases" / "questions.toml"

# Codes that make a question backward-looking; the others are advice on any question.
BACKWARD_CODES = frozenset(
    {"past_behaviour", "past_achievement", "previous_employer", "past_period", "track_record",
     "tenure"}
)
# A sentence may end inside a closing quotation mark: 'A buyer says "Send me a deck." What
# now?' is a line said, then a question about it.
_SENTENCE_END = re.compile(r"[.?!]+[\"”’]?(?=\s|$)")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_LEADING_LINK = re.compile(r"^(?:when|where|that|in which|of)\b\s*", re.IGNORECASE)
_STORY_START = re.compile(
    r"^(?:a|one|the)\s+(?:time|situation|occasion|moment)\b\s*(?:(?:when|where|that)\b\s*)?",
    re.IGNORECASE,
)


# Verbs that open a request rather than a situation ("Describe your relationship ...").
_REQUEST = re.compile(
    r"(?:tell|describe|walk|share|give|explain|talk|take|show|recall|think|name|list|outline|"
    r"what|how|why|who|which|where|when|do|did|are|is|can|could|have|has|would|will)\b",
    re.IGNORECASE,
)


# A situation the candidate is placed in ("You are a new team lead. You inherit ..."), then an
# instruction to walk through what they do in it ("Walk me through how you ..."): a task set,
# ended with a full stop instead of a question mark ("walk me through how you handled ..." asks
# for a past one).
_SETTING_YOU = re.compile(
    r"you(?:['’]re|\s+are)\s+(?:a|an|the|now|newly|just)\b|you(?:['’]ve|\s+have)\s+just\b"
    r"|you\s+(?:just\s+)?(?:inherit|join|take\s+over|start)\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"(?:(?:walk|talk|take)\s+(?:me\s+|us\s+)?through|explain|describe|outline|show\s+(?:me|us))"
    r"\s+how\s+you\b(?!['’]ve\b|\s+(?:\w+ed|have|had|did|were|was|won|lost|sold|made|built|got|"
    r"took|went|led|ran|grew|brought|kept|met|found)\b)",
    re.IGNORECASE,
)


def _is_scenario(text: str) -> bool:
    """A situation stated first and then a question about it ("Your territory is suddenly
    reduced. How do you re-prioritize?"): the candidate is asked what they would do."""
    sentences = [text[start:end].strip() for start, end in _sentences(text)]
    sentences = [s for s in sentences if s]
    if len(sentences) == 1:
        return _is_spliced_scenario(sentences[0])
    if len(sentences) >= 2 and not sentences[-1].endswith("?"):
        return (bool(_SETTING_YOU.match(sentences[0])) and bool(_INSTRUCTION.match(sentences[-1]))
                and not any(s.endswith("?") for s in sentences[:-1]))
    if len(sentences) < 2:
        return False
    setting = sentences[:-1]
    return (all(not s.endswith("?") for s in setting) and not _REQUEST.match(setting[0])
            and not any(r.match(setting[0]) for r in _phrases().sayings)
            and _asks_for_action(sentences[-1]))


# A situation and the question about it joined by a comma ("Your best rep resigns, what do
# you do?"): the setting opens on who or what it is about, not on a request or a question word.
_SPLICE = re.compile(r",\s*(?=(?:so\s+)?(?:what|how|do|would|will|should|can|could)\b[^,]*\?\s*$)",
                     re.IGNORECASE)
_SETTING_START = re.compile(
    r"(?:you|your|a|an|one\s+of|someone|somebody|halfway|suddenly|midway)\b", re.IGNORECASE)


def _is_spliced_scenario(sentence: str) -> bool:
    if len(sentence) > 600 or not sentence.endswith("?"):
        return False
    m = _SPLICE.search(sentence)
    if not m:
        return False
    setting = sentence[: m.start()].strip()
    return (len(setting.split()) >= 4 and bool(_SETTING_START.match(setting))
            and not _REQUEST.match(setting) and _asks_for_action(sentence, m.end()))


# The question after a situation asks what the candidate does in it: "you" as the one who
# acts ("How do you handle this?", "What would you do?"), their plan ("What's your
# approach?") or the next move ("What next?"), not "What keeps you motivated?", which asks how
# they feel about it.
_SCENARIO_ASK = re.compile(
    r"\b(?:do|would|will|could|should|can|might|shall)\s+you\b|\byou(?:['’]d|['’]ll)\b"
    r"|\byour\s+(?:[\w-]+\s+){0,2}?(?:approach|plan|response|reply|move|steps?|strategy|actions?"
    r"|answer|priorit(?:y|ies)|recommendation)\b"
    # "What next?", "What now?": the next move, asked without its subject.
    r"|^\W*what\s+(?:next|now|then)\b|\bnext\s+steps?\b"
    # "..., what could be the reasons?": a diagnosis of the situation put to them.
    r"|\bwhat\s+(?:could|might|can|would|may)\s+be\s+(?:the\s+)?(?:main\s+|likely\s+|possible\s+)?"
    r"(?:reasons?|causes?|problems?|explanations?)\b",
    re.IGNORECASE,
)


def _asks_for_action(sentence: str, pos: int = 0) -> bool:
    """The question after a situation asks what the candidate does in it, outside a wish: "You
    would cover three states. Would you be willing to travel?" asks yes or no about a condition
    of the job, not what they would do."""
    wishes = [(w.start(), w.end()) for regex in _phrases().wishes
              for w in regex.finditer(sentence, pos)]
    return any(not any(m.start() < end and start < m.end() for start, end in wishes)
               for m in _SCENARIO_ASK.finditer(sentence, pos))


# A line someone else says, quoted on its own for the candidate to answer ("“We already use a
# competitor.”"): a role-play, so it asks what they would say. A quoted question is still just
# a question.
_QUOTED_LINE = re.compile(
    r"^\s*[\"“](?=[^\"“”]{0,300}?\b(?:I|I['’]m|I['’]ve|we|we['’]re|my|our|us|me)\b)"
    r"[^\"“”?]{1,300}[\"”]\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuestionLint:
    """The verdict on one question."""

    orientation: str  # "forward" | "backward" | "neutral"
    problems: tuple[Finding, ...]
    suggestion: str | None

    def to_dict(self) -> dict:
        """The command-line contract: {"orientation", "problems", "suggestion"}."""
        return {
            "orientation": self.orientation,
            "problems": [p.to_dict() for p in self.problems],
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class _Backward:
    code: str
    regex: re.Pattern[str]
    replace: str | None
    frame_replace: str | None
    frame: str | None  # "clause" | "noun" | None
    subject: str
    sentence: str | None
    unless_forward: bool = False
    unless_scenario: bool = False
    unless_ahead_before: bool = False
    not_after: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Phrases:
    messages: dict[str, str]
    backward: tuple[_Backward, ...]
    forward: tuple[re.Pattern[str], ...]
    wishes: tuple[re.Pattern[str], ...]
    sayings: tuple[re.Pattern[str], ...]
    closed_openers: tuple[re.Pattern[str], ...]
    open_words: re.Pattern[str]
    verbs: dict[str, str]
    participles: dict[str, str]
    setbacks: dict[str, str]
    not_tasks: frozenset[str]


def _compile(pattern: str) -> re.Pattern[str]:
    body = pattern.replace("'", "['’]").replace(" ", r"\s+")
    # A trailing space in the data stands for "a following word", so no closing boundary there.
    tail = "" if pattern.endswith(" ") or pattern.endswith(" )?") else r"\b"
    return re.compile(rf"\b(?:{body}){tail}", re.IGNORECASE)


def _compile_before(pattern: str) -> re.Pattern[str]:
    """Words that must not come just before a match (searched in the 60 characters before it)."""
    body = pattern.replace("'", "['’]").replace(" ", r"\s+")
    return re.compile(rf"\b(?:{body})$", re.IGNORECASE)


@cache
def _phrases() -> _Phrases:
    data = tomllib.loads(PHRASES.read_text(encoding="utf-8"))
    backward = []
    for entry in data["backward"]:
        frame = entry.get("frame")
        backward.append(
            _Backward(
                code=entry["code"],
                regex=_compile(entry["pattern"]),
                replace=entry.get("replace"),
                frame_replace=entry.get("frame_replace"),
                frame="clause" if frame is True else frame,
                subject=entry.get("subject", ""),
                sentence=entry.get("sentence"),
                unless_forward=entry.get("unless_forward", False),
                unless_scenario=entry.get("unless_scenario", False),
                unless_ahead_before=entry.get("unless_ahead_before", False),
                not_after=_compile_before(entry["not_after"]) if "not_after" in entry else None,
            )
        )
    words = "|".join(w.replace(" ", r"\s+") for w in data["closed"]["openers_unless"])
    return _Phrases(
        messages=data["messages"],
        backward=tuple(backward),
        forward=tuple(_compile(p) for p in data["forward"]["patterns"]),
        wishes=tuple(_compile(p) for p in data.get("wishes", {}).get("patterns", ())),
        sayings=tuple(_compile(p) for p in data.get("sayings", {}).get("patterns", ())),
        closed_openers=tuple(
            re.compile(r"^\s*" + o.replace(" ", r"\s+") + r"\b", re.IGNORECASE)
            for o in data["closed"]["openers"]
        ),
        open_words=re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
        verbs=data["verbs"],
        participles=data["participles"],
        setbacks=data.get("setbacks", {}),
        not_tasks=frozenset(data.get("not_tasks", {}).get("verbs", ())),
    )


def _backward_matches(text: str) -> list[tuple[_Backward, re.Match[str]]]:
    """Non-overlapping matches, earlier data entries winning ties over the same words."""
    found: list[tuple[_Backward, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    forward = _phrases().forward
    sentences = _sentences(text)
    # "You have limited bandwidth and too many accounts. How do you choose?" puts a situation
    # to the candidate: its verbs tell no past story.
    scenario = _is_scenario(text)
    for entry in _phrases().backward:
        for m in entry.regex.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            # A past verb counts only where nothing else already made its sentence backward
            # and no forward phrase puts the situation to the candidate.
            if entry.unless_forward and (scenario or any(
                start <= m.start() < end
                and (any(start <= f.start() < end for _, f in found)
                     or any(r.search(text, start, end) for r in forward))
                for start, end in sentences
            )):
                continue
            # A bare request for an example after a question that looks ahead is of that plan.
            if entry.unless_ahead_before and any(
                    start <= m.start() < end and _looks_ahead(text[ps:pe])
                    for (ps, pe), (start, end) in zip(sentences, sentences[1:], strict=False)):
                continue
            if entry.not_after and entry.not_after.search(text[max(0, m.start() - 60):m.start()]):
                continue
            # A past period in a situation about someone else is the situation's time.
            if entry.unless_scenario and scenario and not any(
                start <= m.start() < end and _YOU.search(text, start, end)
                for start, end in sentences
            ):
                continue
            found.append((entry, m))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda pair: pair[1].start())
    return found


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.start(), m.start() + len(m.group(0).rstrip())


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _replacement(entry: _Backward, m: re.Match[str], in_frame: bool) -> str:
    template = entry.replace or ""
    if in_frame and entry.frame_replace is not None:
        template = entry.frame_replace
    out = re.sub(r"\{(\d)\}", lambda g: m.group(int(g.group(1))) or "", template)
    return out + (" " if m.group(0).endswith((" ", "\n", "\t")) else "")


_DOUBLED = re.compile(r"([b-df-hj-np-rtv-z])\1ed$")
_KEEP_E = re.compile(r"(?:[cvzgu]|[^s]s|[^l]l|at|it|ut|ot|ag|[^aeiou]r)ed$")


def _base(word: str) -> str:
    """The base form of a past-tense verb: the table's, else by the regular spelling rules."""
    known = _phrases().verbs.get(word.lower())
    if known or not word.lower().endswith("ed") or len(word) < 5:
        return known or word
    if word.lower().endswith("ied"):
        return word[:-3] + "y"
    if _DOUBLED.search(word.lower()):
        return word[:-3]
    if _KEEP_E.search(word.lower()):
        return word[:-1]
    return word[:-2]


def _base_after_would(text: str) -> str:
    def base(m: re.Match[str]) -> str:
        return m.group(1) + _base(m.group(2))

    return re.sub(r"(\b(?:would\s+you|you\s+would)\s+(?:ever\s+)?)(\w+)", base, text,
                  flags=re.IGNORECASE)


def _rewrite_plain(text: str, in_frame: bool = False) -> str:
    """Apply every `replace` entry to text (no framing)."""
    out, pos = [], 0
    for entry, m in _backward_matches(text):
        if entry.frame or entry.sentence:
            continue
        out.append(text[pos : m.start()])
        out.append(_replacement(entry, m, in_frame))
        pos = m.end()
    out.append(text[pos:])
    return _base_after_would(re.sub(r"\s+", " ", "".join(out)).strip())


def _clause(rest: str, subject: str) -> str:
    participles = _phrases().participles
    words = rest.split(" ", 1)
    if subject and words[0].lower() in participles:
        words[0] = participles[words[0].lower()]
    rest = " ".join(words)
    return f"{subject} {rest}".strip() if subject else rest


# Words that open a clause with its subject ("a time you lost", "a time when a client left");
# a clause without one ("a moment that reflects ...") describes the situation itself.
_SUBJECTS = frozenset(
    "you i we he she they it a an the your my our their his her someone somebody one there "
    "this that these those".split()
)
_ASIDE = re.compile(r",?\s+and\s+(?:how|what|why|who)\b")
_OWN_ACT = re.compile(r"\s(?:that\s|which\s)?you(?:['’]ve\s|\s+have\s|\s)(?:ever\s)?(\w+)\b")
# A noun with the candidate's own past clause after it ("a deal you thought would close").
_YOUR_CLAUSE = re.compile(r"\byou\s+\w+")


def _framed(entry: _Backward, rest: str) -> str:
    if entry.frame == "noun":
        # "a conflict with a teammate and how you handled it": the episode, not the story.
        aside = _ASIDE.search(rest)
        if aside:
            rest = rest[: aside.start()]
        # "a sales org you built from scratch": the task the story was about.
        own = _OWN_ACT.search(rest)
        if own and own.group(1).lower() not in {"had", "have", "were", "was", "are"}:
            verb = _base(own.group(1))
            known = verb != own.group(1) or own.group(1).lower() in _phrases().verbs
            if known and verb.lower() not in _phrases().not_tasks:
                setback = _phrases().setbacks.get(verb.lower())
                task = f"{setback or verb} {rest[: own.start()].strip()}{rest[own.end():]}"
                task = _rewrite_plain(task, in_frame=True).rstrip(" .?!,;:")
                if setback:
                    return f"Suppose you were at risk of {task} here. What would you do?"
                return f"Suppose you had to {task} here. What would you do?"
    rest = _rewrite_plain(rest, in_frame=True).rstrip(" .?!,;:")
    rest = _LEADING_LINK.sub("", rest)
    kind = entry.frame
    first = rest.split(" ", 1)[0]
    if kind != "noun" and not entry.subject and first.islower() and first not in _SUBJECTS:
        # "a moment that reflects your values": the situation is the subject of the clause.
        here = "" if re.search(r"\bhere\b", rest, re.IGNORECASE) else " here"
        return f"How would you approach a situation that {rest}{here}?"
    if kind == "noun" and _STORY_START.match(rest):
        rest, kind = _STORY_START.sub("", rest), "clause"
    if not rest:
        return "What would you do in your first 90 days here?"
    here = "" if re.search(r"\bhere\b", rest, re.IGNORECASE) else " here"
    if kind == "noun":
        if here and _YOUR_CLAUSE.search(rest):
            here = ", if it happened here"
        return f"How would you handle {rest}{here}?"
    return f"Suppose {_clause(rest, entry.subject)}{here}. What would you do?"


def _suggest(text: str) -> str:
    parts = []
    for start, end in _sentences(text):
        sentence = text[start:end].strip()
        matches = _backward_matches(sentence)
        whole = [e.sentence for e, _ in matches if e.sentence]
        frames = [(e, m) for e, m in matches if e.frame]
        if whole:
            parts.append(whole[0])
        elif frames:
            entry, m = frames[0]
            before = _rewrite_plain(sentence[: m.start()]).rstrip(" ,:;")
            framed = _framed(entry, sentence[m.end() :])
            parts.append(f"{before}: {framed[0].lower()}{framed[1:]}" if before else framed)
        else:
            parts.append(_rewrite_plain(sentence))
    return " ".join(p[:1].upper() + p[1:] for p in parts if p)


def _looks_ahead(text: str) -> bool:
    """A forward phrase outside a wish ("would you like" asks for a motive, not a plan)."""
    phrases = _phrases()
    wishes = [(m.start(), m.end()) for regex in phrases.wishes for m in regex.finditer(text)]
    return any(
        not any(m.start() < end and start < m.end() for start, end in wishes)
        for regex in phrases.forward
        for m in regex.finditer(text)
    )


def lint(text: str) -> QuestionLint:
    """Classify a question as forward, backward or neutral and flag what to change."""
    phrases = _phrases()
    problems = [
        Finding(entry.code, phrases.messages[entry.code], *_span(m))
        for entry, m in _backward_matches(text)
    ]
    for opener in phrases.closed_openers:
        m = opener.match(text)
        first_question = text[: text.find("?") + 1 or len(text)]
        if m and not phrases.open_words.search(first_question, m.end()):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            problems.append(
                Finding("closed_question", phrases.messages["closed_question"], start, m.end())
            )
            break
    marks = [i for i, ch in enumerate(text) if ch == "?"]
    if len(marks) > 1:
        problems.append(
            Finding(
                "several_questions", phrases.messages["several_questions"], marks[1], marks[1] + 1
            )
        )
    problems.sort(key=lambda p: (p.start, p.end))
    if any(p.code in BACKWARD_CODES for p in problems):
        return QuestionLint("backward", tuple(problems), _suggest(text))
    forward = _looks_ahead(text) or _is_scenario(text) or bool(_QUOTED_LINE.match(text))
    return QuestionLint("forward" if forward else "neutral", tuple(problems), None)
