"""The analysis of a submission's text: read what it needs (`analysis_input`), then run it
with no database or transaction open (`AnalysisInput.run`). The research exercise's analysis
belongs to the research package, which builds on this one: it is reached through the
`research_context` and `research_analysis` hooks."""

from __future__ import annotations

from dataclasses import dataclass

from hiring.analysis.research import split_sections
from hiring.analysis.writing import analyse
from hiring.assessments.models import Submission
from hiring.registry import hooks

MAX_TEXT = 60_000  # characters; far above any prompt's word range


def _research(hook: str, *args):
    """The research package's answer to a hook (it is the only package that gives one)."""
    (function,) = hooks(hook)
    return function(*args)


class StaleAnalysis(Exception):
    """The text was saved again after it was analysed."""


@dataclass(frozen=True)
class Analysed:
    """A submission's analysis and the exact text it is of."""

    submission_id: int
    text: str
    analysis: dict


@dataclass(frozen=True)
class AnalysisInput:
    """Everything the analysis of a submission needs, as plain values: running it touches
    no database, so it can run with no transaction open."""

    submission_id: int
    step: str
    text: str
    word_range: tuple[int, int] | None = None
    is_email: bool = False
    allowed_words: tuple[str, ...] = ()
    research: object = None  # hiring.research.services.ResearchContext

    def run(self) -> Analysed:
        text = self.text[:MAX_TEXT]  # the limit holds for text stored before it, too
        if self.step == "research":
            analysis = _research("research_analysis", text, self.research)
        else:
            analysis = analyse(text, word_range=self.word_range, is_email=self.is_email,
                               allowed_words=self.allowed_words).to_dict()
        return Analysed(self.submission_id, self.text, analysis)


def analysis_input(submission: Submission) -> AnalysisInput:
    """Read what the analysis of the submission's saved text needs."""
    text = submission.text or ""
    if submission.step == "research":
        return AnalysisInput(submission.id, "research", text,
                             research=_research("research_context"))
    prompt = submission.prompt
    return AnalysisInput(
        submission.id, submission.step, text,
        word_range=(prompt.word_min, prompt.word_max) if prompt else None,
        is_email=bool(prompt and prompt.is_email),
        allowed_words=tuple(prompt.allowed_words or ()) if prompt else (),
    )


def analysis_for(submission: Submission) -> dict:
    """Measures and findings of the submission's text under its prompt."""
    return analysis_input(submission).run().analysis


def words_written(step: str, text: str) -> int:
    """Words as the editor counts them for the candidate: runs of non-space characters in
    what they wrote, leaving out the research exercise's section headings."""
    if step == "research":
        joined = split_sections(text)
        if joined is not None:
            text = "\n".join(joined.bodies().values())
    return len(text.split())
