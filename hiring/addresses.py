"""Email addresses as the portal stores them (pure: no flask, no database)."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def normalize_email(raw: str) -> str:
    """Validated, lower-cased address; raises ValueError with a readable reason."""
    value = raw.strip()
    if not value:
        raise ValueError("an email address is required")
    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError as e:
        raise ValueError(f"'{value}' is not a valid email address: {e}") from None
    # Mailboxes are case-insensitive in practice; one spelling keeps duplicates detectable.
    return checked.normalized.lower()
