from hiring.analysis.findings import Finding


def test_a_finding_without_a_category_shows_code_message_and_span():
    finding = Finding("input_degree", "msg", 3, 9, explanation="why", rewrite="how")
    assert list(finding.to_dict().items()) == [
        ("code", "input_degree"), ("message", "msg"), ("start", 3), ("end", 9)]


def test_a_research_finding_shows_its_category_after_the_code():
    finding = Finding("copied_text", "msg", 0, 4, category="copied")
    assert list(finding.to_dict()) == ["code", "category", "message", "start", "end"]
