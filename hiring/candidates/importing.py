"""Candidate CSV import: parse and validate a whole file, reporting every bad row.

Pure: no flask, no database. Whether to import a file with errors is the caller's rule
(the portal imports none of it).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from hiring.addresses import normalize_email
from hiring.candidates.limits import NAME_MAX, NOTES_MAX, PHONE_MAX, SOURCE_MAX

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_NAME, MAX_SOURCE, MAX_NOTES = NAME_MAX, SOURCE_MAX, NOTES_MAX

FIELDS = ("name", "email", "phone", "source", "notes")
REQUIRED = ("name", "email")

# Header spellings seen in spreadsheets exported by job boards and ATSs; compared after
# dropping case, spaces and punctuation, so "E-mail", "e mail" and "EMAIL" all match.
_ALIASES = {
    "name": {"name", "fullname", "candidate", "candidatename", "applicant", "applicantname"},
    "email": {"email", "emailaddress", "mail", "emailid"},
    "phone": {
        "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell",
        "cellphone", "mobilenumber",
    },
    "source": {"source", "channel", "referral", "referredby", "origin"},
    "notes": {"notes", "note", "comment", "comments", "remarks"},
}
_HEADER_LOOKUP = {alias: field for field, names in _ALIASES.items() for alias in names}

_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-/]+(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_EXTENSION = re.compile(r"\s*(?:x|ext\.?)\s*[0-9]{1,6}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One valid candidate read from the file."""

    line: int
    name: str
    email: str
    phone: str | None
    source: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem found in the file; line is None when it concerns the whole file."""

    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = "File" if self.line is None else f"Line {self.line}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Everything read from a file: valid rows and every error."""

    rows: tuple[CandidateRow, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def normalize_phone(raw: str) -> str | None:
    """Phone number with spacing tidied, or None when blank; raises ValueError when invalid."""
    value = " ".join(raw.split())
    if not value:
        return None
    if not _PHONE_CHARS.match(value):
        raise ValueError(
            f"'{value}' is not a phone number: use digits, spaces, + ( ) - . / and an "
            "optional 'ext 123'"
        )
    digits = sum(ch.isdigit() for ch in _EXTENSION.sub("", value))
    # E.164 allows at most 15 digits; fewer than 6 cannot reach anyone.
    if not 6 <= digits <= 15:
        raise ValueError(f"'{value}' has {digits} digits; a phone number has 6 to 15")
    return value


def header_field(header: str) -> str | None:
    """The field a column header stands for, or None when it is not recognised."""
    key = re.sub(r"[^a-z0-9]", "", header.lower())
    return _HEADER_LOOKUP.get(key)


class _Unreadable(Exception):
    def __init__(self, error: RowError):
        self.error = error


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Unreadable(
            RowError(None, None, "the file is UTF-16; save it as 'CSV UTF-8' and upload it again")
        )
    try:
        # utf-8-sig drops the byte-order mark Excel writes at the start of "CSV UTF-8".
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise _Unreadable(
            RowError(
                line,
                None,
                f"byte 0x{data[e.start]:02x} is not UTF-8 text; save the file as 'CSV UTF-8' "
                "and upload it again",
            )
        ) from None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in many locales export with ';' or tabs; pick what the header uses.
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ","

    class _Dialect(csv.excel):
        pass

    _Dialect.delimiter = delimiter
    return _Dialect


def _read_header(header: list[str]) -> tuple[dict[int, str], list[RowError], bool]:
    errors: list[RowError] = []
    columns: dict[int, str] = {}
    seen: dict[str, str] = {}
    for index, raw in enumerate(header):
        title = raw.strip()
        if not title:
            errors.append(RowError(1, f"#{index + 1}", "column has no header"))
            continue
        field = header_field(title)
        if field is None:
            errors.append(
                RowError(
                    1,
                    title,
                    "unknown column; expected one of: " + ", ".join(FIELDS),
                )
            )
            continue
        if field in seen:
            errors.append(
                RowError(1, title, f"repeats the {field} column already given as '{seen[field]}'")
            )
            continue
        seen[field] = title
        columns[index] = field
    missing = [field for field in REQUIRED if field not in seen]
    for field in missing:
        errors.append(RowError(1, field, f"the file has no {field} column"))
    return columns, errors, not missing


def _check_length(
    value: str, limit: int, line: int, column: str, errors: list[RowError]
) -> str | None:
    if len(value) > limit:
        errors.append(RowError(line, column, f"is {len(value)} characters; at most {limit}"))
    return value or None


def parse_candidates_csv(
    data: bytes | str, *, max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES
) -> ImportResult:
    """Read a candidates CSV (name, email, phone, source, notes) and list every problem."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8"))
    if size > max_bytes:
        return ImportResult(
            (),
            (
                RowError(
                    None,
                    None,
                    f"the file is {size:,} bytes; at most {max_bytes:,} can be imported at once",
                ),
            ),
        )
    try:
        text = _decode(data)
    except _Unreadable as e:
        return ImportResult((), (e.error,))
    if not text.strip():
        return ImportResult((), (RowError(None, None, "the file is empty"),))

    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    errors: list[RowError] = []
    try:
        header = next(reader)
    except csv.Error as e:
        return ImportResult((), (RowError(1, None, f"cannot read the header: {e}"),))
    columns, header_errors, usable = _read_header(header)
    errors.extend(header_errors)
    if not usable:
        return ImportResult((), tuple(errors))

    rows: list[CandidateRow] = []
    first_line_of: dict[str, int] = {}
    count = 0
    previous_end = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            errors.append(RowError(previous_end + 1, None, f"cannot be read as CSV: {e}"))
            break
        # Quoted fields may span lines; report the line where the record starts.
        line = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        count += 1
        if count > max_rows:
            continue
        if len(record) != len(header):
            errors.append(
                RowError(
                    line, None, f"has {len(record)} fields; the header has {len(header)}"
                )
            )
            continue
        values = {field: record[index].strip() for index, field in columns.items()}
        row_errors: list[RowError] = []

        name = " ".join(values.get("name", "").split())
        if not name:
            row_errors.append(RowError(line, "name", "a name is required"))
        else:
            _check_length(name, MAX_NAME, line, "name", row_errors)

        email = ""
        try:
            email = normalize_email(values.get("email", ""))
        except ValueError as e:
            row_errors.append(RowError(line, "email", str(e)))
        else:
            if email in first_line_of:
                row_errors.append(
                    RowError(
                        line, "email", f"{email} is already on line {first_line_of[email]}"
                    )
                )
            else:
                first_line_of[email] = line

        phone = None
        try:
            phone = normalize_phone(values.get("phone", ""))
        except ValueError as e:
            row_errors.append(RowError(line, "phone", str(e)))
        else:
            _check_length(phone or "", PHONE_MAX, line, "phone", row_errors)

        source = _check_length(values.get("source", ""), MAX_SOURCE, line, "source", row_errors)
        notes = _check_length(values.get("notes", ""), MAX_NOTES, line, "notes", row_errors)

        if row_errors:
            errors.extend(row_errors)
        else:
            rows.append(CandidateRow(line, name, email, phone, source, notes))

    if count > max_rows:
        errors.append(
            RowError(
                None,
                None,
                f"the file has {count:,} candidates; at most {max_rows:,} can be imported "
                "at once: split it into smaller files",
            )
        )
    if count == 0 and not errors:
        errors.append(RowError(None, None, "the file has a header but no candidates"))
    return ImportResult(tuple(rows), tuple(errors))
