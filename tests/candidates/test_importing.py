"""CSV import of candidates: every bad row is reported with its line number."""

import pytest

from hiring.addresses import normalize_email
from hiring.candidates.importing import (
    MAX_NOTES,
    RowError,
    header_field,
    normalize_phone,
    parse_candidates_csv,
)

GOOD = (
    "name,email,phone,source,notes\n"
    "Ada Lovelace,ada@example.com,+44 20 7946 0958,referral,strong writer\n"
    "Grace Hopper,Grace@Example.COM,,job board,\n"
)


def errors_by_line(result):
    return {(e.line, e.column) for e in result.errors}


def test_valid_file_yields_every_row():
    result = parse_candidates_csv(GOOD)
    assert result.ok
    assert [r.name for r in result.rows] == ["Ada Lovelace", "Grace Hopper"]
    ada, grace = result.rows
    assert (ada.line, ada.phone, ada.source, ada.notes) == (
        2, "+44 20 7946 0958", "referral", "strong writer"
    )
    assert grace.email == "grace@example.com"
    assert grace.phone is None and grace.notes is None


def test_every_bad_row_is_reported_with_line_and_column():
    data = (
        "name,email,phone\n"
        ",nobody@example.com,\n"            # line 2: no name
        "Bob,not-an-email,\n"               # line 3: bad email
        "Carol,carol@example.com,12ab\n"    # line 4: bad phone
        "Dan,dan@example.com,555 0100 22\n"  # line 5: fine
        "Eve,CAROL@example.com,\n"          # line 6: duplicate of line 4, case aside
    )
    result = parse_candidates_csv(data)
    assert not result.ok
    assert errors_by_line(result) == {
        (2, "name"), (3, "email"), (4, "phone"), (6, "email")
    }
    duplicate = next(e for e in result.errors if e.line == 6)
    assert "line 4" in duplicate.message
    # Valid rows are still parsed, so the caller can show what would be imported.
    assert [r.name for r in result.rows] == ["Dan"]


def test_one_row_with_several_problems_reports_each():
    result = parse_candidates_csv("name,email,phone\n,bad,x\n")
    assert errors_by_line(result) == {(2, "name"), (2, "email"), (2, "phone")}


@pytest.mark.parametrize(
    "header",
    [
        "Full name,E-mail,Phone number,Source,Comments",
        "NAME;EMAIL ADDRESS;Mobile;Channel;Notes",
        "Candidate Name\tE-Mail\tTel\tReferral\tRemarks",
    ],
)
def test_header_names_and_delimiters_are_tolerated(header):
    delimiter = ";" if ";" in header else ("\t" if "\t" in header else ",")
    row = delimiter.join(["Ada", "ada@example.com", "0123 456 789", "fair", "hi"])
    result = parse_candidates_csv(f"{header}\n{row}\n")
    assert result.ok, result.errors
    assert result.rows[0].email == "ada@example.com"
    assert result.rows[0].notes == "hi"


def test_unknown_and_repeated_columns_are_errors_at_line_one():
    result = parse_candidates_csv("name,email,salary,Mail\nAda,ada@example.com,1,x@y.com\n")
    assert (1, "salary") in errors_by_line(result)
    assert (1, "Mail") in errors_by_line(result)
    assert not result.ok


def test_missing_required_column_stops_before_rows():
    result = parse_candidates_csv("name,phone\nAda,123456\n")
    assert [(e.line, e.column) for e in result.errors] == [(1, "email")]
    assert result.rows == ()


def test_utf8_bom_is_ignored_and_accents_survive():
    data = "\ufeffName,Email\nZoë Ñúñez,zoe@example.com\n".encode()
    result = parse_candidates_csv(data)
    assert result.ok
    assert result.rows[0].name == "Zoë Ñúñez"


def test_bom_in_a_str_is_ignored_too():
    assert parse_candidates_csv("\ufeffname,email\nA,a@example.com\n").ok


def test_non_utf8_bytes_report_the_line():
    data = "name,email\nA,a@example.com\nJos\xe9,j@example.com\n".encode("latin-1")
    result = parse_candidates_csv(data)
    assert not result.ok
    (error,) = result.errors
    assert error.line == 3
    assert "UTF-8" in error.message


def test_utf16_is_refused_with_advice():
    result = parse_candidates_csv("name,email\nA,a@example.com\n".encode("utf-16"))
    assert "UTF-16" in result.errors[0].message


def test_multiline_quoted_notes_keep_line_numbers_right():
    data = (
        "name,email,notes\n"
        'Ada,ada@example.com,"first line\nsecond line"\n'
        "Bob,bad-email,\n"
    )
    result = parse_candidates_csv(data)
    assert result.rows[0].notes == "first line\nsecond line"
    assert errors_by_line(result) == {(4, "email")}


def test_wrong_field_count_is_reported():
    result = parse_candidates_csv("name,email\nAda,ada@example.com,extra\n")
    assert errors_by_line(result) == {(2, None)}
    assert "3 fields" in result.errors[0].message


def test_blank_lines_are_skipped_but_count_for_line_numbers():
    result = parse_candidates_csv("name,email\n\nAda,nope\n,\n")
    assert errors_by_line(result) == {(3, "email")}


def test_too_many_rows():
    rows = "".join(f"P{i},p{i}@example.com\n" for i in range(4))
    result = parse_candidates_csv("name,email\n" + rows, max_rows=3)
    assert not result.ok
    assert any(e.line is None and "4 candidates" in e.message for e in result.errors)


def test_too_large_file_is_refused_before_reading():
    result = parse_candidates_csv(b"name,email\n" + b"x" * 200, max_bytes=100)
    (error,) = result.errors
    assert error.line is None and "bytes" in error.message


def test_empty_and_header_only_files():
    assert "empty" in parse_candidates_csv(b"").errors[0].message
    assert "no candidates" in parse_candidates_csv("name,email\n").errors[0].message


def test_overlong_notes_are_refused():
    result = parse_candidates_csv(f"name,email,notes\nA,a@example.com,{'n' * (MAX_NOTES + 1)}\n")
    assert errors_by_line(result) == {(2, "notes")}


def test_row_error_reads_well():
    assert str(RowError(3, "email", "bad")) == "Line 3, column 'email': bad"
    assert str(RowError(None, None, "too big")) == "File: too big"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  A@B.example ", "a@b.example"), ("x.y+tag@example.org", "x.y+tag@example.org")],
)
def test_normalize_email(raw, expected):
    assert normalize_email(raw) == expected


@pytest.mark.parametrize("raw", ["", "a@", "@b.com", "a b@c.com", "a@b@c.com"])
def test_normalize_email_rejects(raw):
    with pytest.raises(ValueError):
        normalize_email(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", None),
        (" +1 (555) 010-0199 ", "+1 (555) 010-0199"),
        ("020 7946 0958 ext 12", "020 7946 0958 ext 12"),
    ],
)
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "call me", "+1 555 0100 ++", "1" * 16])
def test_normalize_phone_rejects(raw):
    with pytest.raises(ValueError):
        normalize_phone(raw)


def test_header_field():
    assert header_field(" E-Mail ") == "email"
    assert header_field("Full Name") == "name"
    assert header_field("Salary") is None
