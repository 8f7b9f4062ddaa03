"""An opening about the writer: the reader's first line spent on who is writing.

Publishers of sales-email critiques call a body that opens by introducing the sender or the
sender's product ("I'm Sam from RotaKit", "I'm the founder of RotaKit", "We're building a
rota app", "We have a solution for shift swaps", "Our company provides rota software")
self-centred: the reader learns nothing about their own situation before the
pitch. A first sentence that names a result for a customer ("We helped Harbor Hill cut swaps
by half") or an observation about the reader is not an introduction; nor is an introduction
later in the body, after the reader's situation has come first. A name given alone ("My name
is Sam, and I run a nursing blog") is how a personal request often opens and is not marked.

The text is then writer-focused whatever its count of pronouns.

The greeting before the opening is checked for the reader's name written in lowercase ("Hello
james,"), a slip of mechanics (lowercase_names).
"""

from __future__ import annotations

import re

from hiring.analysis.findings import Finding

# The reader focus ratio of a text that opens about the writer: at most writer-focused.
WRITER_OPENING_RATIO = 0.35

# Fixed alternatives and bounded gaps: the pattern runs in linear time.
_INTRODUCTION = re.compile(
    r"(?:i'm\s+(?-i:[A-Z])[\w-]{0,30}\s+(?:from|at|with)\b"
    r"|i\s+am\s+(?-i:[A-Z])[\w-]{0,30}\s+(?:from|at|with)\b"
    r"|(?:i'm|i\s+am)\s+(?:the|a)\s+(?:co-?)?(?:founder|ceo|head|director|owner)\s+(?:of|at)\b"
    r"|(?:we're|we\s+are)\s+(?:building|developing|creating|launching)\b"
    r"|we\s+(?:have|built|developed|created)\s+(?:a|an)\s+(?:new\s+)?"
    r"(?:solution|platform|tool|product|app|api|service)\b"
    r"|(?:our|my)\s+(?:company|firm|agency|startup|team)\s+"
    r"(?:is|provides|offers|specializes|specialises|builds|helps)\b)",
    re.IGNORECASE,
)
# A greeting on the first body line before the opening: "Hi Kate, ", "Hello, ".
_GREETING = re.compile(r"(?:hi|hello|hey|dear)\b[^,\n]{0,40},[ \t]*+", re.IGNORECASE)


def opening_introduction(norm: str, body: tuple[int, int], findings: list[Finding]) -> int:
    """1 when the body's first sentence introduces the writer or their product, else 0."""
    start, end = body
    while start < end and norm[start].isspace():
        start += 1
    greeting = _GREETING.match(norm, start, end)
    if greeting:
        start = greeting.end()
    m = _INTRODUCTION.match(norm, start, end)
    if not m:
        return 0
    msg = (f"'{m.group()}': the email opens about the writer. Open with the reader's "
           "situation, and introduce yourself after it if at all.")
    findings.append(Finding("writer_opening", msg, m.start(), m.end()))
    return 1


# The reader's name in lowercase after a greeting ("Hello james,"): a name is written with a
# capital; words that are no name ("Hi there", "Hello team", "Dear sir") are not marked.
_LOWER_NAME = re.compile(
    r"^[ \t]*+(?i:hi|hello|hey|dear)[ \t]++(?!(?i:there|all|team|everyone|everybody|folks|guys"
    r"|friend|friends|sir|madam|again|and)\b)[a-z][a-z'-]*+(?=[ \t]*+[,!:])",
    re.MULTILINE,
)


def lowercase_names(norm: str, findings: list[Finding]) -> int:
    """Mark the reader's name written in lowercase after the greeting; return how many."""
    count = 0
    for m in _LOWER_NAME.finditer(norm):
        count += 1
        name = m.group().split()[-1]
        msg = f"'{name}': a name is written with a capital: '{name.capitalize()}'."
        findings.append(Finding("lowercase_name", msg, m.end() - len(name), m.end()))
    return count
