"""The append-only audit log: who did what to which record, with before and after."""

from hiring.audit.models import AuditEvent, record

__all__ = ["AuditEvent", "record"]
